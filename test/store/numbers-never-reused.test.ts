// Receipt and registration numbers are never given twice, on either store, whatever is deleted and restarted.
import { describe, expect, it } from 'vitest';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { NewNeed, Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { freshSchema } from './postgres-harness.js';

const at = new Date('2026-11-24T10:00:00.000Z');
const need = (residentId: string): NewNeed => ({
  residentId, type: 'need', category: 'building', text: 'La porte du hall ne ferme plus.', language: 'fr', site: 'Les Tilleuls', audience: 'everyone', notifyOnStatus: false, channel: 'sms',
});

interface Engine {
  name: string;
  start(): Promise<{ open(): Promise<Store>; restart(store: Store): Promise<Store>; done(): Promise<void> }>;
}

const engines: Engine[] = [
  {
    name: 'lowdb',
    async start() {
      const dir = await tempDir();
      return {
        open: () => openLowdbStore({ dataDir: dir.path }),
        restart: async (store) => {
          await store.close();
          return openLowdbStore({ dataDir: dir.path });
        },
        done: dir.remove,
      };
    },
  },
  {
    name: 'PostgreSQL',
    async start() {
      const schema = await freshSchema();
      return { open: () => schema.open(), restart: () => schema.open(), done: schema.drop };
    },
  },
];

describe.each(engines)('numbers never reused on $name', (engine) => {
  it('gives a new receipt and a new registration code after the holders deleted their data and a restart', async () => {
    const harness = await engine.start();
    try {
      let store = await harness.open();
      const event = await store.events.create(
        {
          title: { fr: 'Atelier' }, description: { fr: 'Ensemble.' }, start: '2026-12-05T13:00:00.000Z', end: '2026-12-05T16:00:00.000Z',
          place: { address: '4 allée des Tilleuls', site: 'Les Tilleuls' }, capacity: 10, maxSeatsPerRegistration: 4, audience: ['everyone'], topics: ['culture'],
          organiser: { kind: 'staff', name: 'Agence Nord' }, status: 'published',
        },
        at,
      );
      const given: string[] = [];
      for (const resident of ['a', 'b', 'c']) {
        given.push((await store.needs.create(need(resident), at)).receipt);
        const registered = await store.registrations.register({ eventId: event.id, residentId: resident, seats: 1, waitlist: false, reminder: false, language: 'fr' }, at);
        given.push('registration' in registered ? registered.registration.code : 'none');
      }
      // The last residents, then everyone, delete their data: nothing is left to derive a number from.
      for (const resident of ['c', 'b', 'a']) {
        await store.needs.deleteByResident(resident);
        await store.registrations.deleteByResident(resident, at);
      }
      store = await harness.restart(store);
      const receipt = (await store.needs.create(need('d'), at)).receipt;
      const registered = await store.registrations.register({ eventId: event.id, residentId: 'd', seats: 1, waitlist: false, reminder: false, language: 'fr' }, at);
      const code = 'registration' in registered ? registered.registration.code : 'none';
      expect(receipt).toBe('B-2026-0004');
      expect(code).toMatch(/^R-[A-Z2-9]{6}$/);
      expect(given).not.toContain(receipt);
      expect(given).not.toContain(code);
      await store.close();
    } finally {
      await harness.done();
    }
  });
});
