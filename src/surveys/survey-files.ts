// Survey JSON files: the import and export format of survey definitions (the store holds them).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logger.js';
import type { SurveyRepository } from '../store/types.js';
import { surveySchema, type Survey } from './survey.js';

/** A survey from a file's text; throws naming the first problem when it is not a valid survey. */
export function parseSurveyFile(text: string): Survey {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new Error(`not JSON (${(error as Error).message})`);
  }
  const parsed = surveySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || 'survey'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The file text of a survey: what an export writes and an import reads back. */
export const surveyFileText = (survey: Survey) => `${JSON.stringify(survey, null, 2)}\n`;

export interface FolderImport {
  /** Ids stored by this import. */
  imported: string[];
  /** Ids already in the store: the stored survey is kept as it is (it may have been edited since). */
  kept: string[];
  /** Files that are not valid surveys, with why. */
  invalid: { file: string; problem: string }[];
}

/**
 * Moves the survey files of a folder (SURVEYS_DIR) into the store, once: a survey whose id is
 * stored already is left as it is, so starting again (or another instance starting) changes
 * nothing and later edits made in the dashboard are never overwritten by the old file.
 */
export async function importSurveyFolder(dir: string, surveys: SurveyRepository, at: Date, logger?: Logger): Promise<FolderImport> {
  const result: FolderImport = { imported: [], kept: [], invalid: [] };
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort();
  } catch {
    return result; // no folder: nothing to import
  }
  for (const file of files) {
    let survey: Survey;
    try {
      survey = parseSurveyFile(await readFile(join(dir, file), 'utf8'));
    } catch (error) {
      result.invalid.push({ file, problem: (error as Error).message });
      logger?.warn({ file, problem: (error as Error).message }, 'survey file not imported: invalid');
      continue;
    }
    if (await surveys.add(survey, at)) result.imported.push(survey.id);
    else result.kept.push(survey.id);
  }
  if (result.imported.length) logger?.info({ dir, imported: result.imported }, 'survey files imported into the store');
  return result;
}
