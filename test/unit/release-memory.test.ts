// Start-up's young generation is handed back once started: V8 does not shrink it by itself while the process is busy.
import { getHeapSpaceStatistics } from 'node:v8';
import { expect, it } from 'vitest';
import { releaseStartupMemory } from '../../src/release-memory.js';

const youngGenerationMb = () => getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_size / 1048576;

it('shrinks the young generation a burst of long-lived allocations grew', () => {
  // As module loading does: many objects that survive their first collections, so V8 grows the young generation.
  let kept: object[] = [];
  for (let i = 0; i < 500_000; i++) kept.push({ i, text: `n${i}` });
  const grown = youngGenerationMb();
  kept = []; // the burst is garbage now, as start-up's is
  expect(grown).toBeGreaterThanOrEqual(4);
  const ms = releaseStartupMemory();
  expect(youngGenerationMb()).toBeLessThan(grown / 2);
  expect(ms).toBeGreaterThanOrEqual(0);
});
