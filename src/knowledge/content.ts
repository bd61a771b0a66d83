// Procedure content: a content pack's topics per language, read from locales/<lng>/<pack namespace>.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';

export const FAMILIES = ['findHome', 'rentMoney', 'inMyHome', 'moving', 'livingTogether'] as const;
export type Family = (typeof FAMILIES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const topicSchema = z.object({
  family: z.enum(FAMILIES),
  title: z.string().min(1),
  summary: z.string().min(1),
  steps: z.array(z.string().min(1)).min(3).max(8),
  simpleSteps: z.array(z.string().min(1)).min(3).max(8),
  documents: z.array(z.string().min(1)).min(1),
  helpers: z.array(z.string().min(1)).min(1),
  terms: z.array(z.object({ term: z.string().min(1), meaning: z.string().min(1) })).min(1),
  synonyms: z.array(z.string().min(1)).min(1),
  /** Without `sheetDate` and `checked`, the content was not checked against its source and residents are told so. */
  source: z.object({ name: z.string().min(1), url: z.string().url(), sheetDate: isoDate.optional() }),
  checked: isoDate.optional(),
  note: z.string().min(1).optional(),
}).refine((t) => Boolean(t.checked) === Boolean(t.source.sheetDate), { message: 'give both source.sheetDate and checked, or neither (not checked)' });

export type Topic = z.infer<typeof topicSchema> & { id: string };

const packManifestSchema = z.object({
  namespace: z.string().min(1),
  country: z.string().length(2),
  numbers: z.record(z.string()),
  emergencies: z.record(z.array(z.string())),
  /** File in packs/ listing each topic's claims and the source each rests on. */
  claims: z.string().min(1).optional(),
  /** Directory shown when DIRECTORY_FILE is not set, in packs/ (the France sample otherwise). */
  sampleDirectory: z.string().min(1).optional(),
  /** Words of the other country that must never reach this pack's residents, for all or one language. */
  otherCountryTerms: z.record(z.array(z.string().min(1))).default({}),
  /** The same as regular expressions (phone number shapes, domains). */
  otherCountryPatterns: z.array(z.string().min(1)).default([]),
});

export type PackManifest = z.infer<typeof packManifestSchema> & { name: string };

/** Reads src/knowledge/packs/<name>.json: which locale namespace holds the pack, its emergency numbers, its checks. */
export function loadPackManifest(name: string, packsDir: string): PackManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(packsDir, `${name}.json`), 'utf8'));
  } catch (error) {
    throw new Error(`content: no content pack "${name}" in ${packsDir} (${(error as Error).message})`);
  }
  return { ...packManifestSchema.parse(raw), name };
}

/** The topics of one pack in every enabled language, validated once at start. */
export class ProcedureContent {
  private readonly topics = new Map<Language, Topic[]>();

  constructor(
    readonly pack: PackManifest,
    private readonly translator: Translator,
  ) {
    for (const lng of translator.languages) {
      const data = translator.i18n.getResourceBundle(lng, pack.namespace) as { topics?: Record<string, unknown> } | undefined;
      const source = data?.topics ?? (translator.i18n.getResourceBundle(translator.defaultLanguage, pack.namespace) as typeof data)?.topics;
      if (!source) throw new Error(`content: locales/${lng}/${pack.namespace}.json has no topics`);
      const list = Object.entries(source).map(([id, value]) => {
        const parsed = topicSchema.safeParse(value);
        if (!parsed.success) throw new Error(`content: ${lng}/${pack.namespace} topic "${id}": ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
        return { ...parsed.data, id };
      });
      this.topics.set(lng, list);
    }
  }

  all(lng: Language): Topic[] {
    return this.topics.get(lng) ?? [];
  }

  get(lng: Language, id: string): Topic | undefined {
    return this.all(lng).find((t) => t.id === id);
  }

  inFamily(lng: Language, family: Family): Topic[] {
    return this.all(lng).filter((t) => t.family === family);
  }

  /** Families that have at least one topic in this pack, in menu order. */
  families(lng: Language): Family[] {
    return FAMILIES.filter((f) => this.inFamily(lng, f).length > 0);
  }
}
