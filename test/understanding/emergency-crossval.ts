// Measures the classifier's emergency backstop (understanding.ts): k-fold cross-validation over our tuning
// emergencies and their calm near-misses (the classifier learns from the content, the topic lines and the other
// folds, never from the fold it is scored on), for several leads. Prints counts only.
// `npm exec -- tsx test/understanding/emergency-crossval.ts [--folds 5] [--leads 0.3,0.5,0.7]`
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Language } from '../../src/config.js';
import { layerBuilder } from './layer-builder.js';
import { readSet, TUNE_DIR } from './score.js';
import { asExamples, tuneLines, type TuneLine } from './topic-examples.js';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { folds: { type: 'string', default: '5' }, leads: { type: 'string', default: '2,0.2,0.3,0.4,0.5,0.6,0.7,0.8' } } });
  const { content, build: layer } = await layerBuilder();
  const files = readdirSync(TUNE_DIR).filter((f) => f.endsWith('.jsonl') && !f.includes('.holdout'));
  const topics = tuneLines(files.filter((f) => !f.includes('emergenc')));
  const lines = files
    .filter((f) => f.includes('emergenc'))
    .sort()
    .flatMap((f) => readSet(f))
    .filter((l) => (l.task ?? 'topic') === 'topic')
    .map((l) => ({ ...(l as TuneLine), lang: l.lang as Language, expected: l.expected as string, calm: l.expected !== 'emergency' }));
  const k = Number(values.folds);
  const leads = values.leads!.split(',').map(Number);
  // lead → language → [emergencies caught, emergencies, calm alarms, calm]
  const tally = new Map<number, Map<string, number[]>>(leads.map((lead) => [lead, new Map()]));
  // The classifier alone, as if no rule had fired: its lead on every line.
  const alone: { calm: boolean; lead: number; asks: boolean }[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = asExamples(lines.filter((_, i) => i % k !== fold));
    const examples = [content, topics, train].flat();
    const counts = layer({ examples }).topicCounts(examples);

    for (const lead of leads) {
      const understanding = layer({ examples, topicCounts: counts, emergencyLead: lead });
      lines.forEach((line, i) => {
        if (i % k !== fold) return;
        const alarm = understanding.understand(line.text, line.lang).kind === 'emergency';
        alone.push({ calm: line.calm, lead, asks: understanding.backstopAsks(line.text, line.lang) });
        const row = tally.get(lead)!.get(line.lang) ?? [0, 0, 0, 0];
        if (line.calm) (row[2]! += alarm ? 1 : 0), row[3]!++;
        else (row[0]! += alarm ? 1 : 0), row[1]!++;
        tally.get(lead)!.set(line.lang, row);
      });
    }
  }
  const emergencies = alone.filter((a) => !a.calm);
  const calm = alone.filter((a) => a.calm);
  for (const lead of leads) {
    const caught = emergencies.filter((a) => a.lead === lead && a.asks).length;
    const alarms = calm.filter((a) => a.lead === lead && a.asks).length;
    console.log(`backstop alone, lead ${lead}: caught ${caught}/${emergencies.length / leads.length}, calm alarms ${alarms}/${calm.length / leads.length}`);
  }
  for (const [lead, byLang] of tally) {
    const sum = [0, 0, 0, 0];
    for (const row of byLang.values()) row.forEach((v, i) => (sum[i]! += v));
    const langs = [...byLang].map(([l, r]) => `${l} ${r[0]}/${r[1]} ${r[2]}/${r[3]}`).join(' · ');
    console.log(`lead ${lead}: caught ${sum[0]}/${sum[1]}, calm alarms ${sum[2]}/${sum[3]} (${((100 * sum[2]!) / sum[3]!).toFixed(1)} %) — ${langs}`);
  }
}

await main();
