/** What a promise rejects with, for tests that inspect the error; fails when it resolves instead. */
export async function rejectionOf<T = Error>(promise: PromiseLike<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error("expected a rejection");
}
