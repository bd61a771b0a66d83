// Start-up as a landlord runs it: `node dist/src/index.js` (the build done beforehand, not timed) on an empty
// lowdb folder, from spawn to "Palier is listening", then resident memory at that moment and once the
// background warm-up of the recognizer models is over.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface StartupResult {
  /** From spawn to the "listening" log line, in ms. */
  listeningMs: number;
  /** Resident memory (RSS) when listening, in MB. */
  rssMbAtListening: number;
  /** Resident memory once the models are warmed (or after 30 s), in MB. */
  rssMbWarm: number;
}

const root = fileURLToPath(new URL('..', import.meta.url));

function rssMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Math.round(Number(line?.match(/\d+/)?.[0] ?? Number.NaN) / 1024);
}

/** Builds if a source changed (untimed), then times `runs` start-ups and returns the median run. */
export async function measureStartup(dataDir: (run: number) => Promise<string>, runs = 3): Promise<StartupResult> {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the build failed');
  const results: StartupResult[] = [];
  for (let run = 0; run < runs; run++) results.push(await startOnce(await dataDir(run)));
  results.sort((a, b) => a.listeningMs - b.listeningMs);
  return results[Math.floor(results.length / 2)]!;
}

async function startOnce(dataDir: string): Promise<StartupResult> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--disable-warning=DEP0111', 'dist/src/index.js'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'development', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'debug', DATABASE_URL: '' },
  });
  try {
    let listeningMs = 0;
    let rssMbAtListening = 0;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('Palier did not warm up within 60 s')), 60_000);
      child.once('exit', (code) => reject(new Error(`Palier exited with code ${code} while starting`)));
      createInterface({ input: child.stdout! }).on('line', (line) => {
        if (!listeningMs && line.includes('Palier is listening')) {
          listeningMs = performance.now() - started;
          rssMbAtListening = rssMb(child.pid!);
        }
        if (listeningMs && line.includes('recognizer models loaded')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    return { listeningMs, rssMbAtListening, rssMbWarm: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  }
}
