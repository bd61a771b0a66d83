// Resident groups: self-declared, optional; the built-in ones and the landlord's own (LANDLORD_GROUPS_FILE).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SUPPORTED_LANGUAGES, type Language } from '../config.js';
import type { TFunction } from '../i18n.js';
import type { Resident } from '../store/types.js';

/** Built-in groups, by dimension: a resident is in at most one age band and one household kind. */
export const AGE_GROUPS = ['age-under-25', 'age-25-64', 'age-65-plus'] as const;
export const HOUSEHOLD_GROUPS = ['family-children', 'single-parent', 'living-alone'] as const;
export const SITUATION_GROUPS = ['reduced-mobility', 'recent-arrival'] as const;
export const BUILT_IN_GROUPS: readonly string[] = [...AGE_GROUPS, ...HOUSEHOLD_GROUPS, ...SITUATION_GROUPS];

/** The consent that lets the bot invite a resident to surveys (consultations) that concern them. */
export const CONSULTATIONS = 'consultations' as const;

const landlordGroupsSchema = z.array(
  z.object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'ids are lower-case words joined by dashes'),
    label: z.record(z.enum(SUPPORTED_LANGUAGES), z.string().min(1)).refine((l) => Object.keys(l).length > 0, 'needs a label in at least one language'),
  }),
);

/** A group the landlord defines, with its label per language. */
export type LandlordGroup = z.infer<typeof landlordGroupsSchema>[number];

/** The landlord's own groups from a JSON file ([{ "id", "label": { "fr": …, "en": … } }]); none without a file. */
export function loadLandlordGroups(file: string | undefined): LandlordGroup[] {
  if (!file) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`LANDLORD_GROUPS_FILE: cannot read ${file} (${(error as Error).message})`);
  }
  const result = landlordGroupsSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`LANDLORD_GROUPS_FILE: ${issue.path.join('.')}: ${issue.message}`);
  }
  const clash = result.data.find((g) => BUILT_IN_GROUPS.includes(g.id));
  if (clash) throw new Error(`LANDLORD_GROUPS_FILE: "${clash.id}" is a built-in group id`);
  return result.data;
}

const loaded = new Map<string, LandlordGroup[]>();

/** The landlord's groups for this configuration, read once per file. */
export function landlordGroupsOf(config: { landlordGroupsFile?: string }): LandlordGroup[] {
  const file = config.landlordGroupsFile;
  if (!file) return [];
  if (!loaded.has(file)) loaded.set(file, loadLandlordGroups(file));
  return loaded.get(file)!;
}

/** Every group id staff may target, built-in first. */
export function allGroupIds(landlordGroups: readonly LandlordGroup[]): string[] {
  return [...BUILT_IN_GROUPS, ...landlordGroups.map((g) => g.id)];
}

/** A group's name in a language: built-in ones from locales, the landlord's from its file (default language as fallback). */
export function groupLabel(id: string, t: TFunction, lng: Language, landlordGroups: readonly LandlordGroup[], fallback: Language): string {
  const own = landlordGroups.find((g) => g.id === id);
  if (own) return own.label[lng] ?? own.label[fallback] ?? Object.values(own.label)[0]!;
  return t(`groups:names.${id}`, { defaultValue: id });
}

/** Whether a resident is among those a target names: every listed site and group criterion must hold (empty means any). */
export function inTarget(resident: Pick<Resident, 'site' | 'groups'>, target: { sites: readonly string[]; groups: readonly string[] }): boolean {
  const siteOk = target.sites.length === 0 || (resident.site !== undefined && target.sites.includes(resident.site));
  const groupsOk = target.groups.length === 0 || (resident.groups ?? []).some((g) => target.groups.includes(g));
  return siteOk && groupsOk;
}

/** Whether the resident agreed to be invited to consultations. */
export const agreedToConsultations = (resident: Pick<Resident, 'consents'>): boolean => resident.consents.some((c) => c.purpose === CONSULTATIONS);
