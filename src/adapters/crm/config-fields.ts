import { z } from 'zod';

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
