// The one way a staff or partner route is written: role check, input schemas, handler, errors mapped in one place.
import type { Request, Response, Server } from 'restify';
import type { z } from 'zod';
import type { Clock, IdGenerator } from '../clock.js';
import type { Config } from '../config.js';
import type { Registrations } from '../events/registrations.js';
import type { Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import type { Account, AccountRole, Store } from '../store/types.js';
import type { SurveyCatalogue } from '../surveys/catalogue.js';
import { isStoreUnavailable } from '../store/errors.js';
import { ApiError, errorBody, internalErrorBody } from './api-error.js';
import type { StaffAuth } from './auth.js';

/** What staff and partner routes are built from. */
export interface StaffApiDeps {
  store: Store;
  config: Config;
  clock: Clock;
  newId: IdGenerator;
  logger: Logger;
  translator: Translator;
  auth: StaffAuth;
  surveys: SurveyCatalogue;
  registrations: Registrations;
  /** The outbox worker, told to send now after an approval (it also runs on its own interval). */
  outbox?: { kick(): void };
}

/** A JSON answer; a handler that streams (exports) writes to `res` itself and returns nothing. */
export interface Reply {
  status: number;
  body: unknown;
}

export const ok = (body: unknown): Reply => ({ status: 200, body });
export const created = (body: unknown): Reply => ({ status: 201, body });

type Schema = z.ZodTypeAny;
type Parsed<S> = S extends Schema ? z.output<S> : Record<string, never>;

export interface RouteInput<P, Q, B> {
  req: Request;
  res: Response;
  /** The caller's account, already checked against the route's roles. */
  account: Account;
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

export interface RouteSpec<P extends Schema | undefined, Q extends Schema | undefined, B extends Schema | undefined> {
  roles: readonly AccountRole[];
  params?: P;
  query?: Q;
  body?: B;
  /** The error code for a body that does not fit its schema (InvalidBody unless the route names its kind). */
  invalidBody?: string;
  handle(input: RouteInput<P, Q, B>): Promise<Reply | void>;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'del';

export interface RouteInfo {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  roles: readonly AccountRole[];
}

const registered = new WeakMap<Server, RouteInfo[]>();

/** Every route registered through the helper on this server (a test checks none was registered another way). */
export function helperRoutes(server: Server): readonly RouteInfo[] {
  return registered.get(server) ?? [];
}

/** Parses one part of the request; a mismatch is a 400 naming the field. */
function parse(schema: Schema | undefined, value: unknown, code: string, part: string): unknown {
  if (!schema) return {};
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new ApiError(400, code, `${issue.path.join('.') || part}: ${issue.message}`);
}

/** Maps any failure to `{ error: { code, message } }`: an ApiError as it is, anything else a logged 500 without internal text. */
export function sendError(logger: Logger, req: Request, res: Response, error: unknown): void {
  if (error instanceof ApiError) {
    if (!res.headersSent) res.send(error.status, errorBody(error.code, error.message, error.details));
    return;
  }
  if (isStoreUnavailable(error)) {
    // Disk full, read-only, database away: nothing was changed, and the caller may try again.
    logger.error({ err: error, route: req.getRoute?.()?.path, method: req.method }, 'staff API: the store could not keep a write');
    if (!res.headersSent) res.send(503, errorBody('StoreUnavailable', 'The store cannot save right now; nothing was changed. Try again in a few minutes.'));
    else res.end();
    return;
  }
  logger.error({ err: error, route: req.getRoute?.()?.path, method: req.method }, 'staff API failed');
  if (!res.headersSent) res.send(500, internalErrorBody);
  else res.end();
}

/** Routes for one server and one set of deps: `routes.get(path, spec)`, `routes.post(...)`, ... */
export function routeRegistrar(server: Server, deps: StaffApiDeps) {
  const list = registered.get(server) ?? [];
  registered.set(server, list);
  const add =
    (method: Method) =>
    <P extends Schema | undefined = undefined, Q extends Schema | undefined = undefined, B extends Schema | undefined = undefined>(path: string, spec: RouteSpec<P, Q, B>): void => {
      list.push({ method: method === 'del' ? 'DELETE' : (method.toUpperCase() as RouteInfo['method']), path, roles: spec.roles });
      server[method](path, async (req: Request, res: Response) => {
        try {
          const account = await deps.auth.require(req, spec.roles);
          const input = {
            req,
            res,
            account,
            params: parse(spec.params, req.params, 'InvalidParams', 'params'),
            query: parse(spec.query, req.query, 'InvalidQuery', 'query'),
            body: parse(spec.body, req.body, spec.invalidBody ?? 'InvalidBody', 'body'),
          } as RouteInput<P, Q, B>;
          const reply = await spec.handle(input);
          if (reply) res.send(reply.status, reply.body);
        } catch (error) {
          sendError(deps.logger, req, res, error);
        }
      });
    };
  return { get: add('get'), post: add('post'), put: add('put'), patch: add('patch'), del: add('del') };
}

export type Routes = ReturnType<typeof routeRegistrar>;
