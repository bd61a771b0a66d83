// Seat counts as residents write them in six languages: a plain count is booked as said; anything worked out,
// corrected, spelt by ear or said beside other numbers or unknown words is said back first, never booked silently.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/config.js';
import { SeatsReader } from '../../src/understanding/seats.js';

const reader = new SeatsReader();
const read = (text: string, lng: Language) => reader.read(text, lng);

/** [resident says, language, seats]: plain counts, booked without asking. */
const PLAIN: [string, Language, number][] = [
  ['3', 'fr', 3],
  ['deux svp', 'fr', 2],
  ['juste moi', 'fr', 1],
  ['nous deux', 'fr', 2],
  ['on vient à deux', 'fr', 2],
  ['x2', 'fr', 2],
  ['2x', 'en', 2],
  ['we are 3', 'en', 3],
  ['2 seats please', 'en', 2],
  ['3ppl', 'en', 3],
  ['somos cinco', 'es', 5],
  ['solo yo', 'es', 1],
  ['duas pessoas', 'pt', 2],
  ['só eu', 'pt', 1],
  ['iki kişi lütfen', 'tr', 2],
  ['sadece ben', 'tr', 1],
  ['٢', 'ar', 2],
  ['٣ أشخاص', 'ar', 3],
  ['حنا ربعة', 'ar', 4],
  ['ghir ana', 'ar', 1],
  ['jouj', 'ar', 2],
];

/** [resident says, language, seats said back]: worked out or doubtful, asked before booking. */
const ASKED: [string, Language, number][] = [
  // companions added up
  ['moi + 2', 'fr', 3],
  ['mes 3 gosses et moi', 'fr', 4],
  ['moi ma femme et les deux enfants', 'fr', 4],
  ['mes parents et moi', 'fr', 3],
  ['mon mari et moi + nos jumeaux', 'fr', 4],
  ['moi é mé 2 enfan', 'fr', 3],
  ['me and the twins', 'en', 3],
  ['my wife and my 3 kids', 'en', 5],
  ['2 adults 2 kids', 'en', 4],
  ['yo y mis dos hijas', 'es', 3],
  ['yo y mis trillizos', 'es', 4],
  ['tres mas yo', 'es', 4],
  ['eu e mais 2', 'pt', 3],
  ['2 grown ups and a toddler', 'en', 3],
  ['moi é ma fame', 'fr', 2],
  ['somos una pareja', 'es', 2],
  ['أنا وولادي الثلاثة ومراتي', 'ar', 5],
  ['جوج كبار وواحد صغير', 'ar', 3],
  ['انا ومي وبابا', 'ar', 3],
  ['انا وراجلي، الدراري لا', 'ar', 2],
  ['ana w sa7bi w mrato', 'ar', 3],
  ['ben ve kızkardeşim', 'tr', 2],
  ['we are 2 + baby', 'en', 3],
  ['on sera 2 plus mes 3 enfants', 'fr', 5],
  ['ma grand-mère et moi', 'fr', 2],
  ['mes grands-parents et moi', 'fr', 3],
  ['moi et mes 2 petits-enfants', 'fr', 3],
  ['me and my grandad', 'en', 2],
  ['yo y mis abuelos', 'es', 3],
  ['eu e o meu genro', 'pt', 2],
  ['anneannem ve ben', 'tr', 2],
  ['أنا وجدتي', 'ar', 2],
  ['eu e o meu marido', 'pt', 2],
  ['eu, a minha mulher e os gémeos', 'pt', 4],
  ['eşim ve 2 çocuğum', 'tr', 4],
  ['iki yetişkin bir çocuk', 'tr', 3],
  ['ben, eşim ve ikizler', 'tr', 4],
  ['2 büyük 2 küçük', 'tr', 4],
  ['ana w mrati w 2 drari', 'ar', 4],
  ['انا ومراتي و2 دراري', 'ar', 4],
  ['أنا و٢ أطفال', 'ar', 3],
  ['شخصان بالغان وطفل', 'ar', 3],
  ['ana w mama w baba', 'ar', 3],
  // a correction: the count said last
  ['3 non pardon 4', 'fr', 4],
  ['4, sorry I meant 5', 'en', 5],
  ['tres no perdón cuatro', 'es', 4],
  ['3, aliás 4', 'pt', 4],
  ['3 yok 4', 'tr', 4],
  ['ربعة لا خمسة', 'ar', 5],
  // someone named who does not come
  ['mon mari vient pas, ce sera moi et le bébé', 'fr', 2],
  ['coming alone, my wife works that day', 'en', 1],
  ['mi marido no puede, iremos yo y los dos niños', 'es', 3],
  ['eu, o meu marido, sem as crianças', 'pt', 2],
  ['eşim gelemiyor, ben ve oğlum', 'tr', 2],
  ['انا وراجلي بلا الدراري', 'ar', 2],
  ['kocam gelemiyo ben ve iki oglan', 'tr', 3],
  ['on est quatre, pas de bébé', 'fr', 4],
  ['my husband cant come so just me and my daughter', 'en', 2],
  // a number beside a flat, floor, age, time, date or price
  ['je viens seul, appartement 12', 'fr', 1],
  ['mon fils de 7 ans et moi', 'fr', 2],
  ['on vient a 2 a 14h', 'fr', 2],
  ['le 12 on sera 3', 'fr', 3],
  ['bâtiment B, appt 34, 2 personnes', 'fr', 2],
  ["one place please, I'm in flat 22", 'en', 1],
  ['somos 5, piso 3', 'es', 5],
  ['somos 4, moramos no 3 andar', 'pt', 4],
  ['saat 14te 2 kişi', 'tr', 2],
  ['ghir ana, f l3imara 12', 'ar', 1],
  ['ana bo7di, f ttabe9 3', 'ar', 1],
  // number words spelt by ear or with a typo
  ['troi', 'fr', 3],
  ['kato', 'fr', 4],
  ['deu', 'fr', 2],
  ['tree', 'en', 3],
  ['doiz', 'pt', 2],
  // words the reader does not know around a plain count
  ['ainda não sei, talvez 3', 'pt', 3],
  ['peut etre 3', 'fr', 3],
];

