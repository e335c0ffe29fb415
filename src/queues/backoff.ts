import { AppError } from '../errors/app-error.ts';

export interface BackoffSettings {
  baseMs: number;
  maxMs: number;
}

/**
 * The queue's retry delay: what the other side asked for (Retry-After) when it did, else capped
 * exponential backoff with up to 25 % jitter. `attemptsMade` counts from 1.
 */
export function retryDelayMs(attemptsMade: number, err: unknown, settings: BackoffSettings, random = Math.random): number {
  if (err instanceof AppError && err.retryAfterMs !== null) return Math.min(err.retryAfterMs, 10 * settings.maxMs);
  const exp = Math.min(settings.maxMs, settings.baseMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(exp * (1 - random() * 0.25));
}
