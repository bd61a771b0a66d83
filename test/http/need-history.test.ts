// A need's whole history for staff, with the resident's consents beside the contact details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sequentialIds, tempDir } from '../helpers/setup.js';
import { startBot, type RunningBot } from '../helpers/server.js';
import { createAccount } from '../../src/staff/api-keys.js';

describe('need history', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let bot: RunningBot;
  let key: string;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${bot.url}${path}`, { method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    return (await response.json()) as any;
  };

  beforeAll(async () => {
    dir = await tempDir();
    bot = await startBot(dir.path);
    key = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, new Date('2026-11-24T10:00:00Z'), sequentialIds('acct'))).key;
  });
  afterAll(async () => {
    await bot.stop();
    await dir.remove();
  });

  it('lists every status change and note with who and when (not only the last three), and the consents', async () => {
    const need = await bot.store.needs.create(
      { residentId: 'resident-1', type: 'need', category: 'building', text: 'Fuite au plafond', language: 'fr', site: 'Les Tilleuls', contact: { kind: 'phone', value: '+33 6 12 34 56 78' }, notifyOnStatus: true, channel: 'sms' },
      new Date('2026-03-01T09:00:00Z'),
    );
    await bot.store.residents.save({
      id: 'resident-1', language: 'fr', languageSource: 'chosen', createdAt: '2026-03-01T09:00:00Z', updatedAt: '2026-03-01T09:00:00Z',
      consents: [{ purpose: 'need-contact', givenAt: '2026-03-01T09:00:00Z', ref: need.receipt }, { purpose: 'status-updates', givenAt: '2026-03-01T09:00:00Z', ref: need.receipt }, { purpose: 'news', givenAt: '2026-02-01T09:00:00Z' }],
    });
    const steps = [['in-progress', 'Appel au résident'], ['in-progress', 'Plombier contacté'], ['planned', 'Intervention jeudi'], ['planned', 'Clé récupérée'], ['done', 'Réparé']] as const;
    for (const [status, note] of steps) await send('PATCH', `/api/staff/needs/${need.id}`, { status, note });
    const result = await send('GET', `/api/staff/needs/${need.id}/history`);
    expect(result.need).toMatchObject({ receipt: need.receipt, contact: { kind: 'phone', value: '+33 6 12 34 56 78' } });
    expect(result.need.residentId).toBeUndefined();
    expect(result.consents).toEqual([{ purpose: 'need-contact', givenAt: '2026-03-01T09:00:00Z' }, { purpose: 'status-updates', givenAt: '2026-03-01T09:00:00Z' }]);
    const kinds = result.history.map((h: { kind: string }) => h.kind);
    expect(kinds[0]).toBe('received');
    expect(result.history.filter((h: { note?: string }) => h.note).map((h: { note: string }) => h.note)).toEqual(steps.map(([, note]) => note));
    expect(result.history.find((h: { note?: string }) => h.note === 'Appel au résident')).toMatchObject({ kind: 'status', from: 'new', to: 'in-progress', by: expect.stringContaining('Agence Nord'), at: expect.any(String) });
    expect(result.history.find((h: { note?: string }) => h.note === 'Plombier contacté')).toMatchObject({ kind: 'note' });
    // Opening the contact details is recorded, and shows in the history next time.
    const again = await send('GET', `/api/staff/needs/${need.id}/history`);
    expect(again.history.some((h: { kind: string }) => h.kind === 'contact-viewed')).toBe(true);
  });

  it("serves a need's photos to staff only, as the image type their bytes showed, and nothing that could run", async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await bot.store.photos.add({ id: 'photo-a', residentId: 'resident-2', contentType: 'image/png', size: png.length, createdAt: '2026-03-02T09:00:00.000Z' }, png);
    await bot.store.photos.add({ id: 'photo-other', residentId: 'resident-3', contentType: 'image/png', size: png.length, createdAt: '2026-03-02T09:00:00.000Z' }, png);
    const need = await bot.store.needs.create(
      { residentId: 'resident-2', type: 'need', category: 'building', text: 'Vitre cassée', language: 'fr', photos: ['photo-a'], notifyOnStatus: false, channel: 'directline' },
      new Date('2026-03-02T09:00:00Z'),
    );
    expect((await send('GET', `/api/staff/needs/${need.id}`)).photos).toEqual(['photo-a']);
    const path = `/api/staff/needs/${need.id}/photos/photo-a`;
    const photo = await fetch(`${bot.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(photo.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(photo.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await photo.arrayBuffer()).equals(png)).toBe(true);
    // Without a key, and for a photo of another need, nothing.
    expect((await fetch(`${bot.url}${path}`)).status).toBe(401);
    const other = await fetch(`${bot.url}/api/staff/needs/${need.id}/photos/photo-other`, { headers: { authorization: `Bearer ${key}` } });
    expect(other.status).toBe(404);
    expect(await other.json()).toMatchObject({ error: { code: 'NotFound' } });
  });
});
