// restify routes: /api/messages, /healthz, the local chat page; graceful shutdown.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { ActivityHandler } from 'botbuilder';
import { activityProblem } from './activity-check.js';
import type { PalierAdapter } from './adapter.js';
import type { ConversationThrottle } from './conversation-throttle.js';
import type { Config } from './config.js';
import { jsonDepth } from './json-depth.js';
import { MessagesEndpoint } from './messages-endpoint.js';
import type { Translator } from './i18n.js';
import type { Logger } from './logger.js';
import type { Store } from './store/types.js';
import type { Clock, IdGenerator } from './clock.js';
import { registerEventCalendar } from './events/calendar-route.js';
import type { OutboxWorker } from './outbox/worker.js';
import type { Registrations } from './events/registrations.js';
import { errorBody, internalErrorBody } from './staff/api-error.js';
import { registerStaffApi } from './staff/staff-api.js';
import { registerLocalChat } from './web/local-chat.js';
import { UPLOAD_PATH } from './web/direct-line-upload.js';
import { registerStaffPage } from './web/staff-page.js';

export interface ServerDeps {
  adapter: PalierAdapter;
  bot: ActivityHandler;
  store: Store;
  config: Config;
  translator: Translator;
  logger: Logger;
  clock: Clock;
  newId: IdGenerator;
  /** The outbox worker, for POST /api/staff/outbox/run and to send right after an approval. */
  outbox?: OutboxWorker;
  registrations: Registrations;
  /** The conversation rate limit, registered on the adapter before the resident middleware. */
  throttle: ConversationThrottle;
}

export interface PalierServer {
  server: Server;
  /** Starts listening; resolves with the base URL (port 0 picks a free port). */
  listen(): Promise<string>;
  /** Stops accepting, lets turns in flight finish, flushes the store. */
  close(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function createServer(deps: ServerDeps): PalierServer {
  const { adapter, bot, store, config, logger } = deps;
  const messages = new MessagesEndpoint({ adapter, bot, config, logger, clock: deps.clock, throttle: deps.throttle });
  const server = restify.createServer({ name: 'palier', handleUncaughtExceptions: false });
  let baseUrl = config.publicUrl ?? '';
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.pre((req: Request, res: Response, next: restify.Next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  // The local chat's upload route reads its own multipart body, with its own limit.
  for (const parse of restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }) as unknown as restify.RequestHandler[]) {
    server.use((req: Request, res: Response, next: restify.Next) => (UPLOAD_PATH.test(req.path()) ? next() : parse(req, res, next)));
  }
  server.use((req: Request, res: Response, next: restify.Next) => {
    if (jsonDepth(req.body) > config.maxJsonDepth) {
      res.send(400, { error: { code: 'TooDeep', message: `JSON nested more than ${config.maxJsonDepth} levels is refused.` } });
      return next(false);
    }
    next();
  });

  // One error format for every route: { error: { code, message } }, never a stack trace. This also catches what no
  // handler caught (restify turns an async handler's rejection into an error here): a 5xx is logged and says nothing internal.
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number; body?: unknown; toJSON?: () => unknown }, callback: () => void) => {
    if (typeof err.statusCode !== 'number' || err.statusCode >= 500) {
      logger.error({ err, method: req.method, route: req.getRoute?.()?.path }, 'request failed');
      // restify would wrap an unknown error with its text: answer here instead (restify then sends nothing more).
      if (!res.headersSent) res.send(500, internalErrorBody);
    } else {
      const code = String(err.body && typeof err.body === 'object' && 'code' in err.body ? err.body.code : err.name);
      err.toJSON = () => errorBody(code, err.message);
    }
    callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    // With an app id, a request without a token is refused before anything else (the SDK then checks the token).
    if (config.bot.appId && !req.headers.authorization) {
      res.send(401, { error: { code: 'Unauthorized', message: 'A Bot Framework token is required.' } });
      return;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: { code: 'InvalidActivity', message: problem } });
      return;
    }
    const { channelId } = req.body as { channelId: string };
    inFlight++;
    const started = performance.now();
    // One id per turn in every log line about it; conversation and user ids are not logged.
    const reqId = typeof (req.body as { id?: unknown }).id === 'string' ? (req.body as { id: string }).id : randomUUID();
    try {
      await messages.handle(req, res);
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
      logger.debug({ reqId, channelId, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'turn');
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await store.ping();
      res.send(200, { status: 'ok' });
    } catch (error) {
      if ((error as { reason?: string }).reason === 'lock-lost') {
        logger.error({ err: error }, 'health check failed: writes stopped, the data folder lock was lost');
        res.send(503, { error: { code: 'WritesStopped', message: 'Writes are stopped: the data folder lock was lost, another process may be using it. Stop the others and restart this one.' } });
        return;
      }
      logger.warn({ err: error }, 'health check failed: store unreadable');
      res.send(503, { error: { code: 'StoreUnavailable', message: 'The store cannot be read.' } });
    }
  });

  registerStaffApi(server, { store, config, clock: deps.clock, newId: deps.newId, logger, translator: deps.translator, outbox: deps.outbox, registrations: deps.registrations });
  registerStaffPage(server, { config, translator: deps.translator, logger });
  registerEventCalendar(server, { store, config, translator: deps.translator });
  const localChat = config.localChat ? registerLocalChat(server, { translator: deps.translator, config, botUrl: () => baseUrl, logger }) : undefined;

  return {
    server,
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const { port } = server.address() as AddressInfo;
          baseUrl ||= `http://localhost:${port}`;
          resolve(config.publicUrl ?? `http://localhost:${port}`);
        });
      }),
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      localChat?.closeStreams();
      server.server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.server.closeAllConnections();
      await closed;
      await store.flush();
    },
  };
}
