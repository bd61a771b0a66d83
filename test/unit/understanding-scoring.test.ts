// The understanding scorer (npm run eval): how answers are counted, and that every set file is well formed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { readSet } from '../fixtures/understanding/score.js';
import { type Answer, emptyReport, formatReport, type SetLine, scoreLine } from '../fixtures/understanding/scoring.js';

const line = (fields: Partial<SetLine> & Pick<SetLine, 'expected'>): SetLine => ({ id: 'x', text: '…', file: 'a.jsonl', ...fields });
const score = (pairs: [SetLine, Answer | undefined][]) => {
  const report = emptyReport();
  for (const [l, a] of pairs) scoreLine(report, l, a);
  return report;
};

describe('understanding scorer', () => {
  it('counts a topic right only when it comes first, per language and per kind', () => {
    const report = score([
      [line({ lang: 'fr', expected: 'pay-rent' }), { id: 'x', topics: ['pay-rent', 'rent-arrears'] }],
      [line({ lang: 'fr', expected: 'pay-rent' }), { id: 'x', topics: ['rent-arrears', 'pay-rent'] }],
      [line({ lang: 'ar', kind: 'arabizi', expected: 'none' }), { id: 'x', topics: ['none'] }],
    ]);
    expect(report.topicsStandardByLanguage.byLabel.get('fr')).toEqual({ right: 1, total: 2 });
    expect(report.topicsByKind.byLabel.get('arabizi')).toEqual({ right: 1, total: 1 });
    expect(report.topicsAll.sum()).toEqual({ right: 2, total: 3 });
  });

  it('scores an emergencies file as caught emergencies and false alarms on calm messages', () => {
    const file = 'emergencies.tune.jsonl';
    const report = score([
      [line({ file, lang: 'en', expected: 'emergency' }), { id: 'x', topics: ['emergency'] }],
      [line({ file, lang: 'en', expected: 'emergency' }), { id: 'x', topics: ['report-repair'] }],
      [line({ file, lang: 'en', expected: 'energy-bills' }), { id: 'x', topics: ['emergency'] }],
      [line({ file, lang: 'en', expected: 'none' }), { id: 'x', topics: ['none'] }],
    ]);
    expect(report.emergenciesCaught.sum()).toEqual({ right: 1, total: 2 });
    expect(report.calmFalseAlarms.sum()).toEqual({ right: 1, total: 2 });
    expect(report.calmRightTopic.sum()).toEqual({ right: 1, total: 2 });
    expect(report.topicsAll.sum().total).toBe(0);
  });

  it('counts seats right when the number matches or, for an unclear count, when the bot asks; a wrong unasked count is silent', () => {
    const report = score([
      [line({ lang: 'fr', task: 'seats', expected: 4 }), { id: 'x', seats: 4, confirm: true }],
      [line({ lang: 'fr', task: 'seats', expected: 4 }), { id: 'x', seats: 2, confirm: false }],
      [line({ lang: 'fr', task: 'seats', expected: 4 }), { id: 'x', seats: 2, confirm: true }],
      [line({ lang: 'fr', task: 'seats', expected: null }), { id: 'x', seats: 3, confirm: true }],
      [line({ lang: 'fr', task: 'seats', expected: null }), { id: 'x', seats: null, confirm: false }],
      [line({ lang: 'fr', task: 'seats', expected: null }), { id: 'x', seats: 3, confirm: false }],
    ]);
    expect(report.seats.sum()).toEqual({ right: 3, total: 6 });
    expect(report.seatsSilentlyWrong.sum()).toEqual({ right: 2, total: 6 });
  });

  it('counts a date right only when both the days and the hours are equal, null meaning any', () => {
    const expected = { days: ['2026-12-07', '2026-12-13'], hours: null };
    const report = score([
      [line({ lang: 'en', task: 'when', expected }), { id: 'x', days: ['2026-12-07', '2026-12-13'], hours: null }],
      [line({ lang: 'en', task: 'when', expected }), { id: 'x', days: ['2026-12-07', '2026-12-12'], hours: null }],
      [line({ lang: 'en', task: 'when', expected }), { id: 'x', days: ['2026-12-07', '2026-12-13'], hours: ['08:00', '12:00'] }],
    ]);
    expect(report.dates.sum()).toEqual({ right: 1, total: 3 });
    expect(report.datesDays.sum()).toEqual({ right: 2, total: 3 });
  });

  it('counts a task the ask command does not answer as wrong and says so', () => {
    const report = score([
      [line({ task: 'language', expected: 'tr' }), { id: 'x', topics: ['none'] }],
      [line({ task: 'when', lang: 'tr', expected: { days: null, hours: null } }), undefined],
    ]);
    expect(report.language.sum()).toEqual({ right: 0, total: 1 });
    expect(report.dates.sum()).toEqual({ right: 0, total: 1 });
    const printed = formatReport(report).join('\n');
    expect(printed).toContain('no "language" answer for 1 line(s)');
    expect(printed).toContain('no "when" answer for 1 line(s)');
  });
});

