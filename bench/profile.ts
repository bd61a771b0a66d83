// `npm run bench -- profile [sdk | seeded]`: Palier (or the reference dialog bot) under 100 residents for 10 s with V8's CPU
// profiler on; prints server CPU per turn and writes the .cpuprofile (open it in Chrome DevTools, or summarise it with
// `node bench/profile-summary.mjs FILE`) to the folder named. Palier runs on `dataDir` when given (the seeded store).
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child-process.js';
import { palierScript, sdkDialogScript } from './conversations.js';
import { runLoad } from './load-driver.js';

export async function profile(target: 'palier' | 'sdk', outDir: string, givenDataDir?: string): Promise<void> {
  const dataDir = givenDataDir ?? (await mkdtemp(join(tmpdir(), 'palier-profile-')));
  const [file, args, script] = target === 'palier' ? (['palier-server.ts', [dataDir], palierScript()] as const) : (['sdk-dialog-server.ts', [], sdkDialogScript] as const);
  await mkdir(outDir, { recursive: true });
  // Palier profiles its turns only (server-probes.ts), not its start-up (a large store's load would hide them); with its GC summary.
  const palierFile = join(outDir, `palier${givenDataDir ? '-seeded' : ''}-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
  const env: Record<string, string> = target === 'palier' ? { PALIER_BENCH_CPU_PROFILE: palierFile, PALIER_BENCH_GC: '1' } : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${outDir}`.trim() };
  const child = await startChild(file, [...args], { ...env, DATABASE_URL: '' });
  try {
    const result = await runLoad({ url: child.url, residents: 100, warmupMs: 2_000, measureMs: 10_000, tag: `profile-${target}`, script, serverCpuMs: child.cpuMs });
    console.log(`${target}: ${result.turnsPerSec.toFixed(0)} turns/s, p99 ${result.p99Ms.toFixed(1)} ms, server CPU ${result.serverCpuMsPerTurn?.toFixed(2)} ms/turn, ${result.errors} errors`);
  } finally {
    await child.stop();
  }
  console.log(`profile written to ${target === 'palier' ? palierFile : outDir} (summary: node bench/profile-summary.mjs FILE)`);
}
