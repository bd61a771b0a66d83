// What the topic classifier learns from: the content in every language (titles, summaries, synonyms;
// steps and the glossary's terms were measured to add nothing but start-up time) and residents' example questions shipped in lexicon/topic-examples.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../config.js';
import type { ProcedureContent } from '../knowledge/content.js';
import { projectRoot } from '../paths.js';

/** One piece of text that points to a topic, in a language. */
export interface TextExample {
  topic: string;
  lang: Language;
  text: string;
  weight?: number;
}

/** The shipped example questions (written for tuning as residents write; never evaluation lines). */
export const EXAMPLES_FILE = join(projectRoot, 'src', 'understanding', 'lexicon', 'topic-examples.json');

export function shippedExamples(file = EXAMPLES_FILE): TextExample[] {
  return JSON.parse(readFileSync(file, 'utf8')) as TextExample[];
}

/** Every topic's own words, in every language: a title and synonyms say the most (terms stay in the index, not here). */
export function contentExamples(content: ProcedureContent, languages: readonly Language[]): TextExample[] {
  return languages.flatMap((lang) =>
    content.all(lang).flatMap((topic) => [
      { topic: topic.id, lang, text: topic.title, weight: 2 },
      { topic: topic.id, lang, text: topic.summary, weight: 1 },
      ...topic.synonyms.map((text) => ({ topic: topic.id, lang, text, weight: 1.5 })),
    ]),
  );
}

/** Every French text of the content (titles, summaries, steps, synonyms): the words French written by ear is mended to. */
export function frenchTexts(content: ProcedureContent): string[] {
  return content.all('fr').flatMap((topic) => [topic.title, topic.summary, ...topic.steps, ...topic.synonyms, ...topic.terms.map((t) => `${t.term} ${t.meaning}`)]);
}
