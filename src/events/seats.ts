// How many seats a resident asks for, said any way: "3", "trois", "on sera deux", "juste moi", "moi et mon fils".
import type { Language } from '../config.js';
import type { Translator } from '../i18n.js';
import type { Recognizer } from '../recognize.js';
import { foldText } from '../text.js';

export function seatsFrom(text: string, lng: Language, translator: Translator, recognizer: Recognizer): number | undefined {
  const folded = ` ${foldText(text)} `;
  const says = (key: string) => translator.list(lng, `workshops:seats.${key}`).some((p) => folded.includes(` ${foldText(p)} `));
  if (says('alone')) return 1;
  if (says('withOne')) return 2;
  const n = recognizer.number(text, lng);
  if (n === undefined) return undefined;
  // "moi et mes trois enfants": the others, plus the resident.
  return says('withMe') ? n + 1 : n;
}
