// Runs the content rules and the claims check over one pack in every language; used by the CLI and the tests.
import { join } from 'node:path';
import { SUPPORTED_LANGUAGES, type Language } from '../config.js';
import { createTranslator } from '../i18n.js';
import { loadPackManifest, ProcedureContent } from '../knowledge/content.js';
import { Directory } from '../knowledge/directory.js';
import { packsDir, sampleDirectoryFile } from '../knowledge/knowledge.js';
import { claimProblems, loadClaims } from './claims.js';
import { residentTexts } from './collect.js';
import { checkTexts, type Finding } from './rules.js';

export interface PackReport {
  pack: string;
  findings: Finding[];
  claimProblems: string[];
  /** Texts checked, all languages together. */
  texts: number;
}

export async function checkPack(name: string, options: { localesDir?: string; languages?: readonly Language[] } = {}): Promise<PackReport> {
  const languages = options.languages ?? SUPPORTED_LANGUAGES;
  const pack = loadPackManifest(name, packsDir);
  const translator = await createTranslator({ languages, defaultLanguage: 'fr', contentPack: name, dir: options.localesDir });
  const texts = languages.flatMap((lng) => residentTexts(pack, translator, lng));
  // The sample directory is what "Who can help" shows until DIRECTORY_FILE is set.
  const directory = Directory.fromFile(pack.sampleDirectory ? join(packsDir, pack.sampleDirectory) : sampleDirectoryFile);
  for (const entry of directory.entries) {
    for (const field of ['name', 'address', 'phone', 'hours'] as const) texts.push({ pack: name, lng: 'fr', key: `directory:${entry.id}.${field}`, kind: 'shared', text: entry[field] });
  }
  const findings = checkTexts(texts, () => ({ terms: pack.otherCountryTerms, patterns: pack.otherCountryPatterns }));
  const content = new ProcedureContent(pack, translator);
  const topics = new Map(content.all('fr').map((t) => [t.id, { steps: t.steps.length, note: Boolean(t.note) }]));
  let problems: string[];
  try {
    problems = claimProblems(loadClaims(pack, packsDir), topics);
  } catch (error) {
    problems = [(error as Error).message];
  }
  return { pack: name, findings, claimProblems: problems, texts: texts.length };
}