/** Vague groups and plural nouns without a count: never booked without asking. */
const VAGUE: [string, Language][] = [
  ['moi et mes enfants', 'fr'],
  ['avec ma famille', 'fr'],
  ['2 ou 3', 'fr'],
  ['me and a few mates', 'en'],
  ['yo con mis hijos', 'es'],
  ['eu e os meus filhos', 'pt'],
  ['ben ve çocuklarım', 'tr'],
  ['انا واولادي', 'ar'],
  ['3 la 4 wla 5', 'ar'],
  ['2 ou 3 places', 'fr'],
  ['au moins 3', 'fr'],
  ['moi 1', 'fr'],
  ['could be 3', 'en'],
  ['2 mas', 'es'],
  ['si somos 3', 'es'],
  ['pode ser 3', 'pt'],
  ['iki ya da üç', 'tr'],
  ['belki 2', 'tr'],
  ['جوج ولا تلاتة', 'ar'],
  ['ممكن 3', 'ar'],
];

describe('seats read from what residents write', () => {
  it.each(PLAIN)('books "%s" (%s) as %i without asking', (text, lng, seats) => {
    expect(read(text, lng)).toEqual({ seats, confirm: false });
  });

  it.each(ASKED)('says "%s" (%s) back as %i before booking', (text, lng, seats) => {
    expect(read(text, lng)).toEqual({ seats, confirm: true });
  });

  it.each(VAGUE)('never books "%s" (%s) without asking', (text, lng) => {
    const reading = read(text, lng);
    expect(reading.seats === undefined || reading.confirm).toBe(true);
  });

  it('asks as soon as a word it does not know stands beside a plain count', () => {
    for (const [text, lng] of PLAIN) {
      for (const extra of ['appartement B', 'peut-être', 'kids', 'el martes', 'الطابق', 'yarın']) {
        const reading = read(`${text} ${extra}`, lng);
        if (reading.seats !== undefined) expect(reading.confirm, `${text} ${extra}`).toBe(true);
      }
    }
  });
});
