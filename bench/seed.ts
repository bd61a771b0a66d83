// Fills a data folder through the real store API: residents and needs of about 500 bytes, needs dated over the last 36 months.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { residentIdFor } from '../src/resident-id.js';
import { openLowdbStore } from '../src/store/lowdb/lowdb-store.js';
import { AUDIENCES, type NewNeed, type Resident, type Store } from '../src/store/types.js';

const SALT = 'palier-bench';
const SITES = ['Les Tilleuls', 'Le Clos Vert', 'Résidence du Parc', 'Quartier Centre'];
const CATEGORIES = ['building', 'safety', 'green', 'youth', 'seniors', 'jobs', 'digital', 'community', 'accessibility', 'other'];
const PHRASES = [
  "L'ascenseur du bâtiment B tombe en panne plusieurs fois par semaine depuis la rentrée.",
  'Les poubelles débordent le lundi matin et les sacs restent devant le local.',
  'Il faudrait un banc et un peu d’ombre près des jeux pour les parents.',
  'La lumière du hall reste éteinte le soir, on ne voit plus les marches.',
  'Les jeunes voudraient une salle pour se retrouver et faire leurs devoirs.',
  'Ma voisine âgée ne sort plus depuis que la rampe est cassée.',
  'On pourrait organiser une fête des voisins au printemps dans la cour.',
  'Le chauffage est trop faible dans les chambres qui donnent au nord.',
  'Une permanence pour aider à faire les démarches en ligne serait utile.',
  'La porte du parking ne ferme plus et des voitures inconnues y dorment.',
];

/** A small seeded random generator (mulberry32), so every run seeds the same data. */
export function random(seed = 42): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

/**
 * `count` dates over the last 36 months, oldest first: use grows over time (half evenly spread,
 * half more and more recent), in the daytime in France (6:00 to 21:00 UTC).
 */
export function spreadDates(count: number, rand: () => number, now = new Date()): Date[] {
  const span = now.getTime() - new Date(now).setUTCMonth(now.getUTCMonth() - 36);
  const dates = Array.from({ length: count }, () => {
    const x = rand() < 0.5 ? rand() : Math.sqrt(rand());
    const date = new Date(now.getTime() - span * (1 - x));
    date.setUTCHours(6 + Math.floor(rand() * 15), Math.floor(rand() * 60), Math.floor(rand() * 60));
    return date > now ? now : date;
  });
  return dates.sort((a, b) => a.getTime() - b.getTime());
}

export const seedResidentId = (n: number) => residentIdFor('sms', `seed-user-${n}`, SALT);

/** A need as a resident would send it: about 500 bytes once stored. */
export function sampleNeed(rand: () => number, residentId: string): NewNeed {
  let text = '';
  while (text.length < 140) text += (text ? ' ' : '') + pick(rand, PHRASES);
  const contact = rand() < 0.2;
  return {
    residentId,
    type: rand() < 0.7 ? 'need' : 'idea',
    category: pick(rand, CATEGORIES),
    text: text.slice(0, 140),
    language: rand() < 0.8 ? 'fr' : pick(rand, ['en', 'ar', 'es', 'pt', 'tr'] as const),
    site: pick(rand, SITES),
    audience: pick(rand, AUDIENCES),
    contact: contact ? { kind: 'phone', value: `+336${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` } : undefined,
    notifyOnStatus: rand() < 0.5,
    channel: pick(rand, ['sms', 'webchat', 'msteams', 'telegram']),
  };
}

