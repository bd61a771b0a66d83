// What a bench server can record about itself while it serves, chosen by environment variables, reported when it stops:
// PALIER_BENCH_GC=1: its garbage collections by kind (count, total and longest pause), heap and CPU by thread, on stderr;
// PALIER_BENCH_CPU_PROFILE=FILE: a V8 CPU profile of the turns (not the start-up) written to FILE.
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

const gcKinds: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/** CPU ms (user + system) used so far by this process's threads, summed by thread name (main, V8 workers, libuv's pool); Linux only. */
function cpuByThread(): Map<string, number> {
  const byName = new Map<string, number>();
  try {
    for (const task of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      byName.set(name, (byName.get(name) ?? 0) + (Number(fields[11]) + Number(fields[12])) * 10);
    }
  } catch {
    // not Linux: no split
  }
  return byName;
}

export function startProbes(label: string): { stop(): Promise<void> } {
  const stops: (() => Promise<void>)[] = [];
  if (process.env.PALIER_BENCH_GC) {
    const gcs = new Map<string, { count: number; totalMs: number; maxMs: number }>();
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { detail?: { kind: number } })[]) {
        const kind = gcKinds[entry.detail?.kind ?? 0] ?? 'other';
        const seen = gcs.get(kind) ?? { count: 0, totalMs: 0, maxMs: 0 };
        gcs.set(kind, { count: seen.count + 1, totalMs: seen.totalMs + entry.duration, maxMs: Math.max(seen.maxMs, entry.duration) });
      }
    });
    observer.observe({ entryTypes: ['gc'] });
    const cpuBefore = cpuByThread();
    stops.push(async () => {
      observer.disconnect();
      const threads = [...cpuByThread()].map(([name, ms]) => `${name} ${ms - (cpuBefore.get(name) ?? 0)} ms`);
      process.stderr.write(`  server CPU by thread (${label}): ${threads.join(', ')}\n`);
      const heapMb = (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
      const kinds = [...gcs].map(([kind, g]) => `${kind} ${g.count}× total ${g.totalMs.toFixed(0)} ms, longest ${g.maxMs.toFixed(0)} ms`);
      process.stderr.write(`  server GC (${label}): ${kinds.join('; ')}; heap used ${heapMb} MB\n`);
    });
  }
  const profileFile = process.env.PALIER_BENCH_CPU_PROFILE;
  if (profileFile) {
    const session = new Session();
    session.connect();
    const started = session.post('Profiler.enable').then(() => session.post('Profiler.start'));
    stops.push(async () => {
      await started;
      const { profile } = await session.post('Profiler.stop');
      await writeFile(profileFile, JSON.stringify(profile));
      session.disconnect();
    });
  }
  return { stop: async () => void (await Promise.all(stops.map((stop) => stop()))) };
}
