// Understands a resident's answer to one survey question, whatever its type, in their language.
import type { Language } from '../config.js';
import type { ChoiceOption, Recognizer } from '../recognize.js';
import type { SurveyAnswer } from '../store/types.js';
import { foldText } from '../text.js';
import type { SurveyQuestion } from './survey.js';

export const MAX_TEXT_ANSWER = 2000;
/**
 * What joins several choices: commas, or "et", "and", "y", "e", "ve", "و" between spaces (JavaScript's
 * \b does not know Arabic letters, so spaces mark the words).
 */
const AND = /\s*[,;+&،]\s*|\s+(?:et|and|y|e|ve|و)\s+/iu;

export interface AnswerContext {
  recognizer: Recognizer;
  lng: Language;
  now: Date;
  /** The question's choices as shown (for single, multiple, yes/no and rating). */
  options: readonly ChoiceOption[];
}

/** The stored value for a valid answer, or undefined when it does not answer the question. */
export function parseAnswer(question: SurveyQuestion, text: string, { recognizer, lng, now, options }: AnswerContext): SurveyAnswer | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  switch (question.type) {
    case 'single':
      return recognizer.choice(trimmed, options, lng)?.value;
    case 'yesno': {
      const picked = recognizer.choice(trimmed, options, lng)?.value ?? recognizer.yesNo(trimmed, lng);
      return picked === undefined ? undefined : picked === true || picked === 'yes';
    }
    case 'rating': {
      const rating = recognizer.number(trimmed, lng);
      return rating !== undefined && rating >= 1 && rating <= 5 ? rating : undefined;
    }
    case 'number': {
      const n = recognizer.number(trimmed, lng);
      if (n === undefined) return undefined;
      return (question.min === undefined || n >= question.min) && (question.max === undefined || n <= question.max) ? n : undefined;
    }
    case 'date':
      return recognizer.date(trimmed, lng, now);
    case 'multiple': {
      const whole = recognizer.choice(trimmed, options, lng);
      if (whole) return [whole.value];
      // Arabic writes "and" joined to the next word: "2 و3" (only before a number: many words start with و).
      const parts = foldText(trimmed) ? trimmed.replace(/(^|\s)و(?=\d)/gu, '$1و ').split(AND).filter(Boolean) : [];
      const picked = parts.map((p) => recognizer.choice(p, options, lng)?.value);
      return parts.length > 0 && picked.every(Boolean) ? [...new Set(picked as string[])] : undefined;
    }
    case 'text':
      return trimmed.slice(0, MAX_TEXT_ANSWER);
  }
}
