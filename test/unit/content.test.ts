// Procedure content check: every topic of every pack in every language, complete and plain.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/config.js';
import type { Translator } from '../../src/i18n.js';
import { loadPackManifest, ProcedureContent, type Topic } from '../../src/knowledge/content.js';
import { packsDir } from '../../src/knowledge/knowledge.js';
import { realTranslator } from '../helpers/setup.js';

const PACKS = readdirSync(packsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const FRANCE_TOPICS = [
  'apply-social-housing', 'housing-allowance', 'pay-rent', 'rent-arrears', 'service-charges', 'report-repair',
  'home-insurance', 'move-in', 'move-out', 'housing-transfer', 'household-change', 'neighbour-dispute',
  'supported-housing', 'energy-bills', 'renovation-works', 'buy-social-home', 'moving-help', 'home-adaptation',
];
const WALLONIA_TOPICS = ['apply-social-housing', 'rent-arrears', 'report-repair', 'move-out', 'moving-help'];

/** Words that only French would use: a sentence holding several is French left untranslated. */
const FRENCH_MARKERS = /\b(vous|votre|vos|avec|pour|dans|être|sont|est|les|des|une|aux|qui|que|pas)\b/gi;
const sentences = (text: string) => text.split(/(?<=[.!?؟])\s+/).filter((s) => s.trim());
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

describe.each(PACKS)('content pack %s', (packName) => {
  let translator: Translator;
  let content: ProcedureContent;
  beforeAll(async () => {
    translator = await realTranslator();
    content = new ProcedureContent(loadPackManifest(packName, packsDir), translator);
  });

  it('has the required topics in every language', () => {
    const expected = packName === 'france' ? FRANCE_TOPICS : packName === 'wallonia' ? WALLONIA_TOPICS : content.all('fr').map((t) => t.id);
    for (const lng of SUPPORTED_LANGUAGES) expect(content.all(lng).map((t) => t.id).sort(), lng).toEqual([...expected].sort());
  });

  it.each(SUPPORTED_LANGUAGES.map((l) => [l]))('%s: steps are short, sources and dates present, structure matches French', (lng: Language) => {
    for (const topic of content.all(lng)) {
      const fr = content.get('fr', topic.id) as Topic;
      expect(topic.steps.length, `${lng} ${topic.id}`).toBe(fr.steps.length);
      expect(topic.simpleSteps.length, `${lng} ${topic.id}`).toBe(topic.steps.length);
      expect(topic.steps.length).toBeGreaterThanOrEqual(3);
      expect(topic.steps.length).toBeLessThanOrEqual(8);
      for (const step of [...topic.steps, ...topic.simpleSteps]) {
        expect(sentences(step).length, `${lng} ${topic.id}: ${step}`).toBeLessThanOrEqual(2);
        for (const sentence of sentences(step)) expect(words(sentence).length, `${lng} ${topic.id}: ${sentence}`).toBeLessThanOrEqual(20);
      }
      expect({ family: topic.family, helpers: topic.helpers, url: topic.source.url, sheetDate: topic.source.sheetDate, checked: topic.checked }).toEqual({
        family: fr.family, helpers: fr.helpers, url: fr.source.url, sheetDate: fr.source.sheetDate, checked: fr.checked,
      });
      expect(Boolean(topic.note), `${lng} ${topic.id} note`).toBe(Boolean(fr.note));
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'fr').map((l) => [l]))('%s: no French left untranslated', (lng: Language) => {
    for (const topic of content.all(lng)) {
      const texts = [topic.title, topic.summary, ...topic.steps, ...topic.simpleSteps, topic.note ?? ''];
      for (const text of texts) {
        const markers = text.match(FRENCH_MARKERS) ?? [];
        expect(markers.length, `${lng} ${topic.id}: "${text}" looks French`).toBeLessThan(3);
      }
    }
  });
});
