// How deeply a parsed JSON value nests, measured without recursion (a hostile body cannot overflow the stack).

/** Depth of `value`: 0 for a scalar, 1 for a flat object or array, and so on; stops counting past `limit`. */
export function jsonDepth(value: unknown, limit = 10_000): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    const here = depth + 1;
    if (here > deepest) deepest = here;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) if (child !== null && typeof child === 'object') stack.push([child, here]);
  }
  return deepest;
}
