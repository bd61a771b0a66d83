// Staff deletion on a resident's request: an admin deletes everything about the resident who sent a need, through the real server.
import { describe, expect, it } from 'vitest';
import { createAccount } from '../../src/staff/api-keys.js';
import type { NewNeed } from '../../src/store/types.js';
import { startBot } from '../helpers/server.js';
import { sequentialIds, tempDir } from '../helpers/setup.js';

const need = (residentId: string, over: Partial<NewNeed> = {}): NewNeed => ({
  residentId, type: 'need', category: 'building', text: 'Fuite dans la cave', language: 'fr', site: 'Les Tilleuls', notifyOnStatus: false, channel: 'sms', ...over,
});

describe('POST /api/staff/needs/:id/erase-resident', () => {
  it('is for admins; deletes the sender of the need with the names staff give, and records that it happened without saying who', async () => {
    const dir = await tempDir();
    const bot = await startBot(dir.path);
    try {
      const ids = sequentialIds('acct');
      const now = new Date('2026-11-24T10:00:00Z');
      const admin = (await createAccount(bot.store, { name: 'Direction', role: 'admin' }, now, ids)).key;
      const staff = (await createAccount(bot.store, { name: 'Agence Nord', role: 'staff' }, now, ids)).key;
      const post = (path: string, key: string, body?: unknown) =>
        fetch(`${bot.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });

      const hers = await bot.store.needs.create(need('r-her', { contact: { kind: 'phone', value: '+33 6 11 22 33 44' } }), now);
      const other = await bot.store.needs.create(need('r-other', { text: 'Bruit la nuit' }), now);
      await bot.store.needs.update(other.id, { staffNotes: [{ note: 'Signalé aussi par Mme Nadia Haddad, 06 11 22 33 44', by: 'Agence Nord', at: now.toISOString() }] });
      await bot.store.residents.save({ id: 'r-her', language: 'ar', languageSource: 'chosen', consents: [], createdAt: now.toISOString(), updatedAt: now.toISOString() });

      expect((await post(`/api/staff/needs/${hers.id}/erase-resident`, staff, {})).status).toBe(403);
      expect((await post('/api/staff/needs/nope/erase-resident', admin, {})).status).toBe(404);
      const bad = await post(`/api/staff/needs/${hers.id}/erase-resident`, admin, { names: 'Nadia' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: { code: 'InvalidBody' } });

      const done = await post(`/api/staff/needs/${hers.id}/erase-resident`, admin, { names: ['Nadia Haddad'] });
      expect(done.status).toBe(200);
      expect(await done.json()).toMatchObject({ needs: 1, notesPseudonymised: 1, resident: true });
      expect(await bot.store.residents.get('r-her')).toBeUndefined();
      expect(await bot.store.needs.get(hers.id)).toBeUndefined();
      expect((await bot.store.needs.get(other.id))!.staffNotes[0]!.note).toBe('Signalé aussi par Mme […], […]');
      const [entry] = (await bot.store.audit.list()).filter((a) => a.action === 'resident.erase');
      expect(entry).toMatchObject({ by: expect.stringContaining('Direction'), target: 'resident', details: { needs: 1, resident: true } });
      expect(JSON.stringify(entry)).not.toContain('r-her');
      // Without a body (no names to take out) it works too: here on the other need's sender.
      expect((await post(`/api/staff/needs/${other.id}/erase-resident`, admin)).status).toBe(200);
      expect(await bot.store.needs.get(other.id)).toBeUndefined();
    } finally {
      await bot.stop();
      await dir.remove();
    }
  });
});
