// Saves eld's 'medium' n-gram database cut down to Palier's six languages (src/understanding/lexicon/eld-ngrams.json).
// The full database holds 60 languages and costs about 180 MB of resident memory; the cut one about 15 MB, and it scores
// the six languages exactly as the full one does with setLanguageSubset (test/unit/eld-subset.test.ts checks it).
// eld's own saveSubset() works only in a web browser, hence this script. Run it again after upgrading eld:
//   node scripts/eld-subset.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];
const eldEntry = import.meta.resolve('eld');
const { ngramsData } = await import(new URL('../ngrams/medium.js', eldEntry).href);
const { version } = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', eldEntry)), 'utf8'));

const kept = new Set(Object.entries(ngramsData.languages).filter(([, code]) => LANGUAGES.includes(code)).map(([id]) => id));
const ngrams = {};
for (const [ngram, byLanguage] of Object.entries(ngramsData.ngrams)) {
  const scores = Object.fromEntries(Object.entries(byLanguage).filter(([id]) => kept.has(id)));
  if (Object.keys(scores).length) ngrams[ngram] = scores;
}
const out = fileURLToPath(new URL('../src/understanding/lexicon/eld-ngrams.json', import.meta.url));
const data = { source: `eld ${version}, medium database (Apache-2.0, Nito T.M.), cut to ${LANGUAGES.join(' ')}`, type: ngramsData.type, languages: ngramsData.languages, isSubset: true, ngrams };
writeFileSync(out, `${JSON.stringify(data)}\n`);
console.log(`${Object.keys(ngramsData.ngrams).length} n-grams → ${Object.keys(ngrams).length}, written to ${out}`);
