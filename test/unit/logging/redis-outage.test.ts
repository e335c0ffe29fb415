import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { redisOutageLog, type RedisEmitter } from '../../../src/logging/redis-outage.ts';
import { capturedLogger } from '../../helpers/captured-logger.ts';

/** A queue-like emitter whose backend says `ready` when told. */
function member(): RedisEmitter & { fail(): void; back(): void } {
  const events = new EventEmitter();
  const backend = new EventEmitter();
  return {
    on: (event, listener) => events.on(event, listener),
    getBackend: () => backend,
    fail: () => events.emit('error', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' })),
    back: () => backend.emit('ready'),
  };
}

describe('redisOutageLog', () => {
  it('ends an outage only when every connection that lost Redis has it again, so one outage warns once', () => {
    const { logger, lines } = capturedLogger('info');
    const outage = redisOutageLog(logger, 'queues');
    const [a, b] = [member(), member()];
    outage.watchQueue(a);
    outage.watchQueue(b);

    a.fail();
    b.fail();
    a.back(); // the first to reconnect; the other still fails
    b.fail();
    expect(outage.isDown()).toBe(true);
    b.back();

    expect(lines.map((l) => [l.level, l.msg])).toEqual([
      [40, 'Redis cannot be reached; retrying until it answers'],
      [30, 'Redis answers again'],
    ]);
    expect(outage.isDown()).toBe(false);
  });

  it('passes a watched worker\'s own failures to its handler and counts only lost connections', () => {
    const { logger, lines } = capturedLogger('info');
    const outage = redisOutageLog(logger, 'workers');
    const events = new EventEmitter();
    const own: string[] = [];
    outage.watchQueue({ on: (e, l) => events.on(e, l), getBackend: () => new EventEmitter() }, (err) => own.push(err.message));
    events.emit('error', new Error('job script failed'));
    expect(own).toEqual(['job script failed']);
    expect(lines).toEqual([]);
  });
});
