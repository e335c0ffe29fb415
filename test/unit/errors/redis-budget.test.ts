import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/errors/app-error.ts';
import { redisBudget, redisWaitBudget } from '../../../src/errors/redis-unreachable.ts';

const never = new Promise<never>(() => {});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a request’s bound on Redis', () => {
  it('names the whole bound when a later wait gets only what is left of it', async () => {
    const within = redisBudget(300, 50);
    await pause(30);
    const err = await within(never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('NETWORK');
    expect((err as AppError).message).toBe('Redis (the queue) could not be reached: no answer within 300 ms');
  });

  it('names the whole bound for waits counted together', async () => {
    const within = redisWaitBudget(300, 50);
    await within(pause(30));
    const err = await within(never).catch((e: unknown) => e);
    expect((err as AppError).message).toBe('Redis (the queue) could not be reached: no answer within 300 ms');
  });
});
