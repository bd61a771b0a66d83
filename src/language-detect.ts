// Guesses the language of a resident's message through the understanding layer's detector (eld behind rules).
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { BoundedMemo } from './memo.js';
import { LanguageDetector, type LanguageGuess } from './understanding/language.js';

interface Detection {
  detector: LanguageDetector;
  /** A turn asks about its message up to three times (language, written language, Arabizi offer), and residents repeat short answers. */
  guesses: BoundedMemo<Readonly<LanguageGuess>>;
}

const detections = new WeakMap<Translator, Detection>();

function detectionFor(translator: Translator): Detection {
  let detection = detections.get(translator);
  if (!detection) {
    const detector = new LanguageDetector(translator.languages, (lng) => translator.list(lng, 'common:commands.greeting'));
    detection = { detector, guesses: new BoundedMemo(2_000) };
    detections.set(translator, detection);
  }
  return detection;
}

/** The whole guess: language, whether it is Arabizi, and how it was made (shared: read it, do not change it). */
export function guessLanguage(text: string, translator: Translator): Readonly<LanguageGuess> {
  const { detector, guesses } = detectionFor(translator);
  const read = text.slice(0, 600);
  return guesses.get(read, () => Object.freeze(detector.detect(read)));
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
