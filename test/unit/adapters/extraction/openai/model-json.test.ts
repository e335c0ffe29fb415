import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fillNullableFields, jsonCandidates } from '../../../../../src/adapters/extraction/openai/model-json.ts';

describe('jsonCandidates', () => {
  it('reads the whole answer first, then fences, then balanced objects; braces inside strings do not count', () => {
    expect(jsonCandidates('{"a":1}')).toEqual([{ value: { a: 1 }, wrapping: 'none' }]);
    expect(jsonCandidates('Here:\n```json\n{"a":"}"}\n```')).toEqual([{ value: { a: '}' }, wrapping: 'fence' }]);
    expect(jsonCandidates('x {"a":"{"} y {"b":[{"c":2}]} z')).toEqual([
      { value: { a: '{' }, wrapping: 'prose' },
      { value: { b: [{ c: 2 }] }, wrapping: 'prose' },
    ]);
  });

  it("skips a reasoning model's <think> block, and finds nothing in text without an object", () => {
    expect(jsonCandidates('<think>maybe {"draft": true}</think>\n{"a":1}')).toEqual([{ value: { a: 1 }, wrapping: 'none' }]);
    expect(jsonCandidates('no JSON here, just [1, 2] and "quotes"')).toEqual([]);
  });
});

describe('fillNullableFields', () => {
  const Schema = z.object({
    title: z.string(),
    note: z.string().nullable().describe('may be null'),
    items: z.array(z.object({ due: z.string().nullable(), tags: z.array(z.string()) })),
    extra: z.object({ when: z.string().nullable() }).nullable(),
  });

  it('fills only fields that may be null, at any depth, and says which', () => {
    expect(fillNullableFields(Schema, { title: 't', items: [{ tags: [] }, { due: 'x' }], extra: {} })).toEqual({
      value: { title: 't', note: null, items: [{ due: null, tags: [] }, { due: 'x' }], extra: { when: null } },
      filled: ['note', 'items[].due', 'extra.when'],
    });
  });
});