const topicIds = Object.keys(
  (JSON.parse(readFileSync(join(projectRoot, 'locales/fr/procedures.json'), 'utf8')) as { topics: Record<string, unknown> }).topics,
);
const languages = ['fr', 'en', 'ar', 'es', 'pt', 'tr'];
const range = (pattern: RegExp) => (value: unknown) =>
  value === null || (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === 'string' && pattern.test(v)) && value[0] <= value[1]);
const isDays = range(/^\d{4}-\d{2}-\d{2}$/);
const isHours = range(/^\d{2}:\d{2}$/);

describe.each(['test', 'tune'])('understanding set "%s"', (set) => {
  const folder = join(projectRoot, 'test/fixtures/understanding', set);
  it.skipIf(!existsSync(folder))('has well-formed lines with unique ids and known expected values', () => {
    const lines = readSet(folder);
    expect(lines.length).toBeGreaterThan(0);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    for (const l of lines) {
      const where = `${l.file} ${l.id}`;
      expect(typeof l.text === 'string' && l.text.trim().length > 0, where).toBe(true);
      const task = l.task ?? 'topic';
      if (task !== 'language') expect(languages, where).toContain(l.lang);
      if (task === 'topic') expect([...topicIds, 'none', 'emergency'], where).toContain(l.expected);
      if (task === 'seats') expect(l.expected === null || (Number.isInteger(l.expected) && (l.expected as number) > 0), where).toBe(true);
      if (task === 'language') expect(languages, where).toContain(l.expected);
      if (task === 'when') {
        const expected = l.expected as { days: unknown; hours: unknown };
        expect(l.now, where).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
        expect(isDays(expected.days) && isHours(expected.hours), where).toBe(true);
      }
    }
  });
});

describe('understanding test set size (issue 14)', () => {
  const lines = readSet(join(projectRoot, 'test/fixtures/understanding/test'));
  const count = (keep: (l: SetLine) => boolean) => lines.filter(keep).length;
  const inFile = (name: string) => (l: SetLine) => l.file.startsWith(name);

  it('has at least 30 topic questions per language and per kind of writing, some of them off-topic', () => {
    for (const lang of languages) expect(count((l) => inFile('topics')(l) && l.lang === lang && l.kind === 'standard'), lang).toBeGreaterThanOrEqual(30);
    for (const kind of ['darija', 'arabizi', 'lowlit-fr', 'colloquial-tr']) expect(count((l) => inFile('topics')(l) && l.kind === kind), kind).toBeGreaterThanOrEqual(30);
    expect(count((l) => inFile('topics')(l) && l.expected === 'none')).toBeGreaterThanOrEqual(6);
  });

  it('has at least 24 emergencies and 24 calm near-misses, 15 seat answers, 12 date phrases and 10 first messages per language', () => {
    expect(count((l) => inFile('emergencies')(l) && l.expected === 'emergency')).toBeGreaterThanOrEqual(24);
    expect(count((l) => inFile('emergencies')(l) && l.expected !== 'emergency')).toBeGreaterThanOrEqual(24);
    for (const lang of languages) {
      expect(count((l) => l.task === 'seats' && l.lang === lang), lang).toBeGreaterThanOrEqual(15);
      expect(count((l) => l.task === 'when' && l.lang === lang), lang).toBeGreaterThanOrEqual(12);
      expect(count((l) => l.task === 'language' && l.expected === lang), lang).toBeGreaterThanOrEqual(10);
    }
  });
});
