// Which option on screen a resident means: its words or a part of them, a typo, a synonym, its number or ordinal.
import type { ChoiceOption } from '../recognize.js';
import { foldText } from '../text.js';
import { editDistance, typosAllowed } from './word-match.js';

/** Words too common to pick an option on their own ("de", "la", "my"...). */
const FILLER = new Set('a au aux de des du d l la le les un une et en mon ma mes je j m the a an of my to and el los las una y mi o os as um uma do da e meu minha bir ve ile benim bu icin ال في من و ya il s n'.split(' '));

export interface ChoiceReading {
  option?: ChoiceOption;
  /** Several options fit equally: ask which one (the caller re-asks in one short line). */
  ambiguous?: ChoiceOption[];
}

/** Folded meaningful words of a phrase. */
const meaningful = (text: string) => foldText(text).split(' ').filter((w) => w && !FILLER.has(w));

function wordScore(said: string, known: string): number {
  if (said === known) return 1;
  if (said.length >= 4 && known.startsWith(said)) return 0.9; // "inscri" for "inscrire"
  if (known.length >= 4 && said.startsWith(known)) return 0.9; // "inscris" for "inscri"
  const allowed = typosAllowed(Math.min(said.length, known.length));
  if (allowed > 0 && editDistance(said, known, allowed) <= allowed) return 0.8;
  return 0;
}

/**
 * Scores each option by the best of its phrases (label, synonyms): the share of the resident's
 * meaningful words the phrase has, and of the phrase's words the resident said. A part of an option
 * ("tilleuls" for "Résidence Les Tilleuls") is enough when no other option shares it.
 */
export function readChoice(text: string, options: readonly ChoiceOption[]): ChoiceReading {
  const said = meaningful(text);
  if (said.length === 0 || said.length > 12) return {};
  const scored = options.map((option) => {
    const phrases = [option.label, ...(option.synonyms ?? [])].map(meaningful).filter((p) => p.length > 0);
    let best = 0;
    for (const phrase of phrases) {
      const hits = said.map((w) => Math.max(0, ...phrase.map((k) => wordScore(w, k))));
      const matched = hits.reduce((a, b) => a + b, 0);
      if (matched === 0) continue;
      const covered = phrase.filter((k) => said.some((w) => wordScore(w, k) > 0)).length / phrase.length;
      const precision = matched / said.length;
      best = Math.max(best, 0.6 * precision + 0.4 * covered);
    }
    return { option, score: best };
  });
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score < 0.45) return {};
  if (second && second.score >= first.score - 0.05) {
    return { ambiguous: scored.filter((s) => s.score >= first.score - 0.05).map((s) => s.option) };
  }
  return { option: first.option };
}
