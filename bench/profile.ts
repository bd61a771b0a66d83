// `npm run bench -- profile [sdk]`: Palier (or the reference dialog bot) under 100 residents for 10 s with V8's CPU
// profiler on; prints server CPU per turn and writes the .cpuprofile (open it in Chrome DevTools) to the folder named.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startChild } from './child-process.js';
import { palierScript, sdkDialogScript } from './conversations.js';
import { runLoad } from './load-driver.js';

export async function profile(target: 'palier' | 'sdk', outDir: string): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'palier-profile-'));
  const [file, args, script] = target === 'palier' ? (['palier-server.ts', [dataDir], palierScript()] as const) : (['sdk-dialog-server.ts', [], sdkDialogScript] as const);
  const child = await startChild(file, [...args], { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${outDir}`.trim(), DATABASE_URL: '' });
  try {
    const result = await runLoad({ url: child.url, residents: 100, warmupMs: 2_000, measureMs: 10_000, tag: `profile-${target}`, script, serverCpuMs: child.cpuMs });
    console.log(`${target}: ${result.turnsPerSec.toFixed(0)} turns/s, p99 ${result.p99Ms.toFixed(1)} ms, server CPU ${result.serverCpuMsPerTurn?.toFixed(2)} ms/turn, ${result.errors} errors`);
  } finally {
    await child.stop();
  }
  console.log(`profile written to ${outDir}`);
}
