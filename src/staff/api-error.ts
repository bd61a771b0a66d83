// The staff API's errors: one class, one JSON shape, mapped to HTTP in one place.
import type { Request, Response } from 'restify';
import type { Logger } from '../logger.js';

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

export type Handler = (req: Request, res: Response) => Promise<void>;

/** Runs a handler; an ApiError becomes `{ error: { code, message } }`, anything else a logged 500. */
export function handle(logger: Logger, handler: Handler): Handler {
  return async (req, res) => {
    try {
      await handler(req, res);
    } catch (error) {
      if (error instanceof ApiError) {
        if (!res.headersSent) res.send(error.status, { error: { code: error.code, message: error.message } });
        return;
      }
      logger.error({ err: error, route: req.getRoute?.()?.path }, 'staff API failed');
      if (!res.headersSent) res.send(500, { error: { code: 'InternalError', message: 'Something went wrong; it has been logged.' } });
      else res.end();
    }
  };
}
