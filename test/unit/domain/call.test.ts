import { describe, expect, it } from 'vitest';
import { MAX_CALL_WARNINGS, nextStep, resumeStep, withWarnings } from '../../../src/domain/call.ts';

describe('resumeStep', () => {
  it('queues the stage a call is at, so a lost job is picked up again', () => {
    expect(resumeStep({ status: 'received', error: null }, false)).toBe('prepare');
    expect(resumeStep({ status: 'transcribing', error: null }, false)).toBe('transcribe');
    expect(resumeStep({ status: 'syncing', error: null }, true)).toBe('sync');
  });

  it('restarts a failed call at the step that failed, and a finished call only when reprocessing', () => {
    const failedAt = (step: 'sync' | 'ingest') => ({ status: 'failed' as const, error: { code: 'X', message: 'm', step, retryable: false, at: '2026-11-23T10:00:00Z' } });
    expect(resumeStep(failedAt('sync'), false)).toBe('sync');
    expect(resumeStep(failedAt('ingest'), false)).toBe('prepare');
    expect(resumeStep({ status: 'done', error: null }, false)).toBeNull();
    expect(resumeStep({ status: 'needs_review', error: null }, true)).toBe('prepare');
  });

  it('orders the stages', () => {
    expect([nextStep('ingest'), nextStep('prepare'), nextStep('extract'), nextStep('sync')]).toEqual(['prepare', 'transcribe', 'sync', null]);
  });
});

describe('withWarnings', () => {
  const at = new Date('2026-11-17T15:00:00.000Z');
  const later = new Date('2026-11-17T16:00:00.000Z');
  const refused = { code: 'REP_LOOKUP_REFUSED', message: 'Zoom refused the user lookup.' };

  it('adds warnings after the kept ones, once each: the same code and message again is moved to the end with its new time', () => {
    const first = withWarnings(undefined, [refused], at);
    expect(first).toEqual([{ ...refused, at: at.toISOString() }]);
    const guessed = { code: 'CUSTOMER_LEG_GUESSED', message: 'The first answered leg was taken.' };
    expect(withWarnings(first, [guessed], later)).toEqual([{ ...refused, at: at.toISOString() }, { ...guessed, at: later.toISOString() }]);
    expect(withWarnings(withWarnings(first, [guessed], later), [refused], later)).toEqual([{ ...guessed, at: later.toISOString() }, { ...refused, at: later.toISOString() }]);
  });

  it('keeps the newest MAX_CALL_WARNINGS', () => {
    const many = Array.from({ length: MAX_CALL_WARNINGS + 3 }, (_, i) => ({ code: 'REP_LOOKUP_REFUSED', message: `refused ${i}` }));
    const kept = withWarnings(undefined, many, at);
    expect(kept).toHaveLength(MAX_CALL_WARNINGS);
    expect(kept.at(-1)!.message).toBe(`refused ${MAX_CALL_WARNINGS + 2}`);
  });
});
