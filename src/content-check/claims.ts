// Each topic's claims and the sources they rest on (packs/<pack>/claims.json), so an editor can re-check them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { PackManifest } from '../knowledge/content.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const sourceSchema = z
  .object({
    title: z.string().min(1),
    url: z.string().url(),
    /** Date the publisher last changed it, when known. */
    modified: date.optional(),
    /** When the claims were checked against it, or why they could not be. */
    checked: date.optional(),
    notChecked: z.string().min(1).optional(),
    via: z.string().min(1).optional(),
  })
  .refine((s) => Boolean(s.checked) !== Boolean(s.notChecked), { message: 'give either "checked" (a date) or "notChecked" (why)' });

const claimSchema = z.object({
  claim: z.string().min(1),
  sources: z.array(z.string().min(1)).min(1),
  /** Where the claim is said: `steps.3`, `simpleSteps.3`, `note`, or a locale key such as `emergency:kinds.evictionToday.advice`. */
  where: z.array(z.string().min(1)).min(1),
});

export const claimsFileSchema = z.object({
  sources: z.record(sourceSchema),
  topics: z.record(z.array(claimSchema).min(1)),
});

export type ClaimsFile = z.infer<typeof claimsFileSchema>;

export function loadClaims(pack: PackManifest, packsDir: string): ClaimsFile {
  if (!pack.claims) throw new Error(`content pack "${pack.name}" names no claims file`);
  return claimsFileSchema.parse(JSON.parse(readFileSync(join(packsDir, pack.claims), 'utf8')));
}

/** Problems that would stop an editor from re-checking a claim: an unknown source, a topic without claims, a step that does not exist. */
export function claimProblems(claims: ClaimsFile, topics: ReadonlyMap<string, { steps: number; note: boolean }>): string[] {
  const problems: string[] = [];
  for (const id of topics.keys()) if (!claims.topics[id]?.length) problems.push(`topic ${id} has no claims`);
  for (const [id, list] of Object.entries(claims.topics)) {
    const topic = topics.get(id);
    // "@emergency" and the like hold claims made outside the topics (emergency advice, shared texts).
    if (!topic && !id.startsWith('@')) problems.push(`claims for unknown topic ${id}`);
    for (const { claim, sources, where } of list) {
      for (const source of sources) if (!claims.sources[source]) problems.push(`${id}: "${claim}" rests on unknown source ${source}`);
      for (const place of where) {
        const step = /^(steps|simpleSteps)\.(\d+)$/.exec(place);
        if (step && topic && Number(step[2]) >= topic.steps) problems.push(`${id}: "${claim}" points at missing ${place}`);
        if (place === 'note' && topic && !topic.note) problems.push(`${id}: "${claim}" points at a note the topic does not have`);
      }
    }
  }
  return problems;
}
