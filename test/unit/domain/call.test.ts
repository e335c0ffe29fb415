import { describe, expect, it } from 'vitest';
import { nextStep, resumeStep } from '../../../src/domain/call.ts';

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
