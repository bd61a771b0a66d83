// npm run content:check: plain-language and country rules over every pack and language, and the claims files.
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SUPPORTED_LANGUAGES } from '../config.js';
import { checkPack, type PackReport } from '../content-check/check-pack.js';
import { RULES } from '../content-check/rules.js';
import { packsDir } from '../knowledge/knowledge.js';

const USAGE = `Usage: npm run content:check -- [--pack france] [--locales DIR] [--list]
Counts findings per pack, language and rule (sentences over 20 words, two ideas joined by ":" or ";",
acronyms the topic does not explain, terms of the other country, simple steps longer than the normal
ones) and checks that every claim names its source. --list prints each finding. Exits 1 on any finding.`;

function printReport(report: PackReport, list: boolean): void {
  console.log(`\npack ${report.pack} (${report.texts} texts in six languages)`);
  console.log(['lng', ...RULES].join('\t'));
  for (const lng of SUPPORTED_LANGUAGES) {
    const counts = RULES.map((rule) => report.findings.filter((f) => f.lng === lng && f.rule === rule).length);
    console.log([lng, ...counts].join('\t'));
  }
  if (list) for (const f of report.findings) console.log(`  [${f.rule}] ${f.lng} ${f.key}: ${f.detail}\n      ${f.text}`);
  console.log(report.claimProblems.length ? report.claimProblems.map((p) => `  claims: ${p}`).join('\n') : '  claims: every topic has claims, every claim names a known source');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pack: { type: 'string' }, locales: { type: 'string' }, list: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log(USAGE);
  const packs = values.pack ? [values.pack] : readdirSync(packsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  let failed = false;
  for (const pack of packs) {
    const report = await checkPack(pack, { localesDir: values.locales });
    printReport(report, Boolean(values.list));
    failed ||= report.findings.length > 0 || report.claimProblems.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
