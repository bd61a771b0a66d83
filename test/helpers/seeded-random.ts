// A seeded random generator for tests that pick moments at random but must be replayable.

/** mulberry32: small, fast, good enough to pick kill moments reproducibly. */
export function seededRandom(value: number): () => number {
  let a = value;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
