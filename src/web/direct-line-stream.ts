// Direct Line streaming for the local chat page: each conversation's activities pushed over a WebSocket.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Server } from 'restify';
import { WebSocketServer } from 'ws';
import type { Logger } from '../logger.js';
import type { LocalDirectLine } from './direct-line.js';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/?]+)\/stream$/;

/**
 * The stream address for a conversation, on the host the page used to reach us. A WebSocket carries
 * no Authorization header, so the conversation's token goes in the address (`t`), as Direct Line does.
 */
export function streamUrl(req: Request, conversationId: string, token: string, watermark = ''): string {
  const secure = (req.socket as { encrypted?: boolean } | undefined)?.encrypted === true;
  const host = req.headers.host ?? 'localhost';
  const query = new URLSearchParams({ t: token, ...(watermark ? { watermark } : {}) });
  return `${secure ? 'wss' : 'ws'}://${host}/v3/directline/conversations/${encodeURIComponent(conversationId)}/stream?${query}`;
}

/**
 * Upgrades requests on a conversation's stream path; sends what the page missed since its
 * watermark, then every new activity as `{ activities, watermark }` (the Direct Line format).
 */
export function acceptStreams(server: Server, directLine: LocalDirectLine, logger: Logger): () => void {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://local');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      socket.destroy();
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    if (!directLine.allows(conversationId, `Bearer ${url.searchParams.get('t') ?? ''}`)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const missed = directLine.activitiesSince(conversationId, url.searchParams.get('watermark') ?? undefined);
      if (missed.activities.length) ws.send(JSON.stringify(missed));
      const unsubscribe = directLine.subscribe(conversationId, (group) => ws.send(JSON.stringify(group)));
      ws.on('close', unsubscribe);
      ws.on('error', (error) => logger.debug({ err: error }, 'local chat: stream error'));
      // The page pings with empty messages to notice broken connections; nothing to answer.
    });
  });
  // Open streams would keep the server from closing: the caller ends them when it stops.
  return () => {
    for (const client of sockets.clients) client.terminate();
    sockets.close();
  };
}
