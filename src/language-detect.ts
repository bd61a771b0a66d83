// Guesses the language of a resident's first message: script, greetings, then a statistical detector.
import { franc } from 'franc-min';
import type { Language } from './config.js';
import type { Translator } from './i18n.js';
import { foldText } from './text.js';

const FRANC_CODES: Record<string, Language> = { fra: 'fr', eng: 'en', arb: 'ar', spa: 'es', por: 'pt', tur: 'tr' };
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const TURKISH_LETTERS = /[ğşıİĞŞ]/;
const SPANISH_MARKS = /[ñ¿¡]/;
const PORTUGUESE_MARKS = /[ãõ]/;

/** Returns a language only when the text says enough; undefined means "do not guess". */
export function detectLanguage(text: string, translator: Translator): Language | undefined {
  const enabled = translator.languages;
  const pick = (lng: Language) => (enabled.includes(lng) ? lng : undefined);
  if (ARABIC_SCRIPT.test(text)) return pick('ar');
  if (TURKISH_LETTERS.test(text)) return pick('tr');
  if (SPANISH_MARKS.test(text)) return pick('es');
  if (PORTUGUESE_MARKS.test(text)) return pick('pt');

  // Short words ("bonjour", "hola", "merhaba") say more than any statistics would.
  const folded = foldText(text);
  const words = folded.split(' ');
  const greeted = enabled.filter((lng) =>
    translator.list(lng, 'common:commands.greeting').some((g) => {
      const greeting = foldText(g);
      return folded === greeting || (greeting.split(' ').length === 1 ? words.includes(greeting) : folded.startsWith(`${greeting} `));
    }),
  );
  if (greeted.length === 1) return greeted[0];

  const only = Object.entries(FRANC_CODES).filter(([, lng]) => enabled.includes(lng)).map(([code]) => code);
  const code = franc(text, { only, minLength: 12 });
  return FRANC_CODES[code];
}
