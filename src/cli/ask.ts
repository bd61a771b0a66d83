// npm run ask: route questions the way the bot does, one at a time or as a batch of JSON lines.
import '../load-env.js';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadConfig, SUPPORTED_LANGUAGES, type Language } from '../config.js';
import { createTranslator } from '../i18n.js';
import { createKnowledge, type Knowledge } from '../knowledge/knowledge.js';

const USAGE = `Usage:
  npm run ask -- --lang fr "j'arrive pas à payer mon loyer"     prints the best three topics with scores
  npm run ask -- --batch questions.jsonl [--out answers.jsonl]  reads {"id","lang","text"} lines,
                                                                writes {"id","topics":[best first]} lines
Emergencies come out as topic "emergency", nothing relevant as "none". CONTENT_PACK selects the pack.`;

/** The topics for a question, best first, as the bot would weigh them. */
export function topicsFor(knowledge: Knowledge, text: string, lng: Language): string[] {
  const route = knowledge.router.route(text, lng);
  if (route.kind === 'emergency') return ['emergency'];
  if (route.kind === 'none') return ['none'];
  return route.candidates.map((c) => c.id);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { lang: { type: 'string', short: 'l' }, batch: { type: 'string', short: 'b' }, out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
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

  if (!values.batch) {
    const lng = languageOf(values.lang);
    const text = positionals.join(' ');
    const route = knowledge.router.route(text, lng);
    if (route.kind === 'emergency') console.log(`emergency (${route.emergency})`);
    else if (route.kind === 'none') console.log('none');
    else for (const c of route.candidates) console.log(`${c.id}\t${c.score}`);
    return;
  }

  const output = values.out ? createWriteStream(values.out) : process.stdout;
  const lines = createInterface({ input: createReadStream(values.batch), crlfDelay: Infinity });
  let count = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const { id, lang, text } = JSON.parse(line) as { id: string; lang?: string; text: string };
    output.write(`${JSON.stringify({ id, topics: topicsFor(knowledge, text, languageOf(lang)) })}\n`);
    if (++count % 500 === 0) process.stderr.write(`${count} questions routed\n`);
  }
  if (output !== process.stdout) output.end();
  process.stderr.write(`${count} questions routed\n`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
