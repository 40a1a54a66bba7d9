/**
 * The part of autocannon's programmatic API the mock's load figures use (the package ships no
 * types): one run against one URL, its per-response event and its error counts.
 */
declare module "autocannon" {
  interface Options {
    url: string;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    connections?: number;
    /** Seconds the run lasts. */
    duration?: number;
    /** Requests the run sends, instead of a duration. */
    amount?: number;
  }
  interface Result {
    errors: number;
    timeouts: number;
  }
  interface Instance {
    /** `responseTime` in milliseconds, with fractions. */
    on(
      event: "response",
      listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void,
    ): Instance;
  }
  function autocannon(options: Options, done: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
