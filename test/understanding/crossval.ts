// Measures how topic routing generalises: k-fold cross-validation over our tuning topic lines (the
// classifier learns from the content and the other folds, never from the fold it is scored on).
// `npm exec -- tsx test/understanding/crossval.ts [--folds 5] [--fusion '{"classifierWeight":4}'] [--misses]`
import { parseArgs } from 'node:util';
import type { Language } from '../../src/config.js';
import type { TextExample } from '../../src/understanding/topic-examples.js';
import { layerBuilder } from './layer-builder.js';
import { readSet, setFiles } from './score.js';

interface TopicLine {
  id: string;
  lang: Language;
  /** standard, darija, arabizi, lowlit-fr, colloquial-tr. */
  kind: string;
  text: string;
  expected: string;
  file: string;
}

export function topicLines(holdout: boolean): TopicLine[] {
  return setFiles(holdout)
    .filter((f) => !f.includes('emergenc'))
    .flatMap((file) =>
      readSet(file)
        .filter((l) => (l.task ?? 'topic') === 'topic')
        .map((l) => ({ id: l.id, lang: l.lang, kind: l.kind ?? 'standard', text: l.text, expected: l.expected as string, file: `${file.replace(/\.holdout|\.jsonl/g, '')}${l.kind ? ` ${l.kind}` : ''}` })),
    );
}

export function asExamples(lines: readonly TopicLine[]): TextExample[] {
  return lines.filter((l) => l.expected !== 'none' && l.expected !== 'emergency').map((l) => ({ topic: l.expected, lang: l.lang, text: l.text }));
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, fusion: { type: 'string' }, misses: { type: 'boolean' }, holdout: { type: 'boolean' }, bare: { type: 'boolean' }, nospell: { type: 'boolean' }, files: { type: 'boolean' }, only: { type: 'string' } } });
  const { content, build: layer } = await layerBuilder();
  const fusion = values.fusion ? JSON.parse(values.fusion) : undefined;
  const build = (examples: TextExample[]) =>
    layer({ examples: values.bare ? [] : examples, fusion, ...(values.bare || values.nospell ? { frenchVocabulary: [] } : {}) });
  const lines = topicLines(false);
  const scored: { line: TopicLine; got: string[] }[] = [];
  if (values.holdout) {
    const understanding = build([...content, ...asExamples(lines)]);
    for (const line of topicLines(true).filter((l) => !values.only || l.file.startsWith(values.only))) scored.push({ line, got: understanding.topics(line.text, line.lang) });
  } else {
    const k = Number(values.folds);
    for (let fold = 0; fold < k; fold++) {
      const understanding = build([...content, ...asExamples(lines.filter((_, i) => i % k !== fold))]);
      lines.forEach((line, i) => {
        if (i % k === fold) scored.push({ line, got: understanding.topics(line.text, line.lang) });
      });
    }
  }
  const byFile = new Map<string, [number, number]>();
  // As the evaluation reports it: standard lines per language, other kinds on their own.
  const byGroup = new Map<string, [number, number]>();
  const count = (map: Map<string, [number, number]>, key: string, ok: boolean) => {
    const [r, n] = map.get(key) ?? [0, 0];
    map.set(key, [r + (ok ? 1 : 0), n + 1]);
  };
  let right = 0;
  for (const { line, got } of scored) {
    const ok = got[0] === line.expected;
    count(byFile, line.file, ok);
    count(byGroup, line.kind === 'standard' ? line.lang : line.kind, ok);
    if (line.kind === 'standard') count(byGroup, 'six languages', ok);
    if (ok) right++;
    else if (values.misses) console.log(`  ${line.id} ${line.text} → ${got.join(',')} (expected ${line.expected})`);
  }
  if (values.files) for (const [file, [r, n]] of [...byFile].sort()) console.log(`${file.padEnd(24)} ${r}/${n} ${((100 * r) / n).toFixed(1)} %`);
  const groups = [...byGroup].map(([g, [r, n]]) => `${g} ${((100 * r) / n).toFixed(1)} (${r}/${n})`);
  console.log(groups.join(' · '));
  console.log(`${values.holdout ? 'held-back slice' : 'cross-validated'}: ${right}/${scored.length} ${((100 * right) / scored.length).toFixed(1)} %`);
}

if (process.argv[1]?.endsWith('crossval.ts')) void main();
