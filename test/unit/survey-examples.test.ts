// The example surveys shipped for staff are valid definitions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { surveySchema } from '../../src/surveys/survey.js';

const dir = join(projectRoot, 'src/surveys/examples');

describe('example surveys', () => {
  it.each(readdirSync(dir).filter((f) => f.endsWith('.json')))('%s is a valid survey in all six languages', (file) => {
    const survey = surveySchema.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    expect(Object.keys(survey.title).sort()).toEqual(['ar', 'en', 'es', 'fr', 'pt', 'tr']);
    for (const q of survey.questions) expect(Object.keys(q.text)).toHaveLength(6);
  });
});
