// Generated from specs/customgpt.yaml. Do not edit: regenerate with agent-sdk-generator.
/**
 * What a generated method returns: a Promise of the operation's result which can also give the
 * HTTP response the result came from, through `withResponse()`, for the status and headers of a
 * successful call (a request id, rate-limit counters). It is a plain native Promise with one more
 * method, not a subclass: `await`, `then`, `catch`, `finally` and `instanceof Promise` behave as
 * usual, and awaiting it costs what awaiting any promise costs (a subclass would make every
 * `await` go through an extra thenable job and a slower constructor).
 */

/** A decoded result and the response it was read from. */
export interface Sent {
  result: unknown;
  response: Response;
}

export type ApiPromise<T> = Promise<T> & {
  /** The result with the HTTP response it was read from (its body already consumed). */
  withResponse(): Promise<{ data: T; response: Response }>;
};

const SENT = Symbol("sent");

type Pending = Promise<unknown> & { [SENT]: Promise<Sent>; withResponse: typeof withResponse };

const resultOf = (sent: Sent): unknown => sent.result;
const dataOf = ({ result, response }: Sent) => ({ data: result, response });
const ignore = (): void => undefined;

function withResponse(this: Pending): Promise<{ data: unknown; response: Response }> {
  // Whoever asks for the response handles the failure there: the result promise must not then
  // report the same failure a second time as unhandled.
  this.catch(ignore);
  return this[SENT].then(dataOf);
}

/** The promise of `sent`'s result, with `withResponse()` giving the response as well. */
export function apiPromise<T>(sent: Promise<Sent>): ApiPromise<T> {
  const pending = sent.then(resultOf) as Pending;
  pending[SENT] = sent;
  pending.withResponse = withResponse;
  return pending as unknown as ApiPromise<T>;
}
