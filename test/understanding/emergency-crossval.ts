// Measures the classifier's emergency backstop (emergency-backstop.ts): k-fold cross-validation over our tuning
// emergencies and their calm near-misses (the classifier learns from the content, the topic lines and the other
// folds, never from the fold it is scored on), for several leads and shortest sentences, with and without the
// calm veto. Prints counts only.
// With --apart WORD, the classifier learns every tuning line and is scored on the held-out files whose name holds
// WORD instead (sets written apart, e.g. fresh3), in aggregate.
// `npm exec -- tsx test/understanding/emergency-crossval.ts [--folds 5] [--leads 0.5,0.7] [--words 1,3,4] [--apart fresh3]`
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Language } from '../../src/config.js';
import { backstopAsks, type BackstopSignal } from '../../src/understanding/emergency-backstop.js';
import { layerBuilder } from './layer-builder.js';
import { readSet, TUNE_DIR } from './score.js';
import { asExamples, tuneLines, type TuneLine } from './topic-examples.js';

interface Scored {
  calm: boolean;
  /** The rules alone raised it. */
  rules: boolean;
  signal: BackstopSignal;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { folds: { type: 'string', default: '5' }, leads: { type: 'string', default: '0.5,0.6,0.7,0.8' }, words: { type: 'string', default: '1,2,3,4,5,6' }, apart: { type: 'string' } },
  });
  const { content, build: layer } = await layerBuilder();
  const files = readdirSync(TUNE_DIR).filter((f) => f.endsWith('.jsonl') && !f.includes('.holdout'));
  const topics = tuneLines(files.filter((f) => !f.includes('emergenc')));
  const emergencyLines = (names: string[]) =>
    names
      .filter((f) => f.includes('emergenc'))
      .sort()
      .flatMap((f) => readSet(f))
      .filter((l) => (l.task ?? 'topic') === 'topic')
      .map((l) => ({ ...(l as TuneLine), lang: l.lang as Language, expected: l.expected as string, calm: l.expected !== 'emergency' }));
  const lines = emergencyLines(files);
  const apart = values.apart ? emergencyLines(readdirSync(TUNE_DIR).filter((f) => f.endsWith('.holdout.jsonl') && f.includes(values.apart!))) : undefined;
  const k = apart ? 1 : Number(values.folds);
  const scored: Scored[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = asExamples(lines.filter((_, i) => apart || i % k !== fold));
    const examples = [content, topics, train].flat();
    // The rules alone: a lead no class can reach.
    const understanding = layer({ examples, backstop: { lead: 2 } });
    (apart ?? lines).forEach((line, i) => {
      if (!apart && i % k !== fold) return;
      const signal = understanding.backstopSignalOf(line.text, line.lang);
      const clear = signal.clearTopic();
      scored.push({ calm: line.calm, rules: understanding.understand(line.text, line.lang).kind === 'emergency', signal: { ...signal, clearTopic: () => clear } });
    });
  }
  const emergencies = scored.filter((s) => !s.calm);
  const calm = scored.filter((s) => s.calm);
  const count = (set: Scored[], f: (s: Scored) => boolean) => set.filter(f).length;
  console.log(`rules alone: caught ${count(emergencies, (s) => s.rules)}/${emergencies.length}, calm alarms ${count(calm, (s) => s.rules)}/${calm.length}`);
  for (const veto of [false, true])
    for (const lead of values.leads!.split(',').map(Number))
      for (const minWords of values.words!.split(',').map(Number)) {
        const asks = (s: Scored) => backstopAsks({ ...s.signal, calm: veto && s.signal.calm }, { lead, minWords });
        console.log(
          `lead ${lead}, ≥ ${minWords} words, calm veto ${veto ? 'on ' : 'off'}: backstop alone asks on ${count(emergencies, asks)} emergencies, ${count(calm, asks)} calm; ` +
            `with the rules caught ${count(emergencies, (s) => s.rules || asks(s))}/${emergencies.length}, calm alarms ${count(calm, (s) => s.rules || asks(s))}/${calm.length}`,
        );
      }
}

await main();
