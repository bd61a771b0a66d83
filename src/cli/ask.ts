// npm run ask: understand messages the way the bot does, one at a time or as a batch of JSON lines.
import '../load-env.js';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig, SUPPORTED_LANGUAGES, type Language } from '../config.js';
import { createTranslator } from '../i18n.js';
import { createKnowledge, type Knowledge } from '../knowledge/knowledge.js';
import { answerBatchLine, parseNow, type BatchInput } from '../understanding/batch.js';

const USAGE = `Usage:
  npm run ask -- --lang fr "j'arrive pas à payer mon loyer"     prints the best three topics with scores
  npm run ask -- --batch FILE [--now 2026-12-03T10:00] [--out answers.jsonl]
      reads {"id","lang","text","task"} lines; task is topic (default), seats, when or language; writes
      {"id","topics":[best first]}  {"id","seats":N|null,"confirm":bool}
      {"id","days":[first,last]|null,"hours":[from,to]|null}  {"id","language":"ar"}
Emergencies come out as topic "emergency", nothing relevant as "none". --now is a local time in TIME_ZONE.
CONTENT_PACK selects the pack.`;

/** The topics for a question, best first, as the bot would weigh them. */
export function topicsFor(knowledge: Knowledge, text: string, lng: Language): string[] {
  return knowledge.understanding.topics(text, lng);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: {
      lang: { type: 'string', short: 'l' },
      batch: { type: 'string', short: 'b' },
      out: { type: 'string', short: 'o' },
      now: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  });
  if (values.help || (!values.batch && positionals.length === 0)) {
    console.log(USAGE);
    return;
  }
  const config = loadConfig();
  const translator = await createTranslator({ languages: config.languages, defaultLanguage: config.defaultLanguage, contentPack: config.contentPack });
  const knowledge = createKnowledge(config, translator);
  const languageOf = (value: string | undefined): Language => {
    const lng = (value ?? config.defaultLanguage) as Language;
    if (!SUPPORTED_LANGUAGES.includes(lng)) throw new Error(`--lang must be one of ${SUPPORTED_LANGUAGES.join(', ')} (got "${value}")`);
    return lng;
  };
  const now = parseNow(values.now, config.timeZone);

  if (!values.batch) {
    const lng = languageOf(values.lang);
    const understood = knowledge.understanding.understand(positionals.join(' '), lng);
    if (understood.kind === 'emergency') console.log(`emergency (${understood.emergency}, ${understood.certainty})`);
    else if (understood.kind === 'none') console.log('none');
    else for (const c of understood.candidates) console.log(`${c.id}\t${c.score}`);
    return;
  }

  const output = values.out ? createWriteStream(values.out) : process.stdout;
  const lines = createInterface({ input: createReadStream(values.batch), crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const input = JSON.parse(line) as BatchInput;
    // A line without a language is read in the language its words are in.
    const lng = input.lang ? languageOf(input.lang) : (knowledge.understanding.language(input.text).language ?? config.defaultLanguage);
    output.write(`${JSON.stringify(answerBatchLine(input, knowledge.understanding, lng, now))}\n`);
    if (++count % 500 === 0) process.stderr.write(`${count} lines answered\n`);
  }
  if (output !== process.stdout) output.end();
  process.stderr.write(`${count} lines answered\n`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
