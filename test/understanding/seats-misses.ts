// The seats reader alone on the tuning sets' seat lines: right and silently wrong per language, then every miss.
// `npm exec -- tsx test/understanding/seats-misses.ts [file-prefix] [--asked]` (--asked also lists the lines it said back).
import type { Language } from '../../src/config.js';
import { SeatsReader } from '../../src/understanding/seats.js';
import { readSet, setFiles } from './score.js';

const args = process.argv.slice(2);
const prefix = args.find((a) => !a.startsWith('--')) ?? '';
const listAsked = args.includes('--asked');
const reader = new SeatsReader();
const perLanguage = new Map<string, { right: number; total: number; silent: number; asked: number }>();
const misses: string[] = [];
const asked: string[] = [];
const files = [...setFiles(false), ...setFiles(true)].filter((f) => f.startsWith(prefix) && readSet(f).some((l) => l.task === 'seats'));
for (const file of files) {
  for (const line of readSet(file).filter((l) => l.task === 'seats')) {
    const { seats, confirm } = reader.read(line.text, line.lang as Language);
    const got = seats ?? null;
    const right = line.expected === null ? got === null || confirm : got === line.expected;
    const silent = !right && got !== null && !confirm;
    const tally = perLanguage.get(line.lang) ?? { right: 0, total: 0, silent: 0, asked: 0 };
    tally.total++;
    if (right) tally.right++;
    if (silent) tally.silent++;
    if (confirm && got !== null) tally.asked++;
    perLanguage.set(line.lang, tally);
    const shown = `${silent ? 'SILENT ' : ''}${line.id} [${line.lang}] ${line.text} → ${got}${confirm ? '?' : ''} (expected ${line.expected})`;
    if (!right) misses.push(shown);
    else if (confirm && listAsked) asked.push(shown);
  }
}
let right = 0;
let total = 0;
let silent = 0;
for (const [lng, t] of perLanguage) {
  right += t.right;
  total += t.total;
  silent += t.silent;
  console.log(`${lng}: ${t.right}/${t.total} right, ${t.silent} silently wrong, ${t.asked} said back`);
}
console.log(`all: ${right}/${total} (${((100 * right) / total).toFixed(1)} %), silently wrong ${silent}`);
for (const m of misses) console.log(m);
if (listAsked) for (const a of asked) console.log(`asked: ${a}`);
