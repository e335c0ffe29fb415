import { describe, expect, it } from 'vitest';
import { nextStage, resumeStage } from '../../../src/domain/call.ts';

describe('resumeStage', () => {
  it('queues the stage a call is at, so a lost job is picked up again', () => {
    expect(resumeStage({ status: 'received', error: null }, false)).toBe('prepare');
    expect(resumeStage({ status: 'transcribing', error: null }, false)).toBe('transcribe');
    expect(resumeStage({ status: 'syncing', error: null }, true)).toBe('sync');
  });

  it('restarts a failed call at the stage that failed, and a finished call only when reprocessing', () => {
    const failedAt = (stage: 'sync' | 'ingest') => ({ status: 'failed' as const, error: { code: 'X', message: 'm', stage, retryable: false, at: '2026-11-23T10:00:00Z' } });
    expect(resumeStage(failedAt('sync'), false)).toBe('sync');
    expect(resumeStage(failedAt('ingest'), false)).toBe('prepare');
    expect(resumeStage({ status: 'done', error: null }, false)).toBeNull();
    expect(resumeStage({ status: 'needs_review', error: null }, true)).toBe('prepare');
  });

  it('orders the stages', () => {
    expect([nextStage('ingest'), nextStage('prepare'), nextStage('extract'), nextStage('sync')]).toEqual(['prepare', 'transcribe', 'sync', null]);
  });
});
