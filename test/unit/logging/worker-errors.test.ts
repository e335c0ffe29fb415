import { describe, expect, it } from 'vitest';
import { lostLock, REPEAT_QUIET_MS, workerErrorLog } from '../../../src/logging/worker-errors.ts';
import { capturedLogger } from '../../helpers/captured-logger.ts';

const jobOf = (id: string) => (id.endsWith('-prepare') ? { callId: id.slice(0, -'-prepare'.length) } : null);

describe('workerErrorLog', () => {
  it('reads BullMQ\'s lost-lock errors, and nothing else as one', () => {
    expect(lostLock(new Error('could not renew lock for job c1-prepare'))).toEqual({ jobId: 'c1-prepare', failed: 'renewLock' });
    expect(lostLock(new Error('Missing lock for job c1-prepare. moveToFinished'))).toEqual({ jobId: 'c1-prepare', failed: 'moveToFinished' });
    expect(lostLock(new Error('Missing lock for job c1-prepare. moveToDelayed'))).toEqual({ jobId: 'c1-prepare', failed: 'moveToDelayed' });
    expect(lostLock(new Error('Missing key for job c1-prepare. moveToFinished'))).toBeNull();
  });

  it('warns once per job and kind while it repeats, with the call and step, and again after a quiet spell', () => {
    const { logger, lines } = capturedLogger('info');
    let now = 0;
    const log = workerErrorLog(logger, { step: 'prepare', lane: 'interactive' }, jobOf, 'worker error', () => now);
    for (let i = 0; i < 5; i++) log(new Error('could not renew lock for job c1-prepare'));
    log(new Error('Missing lock for job c1-prepare. moveToFinished'));
    log(new Error('Missing lock for job c1-prepare. moveToFinished'));
    log(new Error('could not renew lock for job c2-prepare'));
    expect(lines.map((l) => [l.level, l.callId, l.step, l.jobId, String(l.msg).split(':')[0]])).toEqual([
      [40, 'c1', 'prepare', 'c1-prepare', 'could not renew the lock on a running job'],
      [40, 'c1', 'prepare', 'c1-prepare', 'could not record the end of a job whose lock was lost (moveToFinished)'],
      [40, 'c2', 'prepare', 'c2-prepare', 'could not renew the lock on a running job'],
    ]);
    expect(lines.every((l) => !('err' in l))).toBe(true);
    now += REPEAT_QUIET_MS + 1;
    log(new Error('could not renew lock for job c1-prepare'));
    expect(lines).toHaveLength(4);
  });

  it('keeps other errors at error level, naming the call when the message names its job', () => {
    const { logger, lines } = capturedLogger('info');
    const log = workerErrorLog(logger, { step: 'prepare' }, jobOf);
    log(new Error('Missing key for job c3-prepare. moveToFinished'));
    log(new Error('Lua script failed'));
    log(new Error('Lua script failed'));
    expect(lines.map((l) => [l.level, l.callId ?? null, l.msg])).toEqual([
      [50, 'c3', 'worker error'],
      [50, null, 'worker error'],
      [50, null, 'worker error'],
    ]);
  });
});
