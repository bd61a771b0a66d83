// Guesses the language of a resident's message through the understanding layer's detector (eld behind rules).
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { LanguageDetector, type LanguageGuess } from './understanding/language.js';

const detectors = new WeakMap<Translator, LanguageDetector>();

function detectorFor(translator: Translator): LanguageDetector {
  let detector = detectors.get(translator);
  if (!detector) {
    detector = new LanguageDetector(translator.languages, (lng) => translator.list(lng, 'common:commands.greeting'));
    detectors.set(translator, detector);
  }
  return detector;
}

/** The whole guess: language, whether it is Arabizi, and how it was made. */
export function guessLanguage(text: string, translator: Translator): LanguageGuess {
  return detectorFor(translator).detect(text.slice(0, 600));
}

/** Returns a language only when the text says enough; undefined means "do not guess". */
export function detectLanguage(text: string, translator: Translator): Language | undefined {
  return guessLanguage(text, translator).language;
}

/**
 * A guess strong enough to overrule a channel's default locale: the resident's own words in another
 * script, Arabizi, or a sentence long enough for the statistics to be sure.
 */
export function isStrongGuess(guess: LanguageGuess, text: string): boolean {
  if (!guess.language) return false;
  const words = text.trim().split(/\s+/).length;
  // One word may be a command or a name in another language ("لغة", "APL"): a sentence says more.
  if (guess.by === 'script' || guess.by === 'arabizi' || guess.by === 'letters') return words >= 2;
  return guess.by === 'statistics' && words >= 4;
}
