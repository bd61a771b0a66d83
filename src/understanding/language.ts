// Which language a resident writes in: script, greetings and Arabizi rules first, then eld's n-grams.
import type { Language } from '../config.js';
import { foldText } from '../text.js';
import { createSubsetEld } from './eld-subset.js';
import { ARABIZI_MARKERS } from './lexicon/arabizi.js';
import { isArabiziWord } from './normalize.js';

export interface LanguageGuess {
  /** undefined when the text says too little to guess. */
  language?: Language;
  /** Darija typed in Latin letters: understood as Arabic, the resident may prefer to read French. */
  arabizi: boolean;
  /** How the guess was made, strongest first. */
  by?: 'script' | 'arabizi' | 'greeting' | 'letters' | 'words' | 'statistics';
}

const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const TURKISH_LETTERS = /[ğşıİĞŞ]/;
const SPANISH_MARKS = /[ñ¿¡]/;
const PORTUGUESE_MARKS = /[ãõ]/;

/**
 * Short everyday words that give a language away when a message is too short for statistics:
 * colloquial Turkish without its letters ("kiram cok yuksek ne yapcam"), SMS French, etc.
 */
const TELL_TALE_WORDS: Record<Language, string> = {
  fr: 'je j jai j ai suis est c cest pas pa mon ma mes le la les des du une un et pour avec quoi comment bonjour bjr slt svp stp merci oui non ya il elle nous vous peux veux faut chez moi aussi quand pourquoi pk loyer logement',
  en: 'i im my the is are and you your what how can cant please thanks hello hi yes no with for do does dont need want when why flat rent',
  es: 'yo mi el es esta estoy que como puedo quiero hola gracias si por para con los las una del mucho piso alquiler tengo hay necesito cuando donde ayuda',
  pt: 'eu meu minha o e esta estou que como posso quero ola obrigado obrigada sim nao por para com os as uma do da muito casa renda tenho ha preciso quando onde ajuda voce',
  tr: 'ben benim bir bu ve ne nasil mi mu var yok icin ile evim kira kiram cok lazim istiyorum yapabilirim yardim merhaba selam tesekkurler evet hayir abi abla napcam nereye neden ama daha olur degil simdi bugun yarin',
  ar: '',
};
const TELL_TALES = Object.fromEntries(Object.entries(TELL_TALE_WORDS).map(([lng, list]) => [lng, new Set(list.split(' ').filter(Boolean))])) as Record<Language, Set<string>>;

/** Counts Arabizi signs: darija words and words written with 3, 7 or 9 for Arabic letters. */
export function arabiziScore(folded: string): number {
  let score = 0;
  for (const w of folded.split(' ')) {
    if (ARABIZI_MARKERS.has(w)) score += 1;
    else if (isArabiziWord(w)) score += 1;
  }
  return score;
}

export class LanguageDetector {
  private readonly detector = createSubsetEld();

  constructor(
    private readonly enabled: readonly Language[],
    private readonly greetings: (lng: Language) => string[],
  ) {
    this.detector.setLanguageSubset([...enabled]);
  }

  detect(text: string): LanguageGuess {
    const pick = (lng: Language, by: LanguageGuess['by'], arabizi = false): LanguageGuess =>
      this.enabled.includes(lng) ? { language: lng, arabizi, by } : { arabizi };
    if (ARABIC_SCRIPT.test(text)) return pick('ar', 'script');
    if (TURKISH_LETTERS.test(text)) return pick('tr', 'letters');
    const folded = foldText(text);
    if (!folded) return { arabizi: false };
    const wordCount = folded.split(' ').length;
    const arabizi = arabiziScore(folded);
    if (arabizi >= 2 || (arabizi >= 1 && wordCount <= 3)) return pick('ar', 'arabizi', true);
    if (SPANISH_MARKS.test(text)) return pick('es', 'letters');
    if (PORTUGUESE_MARKS.test(text)) return pick('pt', 'letters');
    const greeted = this.greeted(folded);
    if (greeted) return pick(greeted, 'greeting');
    const byWords = this.byWords(folded);
    if (byWords && wordCount <= 4) return pick(byWords, 'words');
    const result = this.detector.detect(text);
    const scores = result.getScores();
    const best = result.language as Language;
    if (best && this.enabled.includes(best) && (wordCount >= 3 || result.isReliable())) {
      // Short messages: tell-tale words overrule a weak statistical lead.
      if (byWords && byWords !== best && wordCount < 8 && (scores[byWords] ?? 0) > 0) return pick(byWords, 'words');
      return pick(best, 'statistics');
    }
    return byWords ? pick(byWords, 'words') : { arabizi: false };
  }

  /** Each language's greetings, folded once: one-word greetings open a message, longer ones start it. */
  private foldedGreetings?: Map<Language, { single: Set<string>; phrases: string[] }>;

  private greeted(folded: string): Language | undefined {
    this.foldedGreetings ??= new Map(
      this.enabled.map((lng) => {
        const greetings = this.greetings(lng).map(foldText).filter(Boolean);
        return [lng, { single: new Set(greetings.filter((g) => !g.includes(' '))), phrases: greetings.filter((g) => g.includes(' ')) }];
      }),
    );
    const first = folded.split(' ', 1)[0]!;
    const found = this.enabled.filter((lng) => {
      const { single, phrases } = this.foldedGreetings!.get(lng)!;
      return single.has(first) || phrases.some((g) => folded === g || folded.startsWith(`${g} `));
    });
    return found.length === 1 ? found[0] : undefined;
  }

  /** The language whose tell-tale words clearly dominate, if one does. */
  private byWords(folded: string): Language | undefined {
    const counts = this.enabled.map((lng) => [lng, folded.split(' ').filter((w) => TELL_TALES[lng].has(w)).length] as const).sort((a, b) => b[1] - a[1]);
    const [first, second] = counts;
    if (!first || first[1] === 0) return undefined;
    return !second || first[1] > second[1] ? first[0] : undefined;
  }
}
