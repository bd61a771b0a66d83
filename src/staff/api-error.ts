// The HTTP API's errors: one class and one JSON shape, `{ error: { code, message, details? } }`.
/** Figures a client needs to word the error in its own language (e.g. `{ booked: 7 }`). */
export type ErrorDetails = Record<string, string | number>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const errorBody = (code: string, message: string, details?: ErrorDetails) => ({ error: { code, message, ...(details ? { details } : {}) } });

/** What a 500 says: never the internal error's text (it may name a host, a path or a query). */
export const internalErrorBody = errorBody('InternalError', 'Something went wrong; it has been logged.');
