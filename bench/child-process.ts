// Starts a bench server as a child process, waits for the URL it prints, and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ChildServer {
  url: string;
  pid: number;
  /** CPU time (user + system) the child has used so far, in ms; undefined where /proc is missing. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** utime + stime from /proc/<pid>/stat (Linux, 100 ticks a second). */
function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const running = new Set<ChildProcess>();
// Whatever happens to the parent, no child server outlives it.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Runs `bench/<file>` under tsx (restify's known DEP0111 warning silenced), with `env` over this
 * process's environment; the child prints its base URL first.
 */
export async function startChild(file: string, args: string[] = [], env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ChildServer> {
  const script = fileURLToPath(new URL(file, import.meta.url));
  const child = spawn(process.execPath, ['--no-deprecation', '--import', 'tsx', script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
  });
  running.add(child);
  const exited = once(child, 'exit').then(() => running.delete(child));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${file}: no URL after ${timeoutMs} ms`)), timeoutMs);
      child.once('exit', (code) => reject(new Error(`${file} exited with code ${code} before listening`)));
      createInterface({ input: child.stdout! }).once('line', (line) => {
        clearTimeout(timer);
        resolve(line.trim());
      });
    });
    return { url, pid: child.pid!, cpuMs: () => processCpuMs(child.pid!), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
