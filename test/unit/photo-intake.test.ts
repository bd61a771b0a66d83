// Photos from channels: the image kind by its bytes, downloads bounded in size and time, the bot's token only to the channel.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TurnContext, TestAdapter } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelFileAccess } from '../../src/photos/channel-access.js';
import { DownloadRefused, downloadAttachment } from '../../src/photos/download.js';
import { imageType } from '../../src/photos/image-type.js';
import { fileAddresses } from '../../src/photos/intake.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const ftyp = (brand: string, compatible: string[] = []) => {
  const box = Buffer.alloc(16 + compatible.length * 4);
  box.writeUInt32BE(box.length, 0);
  box.write('ftyp', 4, 'latin1');
  box.write(brand, 8, 'latin1');
  compatible.forEach((c, i) => box.write(c, 16 + i * 4, 'latin1'));
  return Buffer.concat([box, Buffer.alloc(16)]);
};

describe('image kind by first bytes', () => {
  it.each([
    ['PNG', PNG, 'image/png'],
    ['JPEG', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.alloc(20)]), 'image/jpeg'],
    ['WebP', Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 '), Buffer.alloc(8)]), 'image/webp'],
    ['HEIC (iPhone)', ftyp('heic', ['mif1', 'heic']), 'image/heic'],
    ['HEIF with an HEVC brand', ftyp('mif1', ['heic']), 'image/heic'],
    ['HEIF', ftyp('mif1', ['miaf']), 'image/heif'],
    ['an MP4 video', ftyp('isom', ['mp42']), undefined],
    ['HTML named photo.png', Buffer.from('<html><script>alert(1)</script></html>'), undefined],
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), undefined],
    ['too short', Buffer.from([0xff, 0xd8]), undefined],
  ])('%s', (_name, bytes, expected) => {
    expect(imageType(bytes)).toBe(expected);
  });
});

describe('files in an activity', () => {
  it('takes file attachments and Teams download links, never cards or the HTML copy of the message', () => {
    expect(
      fileAddresses([
        { contentType: 'image/jpeg', contentUrl: 'https://files.example/a.jpg' },
        { contentType: 'text/html', contentUrl: 'https://x/copy.html' },
        { contentType: 'application/vnd.microsoft.card.hero', content: {} },
        { contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: 'https://teams.example/b.png' } },
        { contentType: 'application/pdf', contentUrl: 'https://files.example/c.pdf' },
      ]),
    ).toEqual(['https://files.example/a.jpg', 'https://teams.example/b.png', 'https://files.example/c.pdf']);
  });
});

describe('downloading an attachment', () => {
  let server: Server;
  let base: string;
  const seen: (string | undefined)[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      if (req.url === '/photo.png') return res.end(PNG);
      if (req.url === '/endless') {
        // No length announced, and more than any limit: cut as soon as it passes the limit.
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        const chunk = Buffer.alloc(64 * 1024, 1);
        const push = () => {
          while (res.write(chunk)) if (res.writableLength > 1024 * 1024) break;
        };
        res.on('drain', push);
        push();
        return;
      }
      if (req.url === '/declared-big') {
        res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
        return res.end();
      }
      if (req.url === '/silent') return; // never answers
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const limits = { maxBytes: 100 * 1024, timeoutMs: 5_000 };
  const refusal = async (promise: Promise<unknown>) => {
    const error = await promise.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadRefused);
    return (error as DownloadRefused).problem;
  };

  it('fetches the bytes, with the token only where the channel allows it', async () => {
    const token = async () => 'bot-token';
    expect((await downloadAttachment(`${base}/photo.png`, { ...limits, token, sendTokenTo: () => true })).equals(PNG)).toBe(true);
    expect((await downloadAttachment(`${base}/photo.png`, { ...limits, token, sendTokenTo: () => false })).equals(PNG)).toBe(true);
    expect(seen.slice(-2)).toEqual(['Bearer bot-token', undefined]);
  });

  it('refuses more than the limit, announced or not, and a file that cannot be fetched', async () => {
    expect(await refusal(downloadAttachment(`${base}/endless`, limits))).toBe('too-big');
    expect(await refusal(downloadAttachment(`${base}/declared-big`, limits))).toBe('too-big');
    expect(await refusal(downloadAttachment(`${base}/missing`, limits))).toBe('unreachable');
    expect(await refusal(downloadAttachment('file:///etc/passwd', limits))).toBe('unreachable');
    expect(await refusal(downloadAttachment(`data:image/png;base64,${Buffer.alloc(200 * 1024).toString('base64')}`, limits))).toBe('too-big');
    expect((await downloadAttachment(`data:image/png;base64,${PNG.toString('base64')}`, limits)).equals(PNG)).toBe(true);
  });

  it('gives up on a channel that does not answer within the time limit', async () => {
    expect(await refusal(downloadAttachment(`${base}/silent`, { maxBytes: 1024, timeoutMs: 150 }))).toBe('unreachable');
  });
});

describe("the bot's token for a channel's files", () => {
  const context = (serviceUrl: string) => {
    const adapter = new TestAdapter();
    const turn = new TurnContext(adapter, { type: 'message', serviceUrl, channelId: 'msteams', conversation: { id: 'c' } as never, from: { id: 'u' } as never, recipient: { id: 'b' } as never });
    turn.turnState.set(adapter.ConnectorClientKey, { credentials: { getToken: async () => 'app-token' } });
    return turn;
  };

  it('is offered only on authenticated turns, and only to the channel service itself over https', async () => {
    expect(channelFileAccess(context('https://smba.trafficmanager.net/emea/'), false)).toEqual({});
    const access = channelFileAccess(context('https://smba.trafficmanager.net/emea/'), true);
    expect(await access.token!()).toBe('app-token');
    expect(access.sendTokenTo!(new URL('https://smba.trafficmanager.net/emea/v3/attachments/1/views/original'))).toBe(true);
    expect(access.sendTokenTo!(new URL('https://directline.botframework.com/attachments/x'))).toBe(true);
    expect(access.sendTokenTo!(new URL('https://evil.example/steal'))).toBe(false);
    expect(access.sendTokenTo!(new URL('http://smba.trafficmanager.net/emea/x'))).toBe(false);
  });
});
