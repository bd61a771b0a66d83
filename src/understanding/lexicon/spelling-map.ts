import { foldText } from '../../text.js';

/**
 * Folded spelling → the folded words it stands for, from `{ meant: 'spelling spelling …' }`; a spelling
 * that folds to the meant words, holds a space, or was claimed by an earlier entry is left out.
 */
export function spellingMap(spellings: Readonly<Record<string, string>>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [meant, written] of Object.entries(spellings)) {
    const target = foldText(meant);
    for (const spelling of written.split(' ')) {
      const key = foldText(spelling);
      if (key && key !== target && !key.includes(' ') && !map.has(key)) map.set(key, target);
    }
  }
  return map;
}
