// Both store engines for tests that must hold on each: lowdb in a temporary folder, PostgreSQL in a schema of its own.
import type { Timers } from '../../src/periodic-task.js';
import { openLowdbStore } from '../../src/store/lowdb/lowdb-store.js';
import type { Store } from '../../src/store/types.js';
import { freshSchema } from '../store/postgres-harness.js';
import { tempDir } from './setup.js';

/** An open store, a data folder for the rest of the app, and how to throw both away. */
export interface TestEngine {
  store: Store;
  dataDir: string;
  done(): Promise<void>;
}

export interface EngineOptions {
  waitlistOfferHours?: number;
}

/** [name, open] pairs for `describe.each`. */
export const ENGINES: [string, (options?: EngineOptions) => Promise<TestEngine>][] = [
  ['lowdb', async (options = {}) => {
    const dir = await tempDir();
    const store = await openLowdbStore({ dataDir: dir.path, ...options });
    return { store, dataDir: dir.path, done: async () => (await store.close(), await dir.remove()) };
  }],
  ['postgresql', async (options = {}) => {
    const schema = await freshSchema();
    const dir = await tempDir();
    const store = await schema.open(options);
    return { store, dataDir: dir.path, done: async () => (await schema.drop(), await dir.remove()) };
  }],
];

/** Timers a test fires itself: an interval never runs on its own. */
export function manualTimers(): Timers & { fire(): void; running: number } {
  const callbacks = new Map<number, () => void>();
  let next = 0;
  return {
    setInterval: (callback) => (callbacks.set(++next, callback), next),
    clearInterval: (handle) => void callbacks.delete(handle as number),
    fire: () => callbacks.forEach((callback) => callback()),
    get running() {
      return callbacks.size;
    },
  };
}
