// Every text a resident of one content pack can read, as the bot would show it, for the content check.
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import { ProcedureContent, type PackManifest, type Topic } from '../knowledge/content.js';
import { acronyms, type ResidentText } from './rules.js';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** String leaves outside arrays: arrays in shared namespaces are words the bot recognises, not texts it shows. */
function shownStrings(value: Json, prefix: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([prefix, value]);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) shownStrings(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

function topicTexts(pack: PackManifest, lng: Language, topic: Topic): ResidentText[] {
  const key = (path: string) => `${pack.namespace}:topics.${topic.id}.${path}`;
  const explained = new Set(topic.terms.flatMap((t) => acronyms(t.term)));
  const base = { pack: pack.name, lng, topic: topic.id, explained };
  const texts: ResidentText[] = [
    { ...base, key: key('title'), kind: 'title', text: topic.title },
    { ...base, key: key('summary'), kind: 'summary', text: topic.summary },
    { ...base, key: key('source.name'), kind: 'shared', text: topic.source.name },
    ...topic.steps.map((text, i): ResidentText => ({ ...base, key: key(`steps.${i}`), kind: 'step', text })),
    ...topic.simpleSteps.map((text, i): ResidentText => ({ ...base, key: key(`simpleSteps.${i}`), kind: 'simpleStep', text, normal: topic.steps[i] })),
    ...topic.documents.map((text, i): ResidentText => ({ ...base, key: key(`documents.${i}`), kind: 'document', text })),
    ...topic.terms.flatMap((t, i): ResidentText[] => [
      { ...base, key: key(`terms.${i}.term`), kind: 'term', text: t.term },
      { ...base, key: key(`terms.${i}.meaning`), kind: 'meaning', text: t.meaning },
    ]),
  ];
  if (topic.note) texts.push({ ...base, key: key('note'), kind: 'note', text: topic.note });
  return texts;
}

/**
 * The pack's topics, then every shared namespace as this translator resolves it (so the pack's own
 * `pack-<name>` texts replace the shared ones), leaving out other packs' namespaces and the
 * emergency numbers the pack never shows.
 */
export function residentTexts(pack: PackManifest, translator: Translator, lng: Language): ResidentText[] {
  const content = new ProcedureContent(pack, translator);
  const texts = content.all(lng).flatMap((topic) => topicTexts(pack, lng, topic));
  const families = translator.i18n.getResource(lng, pack.namespace, 'families') as Json;
  const familyStrings: [string, string][] = [];
  shownStrings(families, 'families', familyStrings);
  for (const [key, text] of familyStrings) texts.push({ pack: pack.name, lng, key: `${pack.namespace}:${key}`, kind: 'title', text });

  const namespaces = (translator.i18n.options.ns as string[]).filter((ns) => !ns.startsWith('procedures') && !ns.startsWith('pack-'));
  for (const ns of namespaces) {
    const strings: [string, string][] = [];
    shownStrings((translator.i18n.getResourceBundle(lng, ns) ?? {}) as Json, '', strings);
    for (const [key, text] of strings) {
      if (ns === 'emergency' && key.startsWith('numbers.') && !(key.slice('numbers.'.length) in pack.numbers)) continue;
      const kind = ns === 'emergency' && key.endsWith('.advice') ? 'advice' : 'shared';
      texts.push({ pack: pack.name, lng, key: `${ns}:${key}`, kind, text });
    }
  }
  return texts;
}
