// Plain-language rules for resident texts: short sentences, one idea each, acronyms explained, no other country's terms.

/** Where a text is shown, which decides the rules it must follow. */
export type TextKind = 'title' | 'summary' | 'step' | 'simpleStep' | 'document' | 'term' | 'meaning' | 'note' | 'advice' | 'shared';

export interface ResidentText {
  pack: string;
  lng: string;
  /** Locale key of the text, e.g. `procedures:topics.pay-rent.steps.2` or `emergency:kinds.gas.advice`. */
  key: string;
  kind: TextKind;
  text: string;
  /** The procedure topic the text belongs to, if any. */
  topic?: string;
  /** Acronyms the topic explains in its terms (only for topic texts). */
  explained?: ReadonlySet<string>;
  /** For a simple step: the normal step it simplifies. */
  normal?: string;
}

export type Rule = 'long-sentence' | 'joined-ideas' | 'unexplained-acronym' | 'other-country' | 'simple-not-simpler';
export const RULES: readonly Rule[] = ['long-sentence', 'joined-ideas', 'unexplained-acronym', 'other-country', 'simple-not-simpler'];

export interface Finding {
  rule: Rule;
  pack: string;
  lng: string;
  key: string;
  text: string;
  detail: string;
}

export interface OtherCountry {
  /** Terms for every language (`all`) and per language. */
  terms: Record<string, readonly string[]>;
  patterns: readonly string[];
}

export const MAX_WORDS = 20;
/** Acronyms every resident knows; anything else must be among the topic's explained terms. */
const COMMON_ACRONYMS = new Set(['SMS', 'SOS', 'ID', 'OK', 'WC']);

const SENTENCE_KINDS = new Set<TextKind>(['summary', 'step', 'simpleStep', 'meaning', 'note', 'advice']);
const ONE_IDEA_KINDS = new Set<TextKind>(['summary', 'step', 'simpleStep', 'note', 'advice']);
const ACRONYM_KINDS = new Set<TextKind>(['title', 'summary', 'step', 'simpleStep', 'document', 'note']);

export const sentences = (text: string): string[] => text.split(/(?<=[.!?؟])\s+/).filter((s) => s.trim());
export const words = (sentence: string): string[] => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Words with two capitals or more (APL, CCAS, ADeL), read as acronyms. */
export function acronyms(text: string): string[] {
  return [...text.matchAll(/(?<![\p{Script=Latin}\p{N}])\p{Script=Latin}{2,}(?![\p{Script=Latin}\p{N}])/gu)].map((m) => m[0]).filter((w) => (w.match(/\p{Lu}/gu) ?? []).length >= 2);
}

/** Longest item of a list a colon may introduce ("pour vous : ampoules, joints, prises"). */
const MAX_LIST_ITEM_WORDS = 4;

/**
 * Two ideas in one sentence: any ";", or a ":" followed by a clause rather than a list of short
 * items. A colon in a time (10:30) or an address (https:) is not punctuation.
 */
export function joinsTwoIdeas(text: string): boolean {
  if (/[;؛]/u.test(text)) return true;
  return sentences(text).some((sentence) =>
    sentence.split(/(?<!https?):(?!\d)/u).slice(1).some((after) => after.split(/[,،]/u).some((item) => words(item).length > MAX_LIST_ITEM_WORDS)),
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One matcher per term: whole words; all-capital terms and numbers as written, other words in any case. */
function termMatchers(terms: readonly string[]): { term: string; re: RegExp }[] {
  return terms.map((term) => {
    const exact = term === term.toUpperCase();
    return { term, re: new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, exact ? 'u' : 'iu') };
  });
}

export function checkTexts(texts: readonly ResidentText[], otherCountry: (pack: string) => OtherCountry): Finding[] {
  const findings: Finding[] = [];
  const matchers = new Map<string, { term: string; re: RegExp }[]>();
  const matchersFor = (pack: string, lng: string) => {
    const id = `${pack}/${lng}`;
    let list = matchers.get(id);
    if (!list) {
      const { terms, patterns } = otherCountry(pack);
      list = [...termMatchers([...(terms.all ?? []), ...(terms[lng] ?? [])]), ...patterns.map((p) => ({ term: p, re: new RegExp(p, 'u') }))];
      matchers.set(id, list);
    }
    return list;
  };
  for (const item of texts) {
    const found = (rule: Rule, detail: string) => findings.push({ rule, pack: item.pack, lng: item.lng, key: item.key, text: item.text, detail });
    if (SENTENCE_KINDS.has(item.kind)) {
      for (const sentence of sentences(item.text)) {
        const count = words(sentence).length;
        if (count > MAX_WORDS) found('long-sentence', `${count} words: ${sentence}`);
      }
    }
    if (ONE_IDEA_KINDS.has(item.kind) && joinsTwoIdeas(item.text)) found('joined-ideas', 'two ideas joined by ":" or ";"');
    if (ACRONYM_KINDS.has(item.kind) && item.explained) {
      for (const acronym of new Set(acronyms(item.text))) {
        if (!COMMON_ACRONYMS.has(acronym) && !item.explained.has(acronym)) found('unexplained-acronym', acronym);
      }
    }
    if (item.kind === 'simpleStep' && item.normal !== undefined && words(item.text).length > words(item.normal).length) {
      found('simple-not-simpler', `${words(item.text).length} words, the normal step has ${words(item.normal).length}`);
    }
    for (const { term, re } of matchersFor(item.pack, item.lng)) if (re.test(item.text)) found('other-country', term);
  }
  return findings;
}
