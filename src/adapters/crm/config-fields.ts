import { z } from 'zod';
import { READ_TRIES, type ReadRetry } from './http/retry-read.ts';

/** Settings every CRM connection has, for the adapters' config schemas. */

/** The API's base URL (an override for tests or a proxy), without a trailing slash. */
export const apiBaseUrl = (defaultUrl: string) =>
  z
    .url()
    .default(defaultUrl)
    .transform((u) => u.replace(/\/+$/, ''));

/** How long one request may take. */
export const requestTimeoutMs = z.number().int().positive().default(30_000);

/** Country assumed for numbers written without a country code ("020 7946 0321" with GB); null: match such numbers by digits. */
export const defaultPhoneRegion = z
  .string()
  .regex(/^[A-Z]{2}$/, 'use an ISO 3166 country code such as US or GB')
  .nullable()
  .default(null);

/** Tries of one read (a lookup or search) in all: a short blip is retried in the client, the rest by the queue. */
export const readTries = z.number().int().min(1).max(5).default(READ_TRIES);

/** Tests: what waits between tries of a read (default a real timer). */
export const retrySleep = z.custom<(ms: number) => Promise<void>>((v) => typeof v === 'function', 'sleep must be a function').optional();

/** Who hears of each failed try of a read that the client tries again (the workers' metrics). */
export const onReadRetry = z.custom<(retry: ReadRetry) => void>((v) => typeof v === 'function', 'onReadRetry must be a function').optional();
