// `npm start` builds only when a TypeScript source (or the compiler settings) changed since the last build, as
// `npm run build` does: compile, then train the topic classifier.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const STAMP = join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'dialogs', 'bench', 'scripts'];
const SETTINGS = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

/** The newest modification time among the files the build reads. */
function newestSource() {
  let newest = Math.max(...SETTINGS.map((file) => mtime(join(root, file))));
  const visit = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, mtime(path));
    }
  };
  for (const dir of SOURCES) visit(join(root, dir));
  return newest;
}

function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

const built = mtime(STAMP);
if (built > 0 && built >= newestSource()) process.exit(0);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (result.status !== 0) process.exit(result.status ?? 1);
// The topic classifier is trained at build time (src/understanding/topic-model.ts), as `npm run build` does.
const trained = spawnSync(process.execPath, [join(root, 'dist', 'src', 'cli', 'train-topics.js')], { stdio: 'inherit', cwd: root });
if (trained.status !== 0) process.exit(trained.status ?? 1);
writeFileSync(STAMP, `${new Date().toISOString()}\n`);
