// The local chat page's 📎: Direct Line v3 upload, the files the bot fetches back, and the photos kept with the need.
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Translator } from '../../src/i18n.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { realTranslator, tempDir } from '../helpers/setup.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('Direct Line upload on the local chat', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let translator: Translator;
  beforeAll(async () => {
    dir = await tempDir();
    // 0.1 MB photos, 2 per need: an upload may hold about 200 KB plus the activity.
    bot = await startBot(dir.path, { LOCAL_CHAT: 'true', PHOTO_MAX_MB: '0.1', PHOTOS_PER_NEED: '2' });
    translator = await realTranslator();
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });
  const t = (key: string, options: Record<string, unknown> = {}) => translator.fixedT('fr')(key, options);

  async function start(): Promise<{ conversationId: string; token: string; auth: Record<string, string> }> {
    const started = (await (await fetch(`${bot.url}/v3/directline/conversations`, { method: 'POST' })).json()) as { conversationId: string; token: string };
    return { ...started, auth: { authorization: `Bearer ${started.token}` } };
  }
  const post = (conversationId: string, auth: Record<string, string>, text: string) =>
    fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...auth },
      body: JSON.stringify({ type: 'message', text, from: { id: 'resident' }, locale: 'fr-FR' }),
    });
  const upload = (conversationId: string, auth: Record<string, string>, files: { data: Buffer; type: string; name: string }[]) => {
    // As Web Chat's DirectLineJS builds it: the activity without contentUrl, then one "file" part per attachment.
    const form = new FormData();
    const activity = { type: 'message', from: { id: 'resident' }, locale: 'fr-FR', attachments: files.map((f) => ({ contentType: f.type, name: f.name })) };
    form.append('activity', new Blob([JSON.stringify(activity)], { type: 'application/vnd.microsoft.activity' }));
    for (const f of files) form.append('file', new Blob([new Uint8Array(f.data)], { type: f.type }), f.name);
    return fetch(`${bot.url}/v3/directline/conversations/${conversationId}/upload?userId=resident`, { method: 'POST', headers: auth, body: form });
  };
  const botTexts = async (conversationId: string, auth: Record<string, string>) => {
    const { activities } = (await (await fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, { headers: auth })).json()) as { activities: Partial<Activity>[] };
    return activities.filter((a) => a.from?.role === 'bot').map((a) => a.text ?? '');
  };

  it('takes photos from the 📎 into the need: the bot fetches them back and keeps them with it', async () => {
    const { conversationId, auth } = await start();
    for (const said of ['menu', t('menu:items.need.label'), t('needs:kind.need'), '1', 'La porte du hall ne ferme plus depuis lundi.']) {
      expect((await post(conversationId, auth, said)).status).toBe(200);
    }
    expect((await botTexts(conversationId, auth)).at(-1)).toContain(t('needs:photos.prompt'));

    const response = await upload(conversationId, auth, [{ data: PNG, type: 'image/png', name: 'porte.png' }]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: expect.any(String) });
    expect((await botTexts(conversationId, auth)).at(-1)).toContain(t('needs:photos.added', { count: 1 }));

    // The message as the page shows it carries the file's address on this server, served as the image it is.
    const { activities } = (await (await fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, { headers: auth })).json()) as { activities: Partial<Activity>[] };
    const sent = activities.find((a) => a.attachments?.length)!;
    expect(sent.attachments![0]).toMatchObject({ contentType: 'image/png', name: 'porte.png', contentUrl: expect.stringMatching(/\/v3\/directline\/attachments\/[0-9a-f-]{36}$/) });
    const served = await fetch(sent.attachments![0]!.contentUrl!);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('content-security-policy')).toContain('sandbox');
    expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);

    for (const said of [t('needs:photos.done'), '1', '1', t('common:yesNo.no'), t('common:yesNo.no'), t('needs:summary.send')]) await post(conversationId, auth, said);
    const [need] = await bot.store.needs.list();
    expect(need!.photos).toHaveLength(1);
    expect((await bot.store.photos.get(need!.photos![0]!))!.data.equals(PNG)).toBe(true);
  });

  it('serves a file that is not an image only as a download that cannot run, and the bot refuses it', async () => {
    const { conversationId, auth } = await start();
    for (const said of ['menu', t('menu:items.need.label'), t('needs:kind.need'), '1', 'Le digicode est cassé depuis hier soir.']) await post(conversationId, auth, said);
    const page = Buffer.from('<script>alert(document.cookie)</script>');
    expect((await upload(conversationId, auth, [{ data: page, type: 'image/png', name: 'x.png' }])).status).toBe(200);
    expect(await botTexts(conversationId, auth)).toContain(t('needs:photos.wrongType'));
    const { activities } = (await (await fetch(`${bot.url}/v3/directline/conversations/${conversationId}/activities`, { headers: auth })).json()) as { activities: Partial<Activity>[] };
    const served = await fetch(activities.find((a) => a.attachments?.length)!.attachments![0]!.contentUrl!);
    expect(served.headers.get('content-type')).toBe('application/octet-stream');
    expect(served.headers.get('content-disposition')).toBe('attachment');
  });

  it('refuses an upload without the conversation token, without files, not multipart, or over the size limit', async () => {
    const { conversationId, auth } = await start();
    const other = await start();
    const png = [{ data: PNG, type: 'image/png', name: 'a.png' }];
    expect((await upload(conversationId, {}, png)).status).toBe(403);
    expect((await upload(conversationId, other.auth, png)).status).toBe(403);
    expect((await upload(conversationId, auth, [])).status).toBe(400);
    const json = await fetch(`${bot.url}/v3/directline/conversations/${conversationId}/upload`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: '{}' });
    expect(json.status).toBe(415);
    const huge = await upload(conversationId, auth, [{ data: Buffer.alloc(400 * 1024, 1), type: 'image/png', name: 'big.png' }]);
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'TooLarge' } });
    expect((await fetch(`${bot.url}/v3/directline/attachments/00000000-0000-0000-0000-000000000000`)).status).toBe(404);
  });
});
