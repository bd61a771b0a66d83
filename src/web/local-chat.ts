// The local chat page (Microsoft Web Chat from node_modules) and the Direct Line routes it uses.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Activity } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import type { Config } from '../config.js';
import { RTL_LANGUAGES, type Translator } from '../i18n.js';
import type { Logger } from '../logger.js';
import { webDir } from '../paths.js';
import { LocalDirectLine } from './direct-line.js';
import { acceptStreams, streamUrl } from './direct-line-stream.js';
import { registerUpload } from './direct-line-upload.js';

function forbidden(res: Response): void {
  res.send(403, { error: { code: 'Forbidden', message: 'This conversation needs the token it was started with.' } });
}

/** The package's exports map hides dist/, so resolve the package and walk to its prebuilt bundle. */
function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}

export function registerLocalChat(
  server: Server,
  deps: { translator: Translator; config: Config; botUrl: () => string; logger: Logger },
): { directLine: LocalDirectLine; closeStreams: () => void } {
  const { translator, config, botUrl, logger } = deps;
  const directLine = new LocalDirectLine(botUrl, async (activity) => {
    const response = await fetch(`${botUrl()}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    if (!response.ok) logger.warn({ status: response.status }, 'local chat: the bot refused an activity');
  });
  let bundle: Buffer | undefined;

  server.get('/chat', async (_req: Request, res: Response) => {
    const html = await readFile(join(webDir, 'chat.html'));
    res.sendRaw(200, html, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  });

  server.get('/chat/webchat.js', async (_req: Request, res: Response) => {
    bundle ??= await readFile(webChatBundlePath());
    res.sendRaw(200, bundle, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'max-age=3600' });
  });

  server.get('/chat/config', async (_req: Request, res: Response) => {
    res.send(200, {
      defaultLanguage: config.defaultLanguage,
      languages: translator.languages.map((lng) => ({
        code: lng,
        culture: translator.culture(lng),
        name: translator.fixedT(lng)('common:language.name'),
        pickerLabel: translator.fixedT(lng)('common:language.pickerLabel'),
        dir: RTL_LANGUAGES.has(lng) ? 'rtl' : 'ltr',
      })),
    });
  });

  server.post('/v3/directline/conversations', async (req: Request, res: Response) => {
    const started = directLine.startConversation();
    res.send(201, { ...started, streamUrl: streamUrl(req, started.conversationId, started.token) });
  });

  // Direct Line's reconnect: a page whose WebSocket closed (the server restarted) asks for a new stream.
  server.get('/v3/directline/conversations/:conversationId', async (req: Request, res: Response) => {
    if (!directLine.allows(req.params.conversationId, req.headers.authorization)) return forbidden(res);
    const resumed = directLine.resume(req.params.conversationId);
    res.send(200, { ...resumed, streamUrl: streamUrl(req, resumed.conversationId, resumed.token, String(req.query?.watermark ?? '')) });
  });

  server.post('/v3/directline/tokens/refresh', async (req: Request, res: Response) => {
    const token = String(req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (!token) return forbidden(res);
    res.send(200, { token, expires_in: 3600 });
  });

  // Only the page that started a conversation (it holds the conversation's token) reads or posts in it.
  server.post('/v3/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    if (!directLine.allows(req.params.conversationId, req.headers.authorization)) return forbidden(res);
    const id = await directLine.fromResident(req.params.conversationId, req.body as Partial<Activity>);
    res.send(200, { id });
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    if (!directLine.allows(req.params.conversationId, req.headers.authorization)) return forbidden(res);
    res.send(200, directLine.activitiesSince(req.params.conversationId, String(req.query?.watermark ?? '')));
  });

  // The Bot Connector routes the bot answers on (serviceUrl is this server), for conversations this channel started.
  const fromBot = async (req: Request, res: Response) => {
    if (!directLine.has(req.params.conversationId)) {
      res.send(404, { error: { code: 'NotFound', message: 'No local conversation with this id.' } });
      return;
    }
    res.send(200, { id: directLine.fromBot(req.params.conversationId, req.body as Partial<Activity>) });
  };
  server.post('/v3/conversations/:conversationId/activities', fromBot);
  server.post('/v3/conversations/:conversationId/activities/:activityId', fromBot);

  // Web Chat's 📎: as many photos as a need takes, each at the largest size, plus the activity itself.
  const maxRequestBytes = Math.max(1, config.photos.perNeed) * config.photos.maxBytes + 64 * 1024;
  registerUpload(server, directLine, { botUrl, maxRequestBytes });

  const closeStreams = acceptStreams(server, directLine, logger);
  return { directLine, closeStreams };
}
