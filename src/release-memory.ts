// Start-up allocates in a burst (modules, content, indexes), and V8 grows its young generation to the largest it
// may be (128 MB of resident memory on Node 24) to absorb it; nothing shrinks it again until the process goes idle
// for a long while. One memory-reducing collection once started hands that memory back (Palier then lives in
// about 180 MB instead of 310); under heavy traffic V8 grows the young generation again, as it should, so a turn
// costs no more CPU than before (capping it instead with --max-semi-space-size=8 cost 10–20 % more CPU per turn).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;
let collect: Collect | undefined;

/** A full, memory-reducing collection now (tens of milliseconds, synchronous); returns how long it took, in ms. */
export function releaseStartupMemory(): number {
  const started = performance.now();
  if (!collect) {
    // V8's gc() is only reachable with --expose-gc; turned on here, it exists in contexts created afterwards.
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
  }
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return Math.round(performance.now() - started);
}
