// npm run ask: the same routing as the bot, from the command line.
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { tempDir } from '../helpers/setup.js';

const run = promisify(execFile);
const ask = (...args: string[]) =>
  run(process.execPath, [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), join(projectRoot, 'src/cli/ask.ts'), ...args], { cwd: projectRoot, env: { ...process.env, LOG_LEVEL: 'silent' } });

describe('npm run ask', () => {
  it('prints the best topics with scores for one question', async () => {
    const { stdout } = await ask('--lang', 'fr', "j'arrive pas à payer mon loyer");
    const lines = stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toMatch(/^rent-arrears\t\d+(\.\d+)?$/);
  });

  it('answers the seats, when and language tasks in their exact line formats', async () => {
    const dir = await tempDir();
    const input = join(dir.path, 'tasks.jsonl');
    const lines = [
      { id: 's', lang: 'fr', text: 'je viens avec ma femme et nos 2 enfants', task: 'seats' },
      { id: 'p', lang: 'en', text: "one place please, I'm in flat 22", task: 'seats' },
      { id: 'w', lang: 'fr', text: 'du 3 au 7 juin après 17h', task: 'when' },
      { id: 'x', lang: 'fr', text: 'bonjour', task: 'when' },
      { id: 'l', text: 'bghit n3ref wach kayn chi atelier', task: 'language' },
    ];
    await writeFile(input, lines.map((l) => JSON.stringify(l)).join('\n'));
    const { stdout } = await ask('--batch', input, '--now', '2026-12-03T10:00');
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l))).toEqual([
      { id: 's', seats: 4, confirm: true },
      { id: 'p', seats: 1, confirm: true },
      { id: 'w', days: ['2027-06-03', '2027-06-07'], hours: ['17:00', '23:59'] },
      { id: 'x', days: null, hours: null },
      { id: 'l', language: 'ar' },
    ]);
    await dir.remove();
  });

  it('routes a batch of JSON lines, with emergencies and nothing relevant marked', async () => {
    const dir = await tempDir();
    const input = join(dir.path, 'in.jsonl');
    const output = join(dir.path, 'out.jsonl');
    const questions = [
      { id: 'a', lang: 'en', text: 'the heating has not worked since monday' },
      { id: 'b', lang: 'fr', text: 'ça sent le gaz dans la cuisine' },
      { id: 'c', lang: 'en', text: 'my cat is sick what should i do' },
    ];
    await writeFile(input, questions.map((q) => JSON.stringify(q)).join('\n'));
    await ask('--batch', input, '--out', output);
    const answers = (await readFile(output, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { id: string; topics: string[] });
    expect(answers.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(answers[0]!.topics[0]).toBe('report-repair');
    expect(answers[1]!.topics).toEqual(['emergency']);
    expect(answers[2]!.topics).toEqual(['none']);
    await dir.remove();
  });
});
