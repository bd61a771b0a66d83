// What each simulated resident says to each bench server, and the replies it expects (Palier's from locales/fr).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localesDir } from '../src/paths.js';
import type { Script, Turn } from './load-driver.js';

/** The reference dialog bot's texts: the server says them, the residents check them. */
export const sdkDialogTexts = {
  askName: 'What is your name?',
  askCity: 'Which city do you live in?',
  thanks: (name: string, city: string) => `Thank you, ${name} from ${city}. Goodbye!`,
};

/** The replies must be exactly these texts. */
const exactly =
  (...expected: string[]) =>
  (replies: string[]) =>
    JSON.stringify(replies) === JSON.stringify(expected) ? undefined : `expected ${JSON.stringify(expected)}, got ${JSON.stringify(replies)}`;

/** The replies together must contain every part (text or pattern). */
const containing =
  (...parts: (string | RegExp)[]) =>
  (replies: string[]) => {
    const all = replies.join('\n');
    const missing = parts.find((p) => (typeof p === 'string' ? !all.includes(p) : !p.test(all)));
    return missing === undefined ? undefined : `expected ${String(missing)} in ${JSON.stringify(all.slice(0, 300))}`;
  };

export const echoScript: Script = {
  cycle: (_resident, cycle) => [{ text: `hello ${cycle}`, check: exactly(`hello ${cycle}`) }],
};

export const sdkDialogScript: Script = {
  cycle(resident, cycle) {
    const name = `Resident ${resident}`;
    const city = `City ${cycle}`;
    return [
      { text: 'start', check: exactly(sdkDialogTexts.askName) },
      { text: name, check: exactly(sdkDialogTexts.askCity) },
      { text: city, check: exactly(sdkDialogTexts.thanks(name, city)) },
    ];
  },
};

const fr = <T>(namespace: string): T => JSON.parse(readFileSync(join(localesDir, 'fr', `${namespace}.json`), 'utf8')) as T;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole need submission in French, then back to the menu; every receipt must be new. */
export function palierScript(): Script {
  const menu = fr<{ prompt: string; promptAgain: string; items: { need: { label: string } } }>('menu');
  const needs = fr<{
    kind: { prompt: string; need: string };
    category: { prompt: string };
    text: { prompt: string };
    site: { prompt: string };
    audience: { prompt: string };
    contact: { consent: string; notify: string };
    summary: { title: string; noContact: string; send: string };
    sent: string;
  }>('needs');
  const no = fr<{ yesNo: { no: string } }>('common').yesNo.no.toLowerCase();
  const sent = new RegExp(escape(needs.sent).replace(escape('{{receipt}}'), '(B-\\d{4}-\\d{4,})'));
  const receipts = new Set<string>();
  const receiptIsNew = (replies: string[]) => {
    const receipt = sent.exec(replies.join('\n'))?.[1];
    if (!receipt) return `no receipt matching ${sent} in ${JSON.stringify(replies)}`;
    if (receipts.has(receipt)) return `receipt ${receipt} given twice`;
    receipts.add(receipt);
    return undefined;
  };

  return {
    locale: 'fr-FR',
    cycle(resident, cycle) {
      const words = `La porte du local vélos du bâtiment ${1 + (resident % 9)} ferme mal depuis ${2 + (cycle % 5)} semaines, les vélos des enfants restent dehors la nuit dans la cour.`;
      const send: Turn = {
        text: needs.summary.send,
        check: (replies) => containing(sent, menu.promptAgain)(replies) ?? receiptIsNew(replies),
      };
      return [
        { text: 'menu', check: containing(menu.prompt, menu.items.need.label) },
        { text: menu.items.need.label, check: containing(needs.kind.prompt, needs.kind.need) },
        { text: '1', check: containing(needs.category.prompt) },
        { text: '1', check: containing(needs.text.prompt) },
        { text: words, check: containing(needs.site.prompt) },
        { text: '1', check: containing(needs.audience.prompt) },
        { text: '1', check: containing(needs.contact.consent) },
        { text: no, check: containing(needs.contact.notify) },
        { text: no, check: containing(needs.summary.title, words, needs.summary.noContact, needs.summary.send) },
        send,
      ];
    },
  };
}
