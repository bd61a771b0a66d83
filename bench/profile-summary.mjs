// `node bench/profile-summary.mjs FILE.cpuprofile [N]`: self time per script (url) and the N hottest functions, from a V8 CPU profile.
import { readFileSync } from 'node:fs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: node bench/profile-summary.mjs FILE.cpuprofile [N]');
const { nodes, samples, timeDeltas } = JSON.parse(readFileSync(file, 'utf8'));
const selfMs = new Map();
timeDeltas.forEach((delta, i) => selfMs.set(samples[i], (selfMs.get(samples[i]) ?? 0) + delta / 1000));
const byUrl = new Map();
const byFunction = new Map();
let total = 0;
for (const node of nodes) {
  const ms = selfMs.get(node.id) ?? 0;
  total += ms;
  const { url, functionName, lineNumber } = node.callFrame;
  const where = url ? url.replace(/^file:\/\/.*?node_modules\//, '').replace(/^file:\/\/.*?\/(src|bench)\//, '$1/') : `(${functionName || 'native'})`;
  byUrl.set(where, (byUrl.get(where) ?? 0) + ms);
  const fn = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
}
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [name, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) console.log(`${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${name}`);
};
console.log(`${file}: ${total.toFixed(0)} ms sampled`);
print('self time per script', byUrl);
print('self time per function', byFunction);
