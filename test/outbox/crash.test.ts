// A broadcast to 3,000 residents whose worker process is killed with SIGKILL again and again: after
// restarts on the same data folder, every resident got the message exactly once as the (idempotent)
// connector recorded it, no message is lost, and the repeats the connector dropped are counted.
//
// Kill moments come from a seeded generator; the seed is printed. To replay a run:
//   OUTBOX_CRASH_SEED=<seed> npx vitest run test/outbox/crash.test.ts
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalConnector } from '../fakes/local-connector.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { OutboxMessage, Resident } from '../../src/store/types.js';
import { tempDir } from '../helpers/setup.js';
import { seededRandom } from '../helpers/seeded-random.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const ENTRY = join(projectRoot, 'test', 'outbox', 'worker-process.ts');
const RESIDENTS = 3_000;
const KILLS = 4;
const RUN_LIMIT_MS = 120_000;
const REF = 'crash-broadcast';

const seed = Number(process.env.OUTBOX_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;

/** A time limit raced against an awaited event; it does not keep the process alive. */
const limit = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms).unref());

interface Kill {
  generation: number;
  /** Activities the connector had accepted when the kill was sent (of RESIDENTS). */
  received: number;
  /** Requests the connector had received but not yet answered: sends cut by the kill. */
  unanswered: number;
}

describe('an outbox worker killed with SIGKILL during a broadcast', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  let connector: LocalConnector;
  const random = seededRandom(seed);
  const kills: Kill[] = [];
  const children = new Set<ChildProcess>();
  let finalExit: number | null | 'timeout' | undefined;
  let output = '';

  /**
   * `node --import tsx`: one process runs the worker (tsx's CLI would start a second one), so
   * SIGKILL reaches the very process that sends and writes.
   */
  function startWorker(): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
    const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', ENTRY], {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATA_DIR: dir.path,
        LOG_LEVEL: 'warn',
        MicrosoftAppId: '',
        MicrosoftAppPassword: '',
        QUIET_HOURS: '', // whatever the hour the test runs at
        OUTBOX_CONCURRENCY: '8',
        OUTBOX_PER_CONVERSATION_PER_SECOND: '0',
        OUTBOX_PER_CHANNEL_PER_SECOND: '0',
        OUTBOX_INTERVAL_SECONDS: '1',
      },
    });
    children.add(child);
    const keep = (chunk: Buffer) => (output = (output + chunk.toString('utf8')).slice(-10_000));
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => {
        children.delete(child);
        resolve({ code, signal });
      }),
    );
    return { child, exited };
  }

  /** SIGKILL from inside the connector's 'activity' event: that activity is recorded but not yet answered. */
  function killWhenReceived(child: ChildProcess, exited: Promise<unknown>, count: number, generation: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onActivity = () => {
        if (connector.received.length < count) return;
        connector.off('activity', onActivity);
        process.kill(child.pid!, 'SIGKILL');
        kills.push({ generation, received: connector.received.length, unanswered: connector.unanswered });
        resolve();
      };
      connector.on('activity', onActivity);
      void exited.then(() => {
        connector.off('activity', onActivity);
        reject(new Error(`worker #${generation} exited before its kill at ${count} activities:\n${output}`));
      });
    });
  }

  beforeAll(async () => {
    console.log(`outbox crash test seed: ${seed} (replay with OUTBOX_CRASH_SEED=${seed})`);
    dir = await tempDir('palier-outbox-crash-');
    // A channel a little slow to answer, so kills find sends in flight.
    connector = await LocalConnector.start({ responseDelayMs: () => Math.floor(random() * 4) });
    const store = await openLowdbStore({ dataDir: dir.path });
    const now = new Date().toISOString();
    const residents: Resident[] = Array.from({ length: RESIDENTS }, (_, n) => ({
      id: `resident-${n}`,
      language: 'fr',
      languageSource: 'chosen',
      consents: [],
      subscription: { topics: ['events'], consentedAt: now },
      reference: { channelId: n % 3 === 0 ? 'msteams' : 'sms', serviceUrl: connector.url, conversation: { id: `conversation-${n}` } as never, user: { id: `user-${n}` } as never, bot: { id: 'palier' } as never },
      createdAt: now,
      updatedAt: now,
    }));
    await Promise.all(residents.map((r) => store.residents.save(r)));
    const messages: OutboxMessage[] = residents.map((r) => ({
      id: `${REF}:${r.id}`, kind: 'announcement', ref: REF, residentId: r.id, channelId: r.reference!.channelId!, language: 'fr',
      text: 'Fête des voisins samedi 14 h dans la cour.', notBefore: now, status: 'pending', attempts: 0, createdAt: now, updatedAt: now,
    }));
    await store.outbox.add(messages);
    await store.close();

    const started = Date.now();
    for (let k = 0; k < KILLS; k++) {
      // Kill points spread over the broadcast, each a little further than the last.
      const target = Math.floor((RESIDENTS * (k + 1)) / (KILLS + 1) + (random() - 0.5) * (RESIDENTS / (KILLS + 1) / 2));
      const { child, exited } = startWorker();
      await killWhenReceived(child, exited, target, k);
      await exited;
    }
    const { exited } = startWorker();
    const result = await Promise.race([exited, limit(RUN_LIMIT_MS)]);
    finalExit = result === 'timeout' ? 'timeout' : result.code;
    console.log(
      [
        `outbox crash test (seed ${seed}) in ${Date.now() - started} ms: ${RESIDENTS} messages, ${kills.length} SIGKILLs, ` +
          `${connector.received.length} activities accepted once, ${connector.repeats.length} repeats dropped by the connector`,
        ...kills.map((k) => `  worker #${k.generation}: killed at ${k.received} accepted, ${k.unanswered} sends unanswered`),
      ].join('\n'),
    );
  }, 240_000);

  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await connector?.close();
    await dir?.remove();
  });

  it('was killed mid-broadcast each time, and the last worker finished on its own', () => {
    expect(kills, `seed ${seed}`).toHaveLength(KILLS);
    expect(kills.every((k) => k.received < RESIDENTS && k.unanswered >= 1), `seed ${seed}: ${JSON.stringify(kills)}`).toBe(true);
    expect(finalExit, `seed ${seed}:\n${output}`).toBe(0);
  });

  it('delivered the message to every resident exactly once, as the connector recorded it', () => {
    const perConversation = new Map<string, string[]>();
    for (const r of connector.received) perConversation.set(r.conversationId, [...(perConversation.get(r.conversationId) ?? []), r.outboxId!]);
    const wrong = [...Array(RESIDENTS).keys()].filter((n) => {
      const got = perConversation.get(`conversation-${n}`);
      return got?.length !== 1 || got[0] !== `${REF}:resident-${n}`;
    });
    expect(wrong, `seed ${seed}: residents without exactly their one message`).toEqual([]);
    expect(connector.received).toHaveLength(RESIDENTS);
    // Each kill cut a send the connector had accepted: sent again after the restart, and dropped.
    expect(connector.repeats.length, `seed ${seed}`).toBeGreaterThanOrEqual(1);
    expect(connector.repeats.every((r) => perConversation.has(r.conversationId))).toBe(true);
  });

  it('lost no message: every row is sent', async () => {
    const store = await openLowdbStore({ dataDir: dir.path });
    try {
      expect(await store.outbox.countsByRef(REF)).toEqual({ pending: 0, sending: 0, sent: RESIDENTS, failed: 0, unreachable: 0 });
    } finally {
      await store.close();
    }
  });
});
