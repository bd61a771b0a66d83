// The content check: each pack's texts follow the plain-language rules, carry no term of the other country, and every claim names its source.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, SUPPORTED_LANGUAGES } from '../../src/config.js';
import { checkPack, type PackReport } from '../../src/content-check/check-pack.js';
import { checkTexts, type ResidentText, type Rule } from '../../src/content-check/rules.js';
import { EMERGENCY_KINDS, emergencyMessage } from '../../src/knowledge/emergency.js';
import { loadPackManifest } from '../../src/knowledge/content.js';
import { packsDir } from '../../src/knowledge/knowledge.js';
import { realTranslator } from '../helpers/setup.js';

const PACKS = readdirSync(packsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const findings = (report: PackReport, rule: Rule, lng: string) => report.findings.filter((f) => f.rule === rule && f.lng === lng).map((f) => `${f.key}: ${f.detail}`);

describe('content rules', () => {
  const text = (kind: ResidentText['kind'], value: string, extra: Partial<ResidentText> = {}): ResidentText => ({ pack: 'p', lng: 'fr', key: 'k', kind, text: value, ...extra });
  const rulesOf = (item: ResidentText, terms: Record<string, string[]> = {}) => checkTexts([item], () => ({ terms, patterns: ['\\b0[1-9](?: \\d\\d){4}\\b'] })).map((f) => f.rule);

  it.each([
    ['a sentence over 20 words', text('step', 'un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize dix-sept dix-huit dix-neuf vingt vingt-et-un.'), ['long-sentence']],
    ['two ideas joined by a colon', text('step', 'Lisez l’avis : il donne le loyer du mois.'), ['joined-ideas']],
    ['two ideas joined by a semicolon', text('simpleStep', 'Payez ; gardez le reçu.'), ['joined-ideas']],
    ['an Arabic semicolon', text('step', 'ادفعوا؛ احتفظوا بالوصل.', { lng: 'ar' }), ['joined-ideas']],
    ['a time is not two ideas', text('step', 'Venez à 10:30.'), []],
    ['a colon before a list of short items is one idea', text('step', 'Les petites réparations sont pour vous : ampoules, joints, clés perdues.'), []],
    ['a colon before a clause among list items', text('step', 'Lisez l’avis : il détaille le loyer du mois, les charges et l’aide.'), ['joined-ideas']],
    ['an acronym the topic does not explain', text('step', 'Demandez l’APL.', { explained: new Set(['CAF']) }), ['unexplained-acronym']],
    ['an explained acronym', text('step', 'Demandez l’APL.', { explained: new Set(['APL']) }), []],
    ['an acronym glued to an Arabic letter', text('step', 'اطلبوا وAPL.', { lng: 'ar', explained: new Set() }), ['unexplained-acronym']],
    ['a simple step longer than its normal step', text('simpleStep', 'Payez le loyer chaque mois sans faute.', { normal: 'Payez le loyer.' }), ['simple-not-simpler']],
  ])('flags %s', (_name, item, expected) => {
    expect(rulesOf(item)).toEqual(expected);
  });

  it.each([
    ['an all-capital term as written', 'Demandez au CPAS.', { all: ['CPAS'] }, ['other-country']],
    ['not inside another word', 'Le CPASSE.', { all: ['CPAS'] }, []],
    ['a word in any case, for its language only', 'La Trêve hivernale.', { fr: ['trêve hivernale'] }, ['other-country']],
    ['a phone number shape', 'Appelez le 06 12 34 56 78.', {}, ['other-country']],
  ])('finds the other country: %s', (_name, value, terms, expected) => {
    expect(rulesOf(text('shared', value), terms)).toEqual(expected);
  });
});

describe.each(PACKS)('pack %s', (pack) => {
  let report: PackReport;
  beforeAll(async () => {
    report = await checkPack(pack);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: sentences of 20 words at most, one idea each, acronyms explained, simple steps simpler', (lng) => {
    for (const rule of ['long-sentence', 'joined-ideas', 'unexplained-acronym', 'simple-not-simpler'] as const) expect(findings(report, rule, lng), rule).toEqual([]);
  });

  it('lists the claims of every topic, each with a source an editor can open', () => {
    expect(report.claimProblems).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: no term, number or rule of the other country reaches a resident', (lng) => {
    expect(findings(report, 'other-country', lng)).toEqual([]);
  });

  it('shows an example landlord contact of its own country until one is configured', () => {
    const manifest = loadPackManifest(pack, packsDir);
    const { landlord } = loadConfig({ NODE_ENV: 'test', CONTENT_PACK: pack });
    const texts = [landlord.phone, landlord.address].map((value): ResidentText => ({ pack, lng: 'fr', key: 'landlord', kind: 'shared', text: value }));
    expect(checkTexts(texts, () => ({ terms: manifest.otherCountryTerms, patterns: manifest.otherCountryPatterns }))).toEqual([]);
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: every emergency answer is the pack\'s own', async (lng) => {
    const manifest = loadPackManifest(pack, packsDir);
    const t = (await realTranslator(pack)).fixedT(lng);
    const shown = EMERGENCY_KINDS.map((kind) => emergencyMessage(kind, manifest.emergencies[kind] ?? [], t));
    const texts = shown.map((value, i): ResidentText => ({ pack, lng, key: EMERGENCY_KINDS[i]!, kind: 'shared', text: value }));
    const leaks = checkTexts(texts, () => ({ terms: manifest.otherCountryTerms, patterns: manifest.otherCountryPatterns }));
    expect(leaks.map((f) => `${f.key}: ${f.detail}`)).toEqual([]);
  });
});