/** A resident with a conversation reference and a consent: about 500 bytes once stored. */
export function sampleResident(rand: () => number, n: number, at: Date): Resident {
  const when = at.toISOString();
  const id = seedResidentId(n);
  return {
    id,
    language: 'fr',
    languageSource: 'channel',
    consents: [{ purpose: 'status-updates', givenAt: when, ref: `B-${at.getUTCFullYear()}-${String(n).padStart(4, '0')}` }],
    site: pick(rand, SITES),
    // As TurnContext.getConversationReference gives it for an SMS channel (which sends no names).
    reference: {
      activityId: `${Math.floor(rand() * 1e9)}`,
      user: { id: `seed-user-${n}` },
      bot: { id: 'palier-bot' },
      conversation: { id: `8:acs:7d1c1c2e-91a5-4f5b-9a6e-${String(n).padStart(12, '0')}` },
      channelId: 'sms',
      locale: 'fr-FR',
      serviceUrl: 'https://smba.trafficmanager.net/fr/',
    } as Resident['reference'],
    createdAt: when,
    updatedAt: when,
  };
}

/** Runs task(0..count-1) with at most `limit` at once, reporting every 10,000. */
async function inParallel(count: number, limit: number, task: (i: number) => Promise<unknown>, progress: (done: number) => void): Promise<void> {
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < count) {
      await task(next++);
      if (++done % 10_000 === 0 || done === count) progress(done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
}

/** Seeds a lowdb folder (see seedInto), and closes its store. */
export async function seedStore(dataDir: string, counts: { residents: number; needs: number }, log: (line: string) => void): Promise<void> {
  const store = await openLowdbStore({ dataDir });
  try {
    await seedInto(store, counts, log);
  } finally {
    await store.close();
  }
}

const root = fileURLToPath(new URL('..', import.meta.url));

/** What decides a seeded folder's content and file layout: this file, and where the lowdb store puts records. */
// A change to how sharded-table.ts names files needs the cached folders deleted by hand (rm -r /tmp/palier-bench-seed-*).
const LAYOUT_SOURCES = ['src/store/lowdb/lowdb-store.ts', 'src/store/lowdb/needs-table.ts'];

function layoutHash(counts: { residents: number; needs: number }): string {
  const files = [fileURLToPath(import.meta.url), ...LAYOUT_SOURCES.map((f) => join(root, f))];
  const hash = createHash('sha256').update(JSON.stringify(counts));
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Copies a seeded folder into `dataDir` (which must not exist). The seeded original is kept in the temporary folder
 * (palier-bench-seed-<hash>), made again only when seed.ts or the store's layout (LAYOUT_SOURCES) changed: seeding 100,000 of each takes
 * minutes, a copy seconds. The dates are those of the day it was seeded.
 */
export async function seededCopy(dataDir: string, counts: { residents: number; needs: number }, log: (line: string) => void): Promise<void> {
  const cached = join(tmpdir(), `palier-bench-seed-${layoutHash(counts)}`);
  if (!existsSync(cached)) {
    const building = `${cached}.building-${process.pid}`;
    await rm(building, { recursive: true, force: true });
    const started = performance.now();
    await seedStore(building, counts, log);
    await rename(building, cached);
    log(`seeded ${cached} in ${((performance.now() - started) / 1000).toFixed(1)} s (kept for the next runs)`);
  }
  await cp(cached, dataDir, { recursive: true });
}

/** Seeds `residents` residents, then `needs` needs (oldest first, by random residents), into any store; leaves it open. */
export async function seedInto(store: Store, counts: { residents: number; needs: number }, log: (line: string) => void): Promise<void> {
  const rand = random();
  const total = (n: number) => n.toLocaleString('en-US');
  const residentDates = spreadDates(counts.residents, rand);
  await inParallel(counts.residents, 1000, (i) => store.residents.save(sampleResident(rand, i, residentDates[i]!)), (done) =>
    log(`seeding ${total(done)}/${total(counts.residents)} residents…`),
  );
  const population = counts.residents || counts.needs;
  const dates = spreadDates(counts.needs, rand);
  await inParallel(counts.needs, 1000, (i) => store.needs.create(sampleNeed(rand, seedResidentId(Math.floor(rand() * population))), dates[i]!), (done) =>
    log(`seeding ${total(done)}/${total(counts.needs)} needs…`),
  );
  await store.flush();
}
