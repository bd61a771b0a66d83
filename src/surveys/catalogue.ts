// The surveys staff put in the surveys folder, read again at each use so new files appear without a restart.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import { isOpenFor, surveySchema, type Survey } from './survey.js';

export class SurveyCatalogue {
  /** @param examples surveys offered besides the folder's (development's example content). */
  constructor(
    private readonly dir: string | undefined,
    private readonly logger?: Logger,
    private readonly examples: readonly Survey[] = [],
  ) {}

  /** Every valid survey in the folder; a broken file is logged and skipped, never shown. */
  async all(): Promise<Survey[]> {
    return [...(await this.fromFolder()), ...this.examples];
  }

  private async fromFolder(): Promise<Survey[]> {
    if (!this.dir) return [];
    let files: string[];
    try {
      files = (await readdir(this.dir)).filter((f) => f.endsWith('.json')).sort();
    } catch {
      return [];
    }
    const surveys = await Promise.all(
      files.map(async (file) => {
        try {
          return surveySchema.parse(JSON.parse(await readFile(join(this.dir!, file), 'utf8')));
        } catch (error) {
          this.logger?.warn({ file, err: error }, 'survey file skipped: invalid');
          return undefined;
        }
      }),
    );
    return surveys.filter((s): s is Survey => s !== undefined);
  }

  async openFor(now: Date, site: string | undefined): Promise<Survey[]> {
    return (await this.all()).filter((s) => isOpenFor(s, now, site));
  }

  /** Writes a survey as `<id>.json` (the file format staff can also import and export). */
  async save(survey: Survey): Promise<void> {
    if (!this.dir) throw new Error('SurveyCatalogue: no surveys folder (SURVEYS_DIR) to save into');
    await mkdir(this.dir, { recursive: true });
    await writeFile(join(this.dir, `${survey.id}.json`), `${JSON.stringify(survey, null, 2)}\n`);
  }

  async get(id: string): Promise<Survey | undefined> {
    return (await this.all()).find((s) => s.id === id);
  }
}
