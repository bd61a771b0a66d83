// The classifier's emergency backstop: a danger told in words no emergency rule knows still gets the one short
// question "is it happening now?"; calm near-misses stay calm; the emergency and calm classes are never topics.
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES, type Language } from '../../src/config.js';
import { createKnowledge, topicTraining } from '../../src/knowledge/knowledge.js';
import { CALM_CLASS, EMERGENCY_CLASS } from '../../src/understanding/topic-classifier.js';
import { Understanding } from '../../src/understanding/understanding.js';
import { realTranslator } from '../helpers/setup.js';

describe('emergency backstop', () => {
  let understanding: Understanding;
  /** The same understanding with the backstop out of reach: the rules alone. */
  let rulesOnly: Understanding;

  beforeAll(async () => {
    const translator = await realTranslator();
    const knowledge = createKnowledge({ contentPack: 'france', languages: [...SUPPORTED_LANGUAGES], directoryFile: undefined }, translator);
    understanding = knowledge.understanding;
    const topics = knowledge.content.all('fr').map((t) => t.id);
    const { examples, frenchVocabulary } = topicTraining(knowledge.content, SUPPORTED_LANGUAGES, topics);
    rulesOnly = new Understanding({ translator, index: knowledge.router, emergencies: knowledge.emergencies, topics, timeZone: 'Europe/Paris', examples, frenchVocabulary, backstop: { lead: 2 } });
  });

  it.each<[string, Language]>([
    ['o armário caiu em cima da minha filha e ela não sai', 'pt'],
  ])('asks about a danger the rules do not see: %s', (text, lng) => {
    expect(rulesOnly.emergency(text, lng)).toBeUndefined();
    expect(understanding.emergency(text, lng)).toEqual({ kind: 'injury', certainty: 'unsure', backstop: true });
    expect(understanding.understand(text, lng)).toEqual({ kind: 'emergency', emergency: 'injury', certainty: 'unsure' });
  });

  it.each<[string, Language]>([
    ['le détecteur de fumée bipe, il faut changer la pile', 'fr'],
    ['I saw a fire on the news yesterday, are we insured', 'en'],
    ['the smoke alarm battery is low, who changes it', 'en'],
  ])('stays calm on a near-miss: %s', (text, lng) => {
    expect(understanding.emergency(text, lng)).toBeUndefined();
    expect(understanding.understand(text, lng).kind).not.toBe('emergency');
  });

  it('does not ask when the words name one clear topic (a broken garage lock is a repair)', () => {
    const understood = understanding.understand('serrure dyal lbab dyal garage mkhssra', 'ar');
    expect(understood.kind).not.toBe('emergency');
  });

  it.each<[string, Language]>([
    ['o teto da cozinha está caindo em cima do meu filho agora', 'pt'],
    ['le détecteur de fumée bipe, il faut changer la pile', 'fr'],
    ['my neighbour upstairs is shouting again', 'en'],
  ])('never offers the emergency or calm class as a topic: %s', (text, lng) => {
    const { ranked } = (understanding as unknown as { router: { rank: (t: string, c: string[], l: Language) => { ranked: { id: string }[] } } }).router.rank(text, text.split(' '), lng);
    const ids = ranked.map((r) => r.id);
    expect(ids).not.toContain(EMERGENCY_CLASS);
    expect(ids).not.toContain(CALM_CLASS);
    expect(ids.length).toBeGreaterThan(0);
  });
});
