import { describe, expect, it } from 'vitest';
import type { CallIndex } from '../../../src/ports/call-index.ts';
import { openingIndex } from '../../../src/runtime/opening-index.ts';

describe('the call index while serve opens it', () => {
  it('answers INDEX_MIGRATING saying what waits and what is taken meanwhile: erasures are taken, as uploads and webhooks are', async () => {
    // An opening that never ends: the index stays migrating for the whole test.
    const { index } = openingIndex(() => new Promise<CallIndex>(() => undefined));
    const err = (await index.list({} as Parameters<CallIndex['list']>[0]).catch((e: unknown) => e)) as { code: string; message: string };
    expect(err.code).toBe('INDEX_MIGRATING');
    // /readyz shows this message as the index's check, and the list page as its notice.
    expect(err.message).toMatch(/^call index migrating/);
    expect(err.message).toMatch(/call list, searches, reports and the retry of failed calls by cause answer 503 INDEX_MIGRATING/);
    expect(err.message).not.toMatch(/erasures answer/);
    expect(err.message).toMatch(/uploads, webhooks, decisions and erasures are taken/);
  });
});
