// Which incoming activities got past Bot Framework authentication: the adapter's first middleware marks them.
import type { Middleware } from 'botbuilder';

const verified = new WeakSet<object>();

/** Runs first on every turn, so only after the token was accepted (or, without an app id, at once). */
export const markVerified: Middleware = {
  async onTurn(context, next) {
    verified.add(context.activity);
    await next();
  },
};

/** Whether the activity parsed from this request body reached the turn (the adapter keeps the same object). */
export const wasVerified = (body: unknown): boolean => typeof body === 'object' && body !== null && verified.has(body);
