// The topic classifier trained at build time: read back, it is the classifier start-up would train, to the bit;
// trained on anything else (content or examples changed since the build), it is not used.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../src/config.js';
import { createKnowledge, topicTraining } from '../../src/knowledge/knowledge.js';
import { TopicClassifier, type TopicCounts } from '../../src/understanding/topic-classifier.js';
import { readTopicModel, topicFingerprint, writeTopicModel } from '../../src/understanding/topic-model.js';
import type { TextExample } from '../../src/understanding/topic-examples.js';
import type { Understanding } from '../../src/understanding/understanding.js';
import { realTranslator } from '../helpers/setup.js';

/** The classifier's learned table, to compare two classifiers exactly. */
const table = (classifier: TopicClassifier) => (classifier as unknown as { logLikelihood: Float32Array }).logLikelihood;
const classifierOf = (understanding: Understanding) => (understanding as unknown as { router: { classifier: TopicClassifier } }).router.classifier;

describe('topic model trained at build time', () => {
  let examples: TextExample[];
  let frenchVocabulary: string[];
  let understanding: Understanding;
  let counts: TopicCounts;
  const file = join(mkdtempSync(join(tmpdir(), 'palier-topic-model-')), 'topic-model.json');

  beforeAll(async () => {
    const translator = await realTranslator();
    const knowledge = createKnowledge({ contentPack: 'france', languages: [...SUPPORTED_LANGUAGES], directoryFile: undefined }, translator);
    understanding = knowledge.understanding;
    const topics = knowledge.content.all('fr').map((t) => t.id);
    ({ examples, frenchVocabulary } = topicTraining(knowledge.content, SUPPORTED_LANGUAGES, topics));
    counts = understanding.topicCounts(examples);
    writeTopicModel(counts, topicFingerprint(examples, frenchVocabulary), file);
  }, 60_000);

  it('read back from its file, is the classifier start-up trains on the same content and examples', () => {
    const saved = readTopicModel(topicFingerprint(examples, frenchVocabulary), file);
    expect(saved).toBeDefined();
    const rebuilt = new TopicClassifier(saved!);
    const trained = classifierOf(understanding);
    expect(rebuilt.topics).toEqual(trained.topics);
    expect(Buffer.from(table(rebuilt).buffer, table(rebuilt).byteOffset, table(rebuilt).byteLength)).toEqual(Buffer.from(table(trained).buffer, table(trained).byteOffset, table(trained).byteLength));
    for (const message of ['je narrive pas a payer mon loyer', 'fuite d eau sous l evier', 'kira odeyemiyorum', 'بغيت نبدل الدار']) {
      const words = message.split(' ');
      expect(rebuilt.classify(words)).toEqual(trained.classify(words));
    }
  });

  it('is not used once an example, a weight or the French vocabulary changed since the build', () => {
    const fingerprint = topicFingerprint(examples, frenchVocabulary);
    const [first, ...rest] = examples;
    expect(topicFingerprint([{ ...first!, text: `${first!.text} ?` }, ...rest], frenchVocabulary)).not.toBe(fingerprint);
    expect(topicFingerprint([{ ...first!, weight: (first!.weight ?? 1) + 1 }, ...rest], frenchVocabulary)).not.toBe(fingerprint);
    expect(topicFingerprint(examples, [...frenchVocabulary, 'locataire'])).not.toBe(fingerprint);
    expect(readTopicModel(topicFingerprint(rest, frenchVocabulary), file)).toBeUndefined();
  });

  it('is simply absent when there is no file or it cannot be read (run from src/, a build without it)', () => {
    expect(readTopicModel('any', join(tmpdir(), 'no-such-folder', 'topic-model.json'))).toBeUndefined();
    const broken = join(mkdtempSync(join(tmpdir(), 'palier-topic-model-')), 'topic-model.json');
    writeFileSync(broken, '{"fingerprint":');
    expect(readTopicModel('any', broken)).toBeUndefined();
  });
});
