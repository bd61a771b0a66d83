// Where the project's own files are, whether running from src/ (tests) or dist/src/ (built).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'locales'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`paths: no project root above ${start}`);
    dir = parent;
  }
  return dir;
}

/** The folder holding package.json and locales/. */
export const projectRoot = findProjectRoot(dirname(fileURLToPath(import.meta.url)));
export const localesDir = join(projectRoot, 'locales');
export const webDir = join(projectRoot, 'src', 'web');
