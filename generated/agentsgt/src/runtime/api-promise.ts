// Generated from specs/agentsgt.yaml (sha256 fec67f08ceb89f4d). Do not edit: regenerate with agent-sdk-generator.
/**
 * What a generated method returns: a Promise of the operation's result which can also give the
 * HTTP response the result came from, through `withResponse()`, for the status and headers of a
 * successful call (a request id, rate-limit counters). It is a real Promise: `await`, `then`,
 * `catch`, `finally` and `instanceof Promise` behave as usual.
 */

/** A decoded result and the response it was read from. */
export interface Sent {
  result: unknown;
  response: Response;
}

export class ApiPromise<T> extends Promise<T> {
  // Promises derived through then/catch/finally are plain Promises: they carry no response.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  readonly #sent: Promise<Sent>;

  constructor(sent: Promise<Sent>) {
    // The base promise is never read: `then` (which `catch`, `finally` and `await` go through)
    // reads the request itself, so a failure is reported once, where it is handled or not.
    super((resolve) => resolve(undefined as T));
    this.#sent = sent;
  }

  // biome-ignore lint/suspicious/noThenProperty: a Promise subclass that reads its own result, by design.
  override then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // One promise per `then`, as on a plain Promise: the result is handed on directly.
    return this.#sent.then(
      onFulfilled ? ({ result }) => onFulfilled(result as T) : ({ result }) => result as A,
      onRejected,
    );
  }

  /** The result with the HTTP response it was read from (its body already consumed). */
  withResponse(): Promise<{ data: T; response: Response }> {
    return this.#sent.then(({ result, response }) => ({ data: result as T, response }));
  }
}
