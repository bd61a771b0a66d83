import { describe, expect, it } from 'vitest';
import { BoundedMemo } from '../../src/memo.js';

describe('BoundedMemo', () => {
  it('computes a key once, remembers undefined too, and starts afresh when full', () => {
    const memo = new BoundedMemo<number | undefined>(2);
    let calls = 0;
    const compute = (value: number | undefined) => () => (calls++, value);
    expect(memo.get('a', compute(1))).toBe(1);
    expect(memo.get('a', compute(9))).toBe(1);
    expect(memo.get('b', compute(undefined))).toBeUndefined();
    expect(memo.get('b', compute(9))).toBeUndefined();
    expect(calls).toBe(2);
    // Full: the third key clears the memo, so "a" is computed again.
    expect(memo.get('c', compute(3))).toBe(3);
    expect(memo.get('a', compute(4))).toBe(4);
    expect(calls).toBe(4);
  });
});
