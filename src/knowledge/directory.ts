// The local directory: who can help near the resident (landlord agency, CCAS/CPAS, ADIL, associations).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

export const HELPER_KINDS = [
  'landlord',
  'social-services',
  'social-centre',
  'housing-info',
  'family-allowance',
  'mediation',
  'disability',
  'energy-advice',
  'legal-aid',
  'association',
] as const;
export type HelperKind = (typeof HELPER_KINDS)[number];

const entrySchema = z.object({
  id: z.string().min(1),
  kind: z.enum(HELPER_KINDS),
  name: z.string().min(1),
  address: z.string().min(1),
  phone: z.string().min(1),
  hours: z.string().min(1),
  /** Sites served; empty or absent means every site. */
  sites: z.array(z.string()).optional(),
});

export type DirectoryEntry = z.infer<typeof entrySchema>;

export class Directory {
  /**
   * @param bundled the sample directory shipped with the content pack, whose names and hours are
   *   translated in locales/ (a landlord's own file is not: its texts are in the default language)
   */
  constructor(
    readonly entries: readonly DirectoryEntry[],
    readonly bundled = false,
  ) {}

  /** Reads a JSON array of entries; the message names the file and the bad entry. */
  static fromFile(path: string, bundled = false): Directory {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`Directory: cannot read ${path}: ${(error as Error).message}`);
    }
    const parsed = z.array(entrySchema).safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`Directory: ${path} entry ${issue.path.join('.')}: ${issue.message}`);
    }
    return new Directory(parsed.data, bundled);
  }

  /** Entries of these kinds serving the site (all sites when the resident's site is unknown), in kind order. */
  find(kinds: readonly string[], site?: string): DirectoryEntry[] {
    return kinds.flatMap((kind) =>
      this.entries.filter((e) => e.kind === kind && (!site || !e.sites?.length || e.sites.includes(site))),
    );
  }
}
