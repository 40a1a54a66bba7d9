// Generated from specs/epsimo.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * What a generated method returns: a Promise of the operation's result which can also give the
 * HTTP response the result came from, through `withResponse()`, for the status and headers of a
 * successful call (a request id, rate-limit counters). It is the client's own promise of the
 * result with one more method, not a subclass and not a promise derived from another: `await`,
 * `then`, `catch`, `finally` and `instanceof Promise` behave as usual, and awaiting it costs what
 * awaiting any promise costs (a subclass would make every `await` go through an extra thenable
 * job, and a promise derived with `then` one more job on every call).
 */

/**
 * Where the client leaves the response a result was read from, once it has one: handed to
 * `CoreClient.send` so that the result itself is what its promise resolves to.
 */
export interface Received {
  response?: Response;
}

export type ApiPromise<T> = Promise<T> & {
  /** The result with the HTTP response it was read from (its body already consumed). */
  withResponse(): Promise<{ data: T; response: Response }>;
};

const RECEIVED = Symbol("received");

type Pending = Promise<unknown> & { [RECEIVED]: Received; withResponse: typeof withResponse };

const ignore = (): void => undefined;

function withResponse(this: Pending): Promise<{ data: unknown; response: Response }> {
  const received = this[RECEIVED];
  // Whoever asks for the response handles the failure there: the result promise must not then
  // report the same failure a second time as unhandled.
  this.catch(ignore);
  // The result is there only once the response is: `received` holds it by then.
  return this.then((data) => ({ data, response: received.response as Response }));
}

/** `result` (a promise of `send`'s result), with `withResponse()` giving the response `received` gets as well. */
export function apiPromise<T>(result: Promise<unknown>, received: Received): ApiPromise<T> {
  const pending = result as Pending;
  pending[RECEIVED] = received;
  pending.withResponse = withResponse;
  return pending as unknown as ApiPromise<T>;
}
