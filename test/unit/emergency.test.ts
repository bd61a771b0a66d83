// Emergencies are caught in every language, and ordinary housing questions never raise one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmergencyDetector } from '../../src/knowledge/emergency.js';
import { projectRoot } from '../../src/paths.js';
import { realTranslator } from '../helpers/setup.js';

type Cases = Record<string, { emergency: [string, string][]; ordinary: string[] }>;
const fixtures = JSON.parse(readFileSync(join(projectRoot, 'test/fixtures/emergencies.json'), 'utf8')) as Cases;
const questions = readFileSync(join(projectRoot, 'test/fixtures/understanding/tune/topics-legacy.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });

describe('emergency detection', () => {
  let detector: EmergencyDetector;
  beforeAll(async () => {
    detector = new EmergencyDetector(await realTranslator());
  });

  it.each(Object.keys(fixtures))('catches every emergency in %s, with its kind', (lng) => {
    for (const [text, kind] of fixtures[lng]!.emergency) expect(detector.detect(text), text).toBe(kind);
  });

  it.each(Object.keys(fixtures))('raises nothing on ordinary %s messages', (lng) => {
    for (const text of fixtures[lng]!.ordinary) expect(detector.detect(text), text).toBeUndefined();
  });

  it('raises nothing on any of the routing evaluation questions', () => {
    for (const { text } of questions) expect(detector.detect(text), text).toBeUndefined();
  });

  it.each([
    "j'ai le gaz de ville, comment payer ?",
    'ma facture de gaz est trop chère',
    'mon détecteur de fumée sonne quand la pile est faible',
    "comment déclarer un dégât des eaux à l'assurance",
    "j'ai reçu une lettre d'expulsion pour l'an prochain",
    'feu d’artifice du 14 juillet',
  ])('does not fire on "%s"', (text) => {
    expect(detector.detect(text)).toBeUndefined();
  });

  it('keeps patterns of short words in their order: "mi ex me" is not "me separé y mi ex"', () => {
    expect(detector.detect('me separé y mi ex se fue del piso, quiero quitar su nombre del contrato')).toBeUndefined();
    expect(detector.detect('mi ex me pega')).toBe('domesticViolence');
  });

  it('catches words in another order and Arabic words joined to "and"', () => {
    expect(detector.detect('il y a une odeur très forte de gaz')).toBe('gas'); // "odeur de gaz" with words between
    expect(detector.detect('ابني طاح من الدرج وكينزف بزاف')).toBeDefined();
  });
});
