// French written by ear, mended by sound: a word the content does not know ("asurence", "charje",
// "papié", "logemen") is read as the content's word that sounds the same ("assurance", "charges",
// "papier", "logement"), and a glued article is taken off ("lasurance", "dentré", "largen").

/**
 * A rough key of how a folded French word sounds: silent h and final letters dropped, é/er/ez/ai/et
 * endings as one, "qu"/"c"/"k" as k, "eau"/"au"/"o" as o, soft c and g, nasal vowels, double letters.
 */
export function frenchKey(word: string): string {
  let s = word
    .replace(/ill/g, 'y')
    .replace(/ph/g, 'f')
    .replace(/ch/g, 'S')
    .replace(/qu|q/g, 'k')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/gu(?=[eiy])/g, 'g')
    .replace(/g(?=[eiy])/g, 'j')
    .replace(/h/g, '')
    .replace(/y/g, 'i')
    .replace(/eau|au/g, 'o')
    .replace(/ai|ei/g, 'e')
    .replace(/(?:an|en|am|em)(?![aeiou])/g, 'A')
    .replace(/(?:in|un|im)(?![aeiou])/g, 'I')
    .replace(/(?:on|om)(?![aeiou])/g, 'O')
    .replace(/(.)\1+/g, '$1');
  s = s.replace(/[sxtdz]$/, '');
  return s.replace(/(?:er|e)$/, '');
}

/** Articles and pronouns French glues to the next word when written by ear ("lapart", "dasurance", "jai"). */
const ELISION = /^(?:l|d|j|m|s|n|t|qu)(?=[aeiouh])/;

export class FrenchSpeller {
  private readonly known = new Set<string>();
  /** sound key → the content's word (the most frequent one with that key). */
  private readonly byKey = new Map<string, string>();

  /** @param texts folded words of the French content, in which a word's frequency is counted. */
  constructor(texts: Iterable<readonly string[]>) {
    const counts = new Map<string, number>();
    for (const words of texts) for (const w of words) if (/^[a-z]+$/.test(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    const best = new Map<string, number>();
    for (const [word, count] of counts) {
      this.known.add(word);
      if (word.length < 4) continue;
      const key = frenchKey(word);
      if (key.length < 3 || (best.get(key) ?? 0) >= count) continue;
      best.set(key, count);
      this.byKey.set(key, word);
    }
  }

  /** The content's word a resident's unknown word stands for, or undefined (known, short or no match). */
  mend(word: string): string | undefined {
    // Short words are left alone: "veut" or "quel" are French the content does not happen to use.
    if (word.length < 5 || this.known.has(word) || !/^[a-z]+$/.test(word)) return undefined;
    const whole = this.byKey.get(frenchKey(word));
    if (whole) return whole;
    const rest = word.replace(ELISION, '');
    if (rest === word || rest.length < 3) return undefined;
    return this.known.has(rest) ? rest : this.byKey.get(frenchKey(rest));
  }
}
