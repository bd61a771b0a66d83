// How a survey question reads in the chat, in one language: used by the survey dialog and by the staff preview.
import { yesNoOptions } from '../choices.js';
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { ChoiceOption } from '../recognize.js';
import { inLanguage, type Survey, type SurveyQuestion } from './survey.js';

/** The options shown with a question (buttons, or a numbered list on SMS); none for free answers. */
export function questionOptions(question: SurveyQuestion, lng: Language, translator: Translator, fallback: Language): readonly ChoiceOption[] {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (question.options ?? []).map((o) => ({ value: o.id, label: inLanguage(o.label, lng, fallback) }));
    case 'yesno':
      return yesNoOptions(translator, lng);
    case 'rating':
      return [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: '⭐'.repeat(n) }));
    default:
      return [];
  }
}

/** The question's message: its place in the survey, its text and how to answer. */
export function questionText(survey: Survey, index: number, lng: Language, translator: Translator, fallback: Language): string {
  const t = translator.fixedT(lng);
  const question = survey.questions[index]!;
  return [t('surveys:question.counter', { current: index + 1, total: survey.questions.length }), inLanguage(question.text, lng, fallback), t(`surveys:question.hint.${question.type}`)].join('\n\n');
}

/** Every message a resident reads, in order, for a staff preview in one language. */
export function surveyPreview(survey: Survey, lng: Language, translator: Translator, fallback: Language) {
  const t = translator.fixedT(lng);
  return {
    language: lng,
    entry: t('surveys:list.entry', { title: inLanguage(survey.title, lng, fallback), count: survey.questions.length }),
    questions: survey.questions.map((q, i) => ({ id: q.id, text: questionText(survey, i, lng, translator, fallback), options: questionOptions(q, lng, translator, fallback).map((o) => o.label) })),
    thanks: t('surveys:thanks'),
  };
}
