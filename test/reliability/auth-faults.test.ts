// Bot Framework authentication under faults: a key endpoint that never answers, forged tokens of
// every kind, and strangers trying to use up a resident's conversation. Local fake endpoints only.
import { createSign, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startBot } from '../helpers/server.js';
import { tempDir } from '../helpers/setup.js';
import { faultFigures } from './figures.js';

const figures = faultFigures('auth');

const APP_ID = '9a3bb3a4-2f4e-4a77-9d43-6b5a3f1d2c10';
const SERVICE_URL = 'http://127.0.0.1:9';
const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A signed RS256 JWT, as a channel's token would be. */
function jwt(privateKey: string, kid: string, claims: Record<string, unknown>): string {
  const now = Math.floor(Date.now() / 1000);
  const body = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, nbf: now - 60, exp: now + 3600, ...claims })}`;
  return `${body}.${createSign('RSA-SHA256').update(body).sign(privateKey).toString('base64url')}`;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** An OpenID endpoint that accepts connections and never answers; counts them. */
async function hangingEndpoint() {
  const sockets = new Set<Socket>();
  let most = 0;
  let total = 0;
  const server = createServer(() => undefined);
  server.on('connection', (socket) => {
    sockets.add(socket);
    total++;
    most = Math.max(most, sockets.size);
    socket.on('close', () => sockets.delete(socket));
  });
  const url = await listen(server);
  return {
    url: `${url}/.well-known/openidconfiguration`,
    stats: () => ({ most, total }),
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** An OpenID endpoint serving one key of ours, endorsed for the sms channel. */
async function keyEndpoint() {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomBytes(8).toString('hex');
  const jwk = publicKey.export({ format: 'jwk' });
  const server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (req.url?.includes('openid')) res.end(JSON.stringify({ jwks_uri: `${base}/keys` }));
    else res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid, n: jwk.n, e: jwk.e, endorsements: ['sms'] }] }));
  });
  const base = await listen(server);
  return {
    url: `${base}/.well-known/openidconfiguration`,
    sign: (claims: Record<string, unknown> = {}) => jwt(privateKey.export({ format: 'pem', type: 'pkcs8' }) as string, kid, claims),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const activity = (conversation: string, id: string) => ({
  type: 'message', id, text: 'menu', channelId: 'sms', serviceUrl: SERVICE_URL, from: { id: `user-${conversation}` }, recipient: { id: 'palier' },
  conversation: { id: conversation }, locale: 'fr-FR', deliveryMode: 'expectReplies',
});

async function post(url: string, token: string | undefined, body: unknown) {
  const started = Date.now();
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === undefined ? {} : { authorization: token }) },
    body: JSON.stringify(body),
  });
  return { status: response.status, text: await response.text(), ms: Date.now() - started };
}

/** Tokens a stranger could make up: none of them may pass, crash or leak anything. */
function forgedTokens(): string[] {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }) as string;
  const now = Math.floor(Date.now() / 1000);
  return [
    'Bearer garbage',
    'Bearer a.b.c',
    'Basic dXNlcjpwYXNz',
    `Bearer ${b64({ alg: 'none', typ: 'JWT' })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID })}.`,
    `Bearer ${b64({ alg: 'HS256', typ: 'JWT', kid: 'x' })}.${b64({ iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 60 })}.${b64('sig')}`,
    `Bearer ${jwt(pem, 'made-up-kid', {})}`,
    `Bearer ${jwt(pem, 'made-up-kid', { iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', appid: APP_ID, ver: '1.0' })}`,
    `Bearer ${jwt(pem, 'made-up-kid', { exp: now - 10 })}`,
    `Bearer ${jwt(pem, 'made-up-kid', { aud: 'someone-else' })}`,
    `Bearer ${'A'.repeat(8000)}`,
  ];
}

describe('a key endpoint that never answers', () => {
  it('answers every forged token with 401 quickly, holding one key request at a time', async () => {
    const endpoint = await hangingEndpoint();
    const dir = await tempDir();
    const bot = await startBot(dir.path, {
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', BOT_OPENID_METADATA_URL: endpoint.url, BOT_OPENID_TIMEOUT_SECONDS: '0.5',
      RATE_LIMIT_BURST: '1000', RATE_LIMIT_PER_SECOND: '1000',
    });
    try {
      const tokens = forgedTokens();
      const results = await Promise.all(Array.from({ length: 60 }, (_, i) => post(bot.url, tokens[i % tokens.length], activity(`c${i % 5}`, `f${i}`))));
      figures.faults += results.length;
      expect(results.map((r) => r.status).filter((s) => s !== 401)).toEqual([]);
      for (const r of results) expect(JSON.parse(r.text)).toEqual({ error: { code: 'Unauthorized', message: 'The Bot Framework token could not be verified.' } });
      // Bounded by the key timeout (0.5 s), not by the endpoint: generous for a loaded machine.
      expect(Math.max(...results.map((r) => r.ms))).toBeLessThan(10_000);
      expect(endpoint.stats().most).toBeLessThanOrEqual(2);
      // And the server still stops promptly: nothing holds it.
      const stopping = Date.now();
      await bot.stop();
      expect(Date.now() - stopping).toBeLessThan(10_000);
    } finally {
      await bot.stop().catch(() => undefined);
      await endpoint.close();
      await dir.remove();
    }
  }, 60_000);
});

describe('strangers and a resident on one conversation', () => {
  it('refuses forged tokens without touching the resident, whose verified messages go through', async () => {
    const keys = await keyEndpoint();
    const dir = await tempDir();
    const bot = await startBot(dir.path, {
      MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-used', BOT_OPENID_METADATA_URL: keys.url, BOT_OPENID_TIMEOUT_SECONDS: '5',
      RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_SECOND: '0.01',
    });
    try {
      const tokens = forgedTokens();
      const forged = [];
      for (let i = 0; i < 30; i++) forged.push(await post(bot.url, tokens[i % tokens.length], activity('resident-conversation', `s${i}`)));
      figures.faults += forged.length;
      expect(forged.every((r) => r.status === 401 || r.status === 429), JSON.stringify(forged.map((r) => r.status))).toBe(true);
      expect(forged.some((r) => r.status === 401)).toBe(true);
      expect(forged.every((r) => !/ENOTFOUND|ECONNREFUSED|at \w+ \(|127\.0\.0\.1|getaddrinfo/.test(r.text))).toBe(true);

      // The resident's channel, with a valid token: the stranger used none of the conversation's three messages.
      const valid = `Bearer ${keys.sign()}`;
      const mine = [];
      for (let i = 0; i < 3; i++) mine.push(await post(bot.url, valid, activity('resident-conversation', `r${i}`)));
      expect(mine.map((r) => r.status), mine[0]!.text).toEqual([200, 200, 200]);
      expect(JSON.parse(mine[0]!.text).activities.length).toBeGreaterThan(0);
      // Their own fourth message is over their limit.
      expect((await post(bot.url, valid, activity('resident-conversation', 'r4'))).status).toBe(429);
      // A token for another channel's key endorsement or another service URL is still refused.
      expect((await post(bot.url, `Bearer ${keys.sign({ serviceurl: 'https://evil.example.org' })}`, activity('other', 'x1'))).status).toBeGreaterThanOrEqual(401);
    } finally {
      await bot.stop();
      await keys.close();
      await dir.remove();
    }
  }, 60_000);
});
