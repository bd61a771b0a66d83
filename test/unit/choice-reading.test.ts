// Choices as residents answer them, with the real step options of a procedure in six languages: a part
// of the words, a typo, a synonym from locales/, the option's number and an ordinal.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import type { Translator } from '../../src/i18n.js';
import { Recognizer, type ChoiceOption } from '../../src/recognize.js';
import { realTranslator } from '../helpers/setup.js';

const ACTIONS = ['next', 'repeat', 'simpler', 'documents', 'helpers', 'menu'] as const;

/** How a resident types them: a typo of "next" (of "documents" in English: "next" is too short for typos), a part of "who can help", the second one said as an ordinal. */
const SAYS: Record<Language, { typo: string; part: string; second: string }> = {
  fr: { typo: 'suivnat', part: 'aider', second: 'le deuxieme' },
  en: { typo: 'documnets', part: 'help', second: 'the second one' },
  ar: { typo: 'التالى', part: 'مساعدتي', second: 'الثاني' },
  es: { typo: 'sigiente', part: 'ayudarme', second: 'el segundo' },
  pt: { typo: 'seguinet', part: 'ajudar', second: 'o segundo' },
  tr: { typo: 'sonrki', part: 'yardim', second: 'ikinci' },
};

describe.each(Object.keys(SAYS) as Language[])('choices in %s', (lng) => {
  let translator: Translator;
  let recognizer: Recognizer;
  let options: ChoiceOption[];
  beforeAll(async () => {
    translator = await realTranslator();
    recognizer = new Recognizer(translator);
    const t = translator.fixedT(lng);
    options = ACTIONS.map((a) => ({ value: a, label: t(`guide:actions.${a}.label`), synonyms: translator.list(lng, `guide:actions.${a}.synonyms`) }));
  });
  const pick = (text: string) => recognizer.choice(text, options, lng)?.value;

  it('takes the label, its number, and an ordinal', () => {
    expect(pick(options[3]!.label)).toBe('documents');
    expect(pick('5')).toBe('helpers');
    expect(pick(SAYS[lng].second)).toBe('repeat');
  });

  it('takes a typo and a part of the words', () => {
    expect(pick(SAYS[lng].typo)).toBe(lng === 'en' ? 'documents' : 'next');
    expect(pick(SAYS[lng].part)).toBe('helpers');
  });

  it('takes every synonym in locales/, and nothing for words that fit no option', () => {
    for (const a of ACTIONS) for (const synonym of translator.list(lng, `guide:actions.${a}.synonyms`)) expect(pick(synonym), synonym).toBe(a);
    expect(pick('zzqx wxyv')).toBeUndefined();
  });
});
