// Emergencies read as situations: a hazard with a sense, a state or a time, in every language; calm cues win.
import { beforeAll, describe, expect, it } from 'vitest';
import { createKnowledge, type Knowledge } from '../../src/knowledge/knowledge.js';
import type { Language } from '../../src/config.js';
import { realTranslator, testConfig } from '../helpers/setup.js';

describe('emergencies as situations', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = createKnowledge({ ...testConfig('/tmp/unused'), timeZone: 'Europe/Paris' }, await realTranslator());
  });
  const read = (text: string, lng: Language) => knowledge.understanding.emergency(text, lng);

  it.each([
    ['fr', 'il y a une odeur bizarre de gaz et j ai la tete qui tourne', 'gas'],
    ['en', 'thick black smoke coming up the stairs', 'fire'],
    ['es', 'se rompio la tuberia y el agua llega a los enchufes', 'flood'],
    ['pt', 'a vizinha caiu e esta inconsciente no chao', 'injury'],
    ['tr', 'kocam beni dovuyor', 'domesticViolence'],
    ['ar', 'واحد عندو جنوي فالدروج كيهدد الناس', 'violence'],
    ['ar', 'lwissi w lbolis f lbab bghaw ykhrjouna lyoum', 'evictionToday'],
    ['ar', 'الما كيخرج من تحت الباب ودخل للبيوت كاملين', 'flood'],
  ] as [Language, string, string][])('%s "%s" is a %s happening now', (lng, text, kind) => {
    expect(read(text, lng)).toEqual({ kind, certainty: 'now' });
  });

  it.each([
    ['en', 'there is smoke in the stairwell'],
    ['es', 'humo en el pasillo'],
    ['fr', 'mon voisin est tombé, il est par terre dans le hall'],
  ] as [Language, string][])('%s "%s" may be a danger: the bot asks', (lng, text) => {
    expect(read(text, lng)?.certainty).toBe('unsure');
  });

  it.each([
    ['fr', "j'ai vu un incendie a la tele hier soir"],
    ['fr', 'une petite fuite d eau sous l evier'],
    ['en', 'my mum slipped in the bath a few weeks ago, she is fine now'],
    ['en', 'the smoke alarm keeps beeping, battery low'],
    ['es', 'como evitar una fuga de gas'],
    ['pt', 'recebi a fatura do gas e veio muito cara'],
    ['tr', 'gecen ay banyoda su basmisti, sigorta oder mi'],
    ['ar', 'فاتورة الغاز جات غالية بزاف'],
    ['ar', 'l huissier 3tani date dyal l expulsion f mars'],
    ['fr', 'le voisin frappe a la porte tous les soirs pour rien'],
    ['ar', 'jari kaydreb lbab kol lil w kaydir sda3'],
  ] as [Language, string][])('%s "%s" is calm', (lng, text) => {
    expect(read(text, lng)).toBeUndefined();
  });

  it('still asks when a past danger is said to go on', () => {
    expect(read('hier il y avait une odeur de gaz et ca sent encore', 'fr')?.certainty).toBe('unsure');
  });
});
