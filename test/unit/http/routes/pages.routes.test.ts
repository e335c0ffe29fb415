import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../src/http/routes/pages.routes.ts';

describe('errorText (a refused form, in the call page’s words)', () => {
  it('tells a reviewer whose page was stale that the call changed, without HTTP terms', () => {
    const text = errorText('PRECONDITION_FAILED');
    expect(text).toMatch(/^The call changed after you opened it/);
    expect(text).toContain('(PRECONDITION_FAILED)');
    expect(text).not.toMatch(/If-Match|ETag/i);
  });

  it('uses the error table for other codes, and never echoes markup from the query', () => {
    expect(errorText('REVIEW_NOT_PENDING')).toBe('The decision was already approved or rejected. (REVIEW_NOT_PENDING)');
    expect(errorText('NO_SUCH<b>CODE')).toBe('The change was refused (NO_SUCHCODE).');
  });
});
