// restify routes: /api/messages, /healthz, the local chat page; graceful shutdown.
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { ActivityHandler } from 'botbuilder';
import type { Config } from './config.js';
import type { Translator } from './i18n.js';
import type { Logger } from './logger.js';
import type { Store } from './store/types.js';
import { registerLocalChat } from './web/local-chat.js';

export interface ServerDeps {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  store: Store;
  config: Config;
  translator: Translator;
  logger: Logger;
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
  const server = restify.createServer({ name: 'palier', handleUncaughtExceptions: false });
  let baseUrl = config.publicUrl ?? '';
  let inFlight = 0;
  let drained: (() => void) | undefined;

  server.pre((req: Request, res: Response, next: restify.Next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    next();
  });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));

  // One error format for every route: { error: { code, message } }, never a stack trace.
  server.on('restifyError', (_req: Request, _res: Response, err: Error & { body?: unknown; toJSON?: () => unknown }, callback: () => void) => {
    const code = String(err.body && typeof err.body === 'object' && 'code' in err.body ? err.body.code : err.name);
    err.toJSON = () => ({ error: { code, message: err.message } });
    callback();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    inFlight++;
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } finally {
      inFlight--;
      if (inFlight === 0) drained?.();
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await store.ping();
      res.send(200, { status: 'ok' });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed: store unreadable');
      res.send(503, { error: { code: 'StoreUnavailable', message: 'The store cannot be read.' } });
    }
  });

  if (config.localChat) registerLocalChat(server, { translator: deps.translator, config, botUrl: () => baseUrl, logger });

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
      server.server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.server.closeAllConnections();
      await closed;
      await store.flush();
    },
  };
}
