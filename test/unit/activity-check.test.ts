import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityProblem, activitySchema, plainlyValid } from '../../src/activity-check.js';

const valid = { type: 'message', id: 'm1', text: 'menu', channelId: 'sms', serviceUrl: 'http://127.0.0.1:9', from: { id: 'u' }, recipient: { id: 'b' }, conversation: { id: 'c' }, locale: 'fr-FR' };

/** Values around each rule's edges: missing, null, wrong types, empty and over-long strings, arrays. */
const oddValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.boolean(),
  fc.string({ maxLength: 3 }),
  fc.constantFrom('', 'x'.repeat(33), 'x'.repeat(65), 'x'.repeat(129), 'x'.repeat(513), 'x'.repeat(1025), 'x'.repeat(2049)),
  fc.array(fc.integer(), { maxLength: 60 }),
  fc.record({ id: fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(''), fc.constant('x'.repeat(600))) }),
);
const field = fc.constantFrom('type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'text', 'locale', 'attachments');

describe('activityProblem', () => {
  it('accepts a well-formed activity through the plain check', () => {
    expect(plainlyValid(valid)).toBe(true);
    expect(activityProblem(valid)).toBeUndefined();
  });

  it('says why with the schema when the plain check refuses', () => {
    expect(activityProblem({ ...valid, text: 42 })).toBe('activity.text: Expected string, received number');
    expect(activityProblem({ ...valid, conversation: { id: '' } })).toMatch(/^activity\.conversation\.id: /);
    expect(activityProblem([1, 2])).toMatch(/^activity\.\(body\): /);
  });

  it('never accepts what the schema refuses (property-based)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(field, oddValue), { minLength: 1, maxLength: 3 }), (changes) => {
        const body: Record<string, unknown> = { ...valid };
        for (const [key, value] of changes) body[key] = value;
        if (plainlyValid(body)) expect(activitySchema.safeParse(body).success).toBe(true);
      }),
      { numRuns: 2_000, seed: 20261203 },
    );
  });
});
