// The HTTP API's errors: one class and one JSON shape, `{ error: { code, message } }`.
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBody = (code: string, message: string) => ({ error: { code, message } });

/** What a 500 says: never the internal error's text (it may name a host, a path or a query). */
export const internalErrorBody = errorBody('InternalError', 'Something went wrong; it has been logged.');
