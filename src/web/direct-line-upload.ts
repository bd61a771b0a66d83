// Direct Line v3 upload for the local chat page: Web Chat's 📎 posts a multipart activity with its files.
import type { IncomingMessage } from 'node:http';
import type { Activity, Attachment } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { imageType } from '../photos/image-type.js';
import type { LocalDirectLine } from './direct-line.js';
import { LocalFiles } from './direct-line-files.js';

/** The path the body parser leaves alone: this route reads its own (multipart, larger) body. */
export const UPLOAD_PATH = /^\/v3\/directline\/conversations\/[^/]+\/upload$/;

class TooLarge extends Error {}

/** The request body, refusing it past `limit` bytes without reading the rest into memory. */
async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > limit) throw new TooLarge();
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function fail(res: Response, status: number, code: string, message: string): void {
  res.send(status, { error: { code, message } });
}

/**
 * POST /v3/directline/conversations/:id/upload (the conversation's token required): the "activity"
 * part and each "file" part become one message whose attachments point at
 * /v3/directline/attachments/:fileId on this server; the bot fetches them from there as it fetches
 * any channel's attachments. GET on that address serves a file: an image with its own type, anything
 * else as a download that cannot run in the page.
 */
export function registerUpload(server: Server, directLine: LocalDirectLine, deps: { botUrl: () => string; maxRequestBytes: number }): void {
  const files = new LocalFiles(deps.maxRequestBytes * 8);

  server.post('/v3/directline/conversations/:conversationId/upload', async (req: Request, res: Response) => {
    if (!directLine.allows(req.params.conversationId, req.headers.authorization)) {
      return fail(res, 403, 'Forbidden', 'This conversation needs the token it was started with.');
    }
    const type = String(req.headers['content-type'] ?? '');
    if (!type.toLowerCase().startsWith('multipart/form-data')) return fail(res, 415, 'UnsupportedMediaType', 'Send multipart/form-data.');
    let form: FormData;
    try {
      const body = await readBody(req, deps.maxRequestBytes);
      const bytes = new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length);
      form = await new globalThis.Response(bytes, { headers: { 'content-type': type } }).formData();
    } catch (error) {
      if (error instanceof TooLarge) return fail(res, 413, 'TooLarge', `An upload may hold ${deps.maxRequestBytes} bytes at most.`);
      return fail(res, 400, 'InvalidUpload', 'The multipart body could not be read.');
    }
    let template: Partial<Activity> = {};
    const activityPart = form.get('activity');
    try {
      if (activityPart !== null) template = JSON.parse(typeof activityPart === 'string' ? activityPart : await activityPart.text()) as Partial<Activity>;
    } catch {
      return fail(res, 400, 'InvalidActivity', 'The "activity" part is not JSON.');
    }
    const attachments: Attachment[] = [];
    for (const part of form.getAll('file')) {
      if (typeof part === 'string') continue;
      const contentType = part.type || 'application/octet-stream';
      const id = files.add({ contentType, data: Buffer.from(await part.arrayBuffer()) });
      attachments.push({ contentType, name: part.name, contentUrl: `${deps.botUrl()}/v3/directline/attachments/${id}` });
    }
    if (attachments.length === 0) return fail(res, 400, 'NoFile', 'An upload needs at least one "file" part.');
    const id = await directLine.fromResident(req.params.conversationId, { ...template, type: 'message', text: template.text ?? '', attachments });
    res.send(200, { id });
  });

  server.get('/v3/directline/attachments/:fileId', async (req: Request, res: Response) => {
    const file = files.get(String(req.params.fileId));
    if (!file) return fail(res, 404, 'NotFound', 'No file at this address (files are kept in memory, for a while).');
    const image = imageType(file.data);
    res.sendRaw(200, file.data, {
      'content-type': image ?? 'application/octet-stream',
      ...(image ? {} : { 'content-disposition': 'attachment' }),
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=3600',
    });
  });
}
