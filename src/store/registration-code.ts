// Registration codes (R-7KQ2XM) from a counter that never goes back: unique for good, yet not in visible order.

const CODE_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'; // no 0/O, 1/I: codes are read aloud
const SPACE = 2n ** 30n; // six letters of 32
// An odd multiplier makes n → (n·A + B) mod 2³⁰ a bijection: distinct numbers give distinct codes.
const A = 0x2545f491n;
const B = 0x1b873593n;

/**
 * The code of the `n`-th registration (n ≥ 1). Both stores take n from a persistent counter that
 * deletions never lower, so a code is never given twice, whatever is deleted.
 */
export function registrationCode(n: number): string {
  if (!Number.isInteger(n) || n < 1 || BigInt(n) >= SPACE) throw new RangeError(`registrationCode: ${n} is out of range`);
  let x = (BigInt(n) * A + B) % SPACE;
  let code = '';
  for (let i = 0; i < 6; i++) {
    code = CODE_LETTERS[Number(x % 32n)] + code;
    x /= 32n;
  }
  return `R-${code}`;
}
