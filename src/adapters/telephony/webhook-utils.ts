import { createHash, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { permanent } from '../../errors/app-error.ts';
import type { WebhookHeaders } from '../../ports/telephony-source.ts';
import { ConfigError } from '../../config/config-error.ts';

/** A header's single value (the first when repeated); header names are lower case. */
export function headerOf(headers: WebhookHeaders, name: string): string | null {
  const v = headers[name.toLowerCase()];
  if (Array.isArray(v)) return v[0] ?? null;
  return v ?? null;
}

/**
 * Compares two secrets in constant time whatever their lengths: both are hashed first, so neither
 * the content nor the length of the expected value leaks through timing.
 */
export function constantTimeEqual(a: string | Buffer, b: string | Buffer): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && Buffer.byteLength(a) === Buffer.byteLength(b);
}

/** Parses a verified JSON body; a body that is not JSON is the sender's fault, not ours. */
export function parseJsonBody(raw: Buffer, provider: string): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw permanent('WEBHOOK_PAYLOAD_INVALID', `The ${provider} delivery's body is not JSON.`);
  }
}

/** A zod error as `path: message; …`, for saying what in a delivery or an API answer is unreadable. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
}

/**
 * A directory of reps by the provider's id for them (a user id, a phone number): `id=email` pairs
 * separated by commas, e.g. `+14155550100=priya@example.com,+14155550101=sam@example.com`.
 * Phone-number keys are compared by digits only.
 */
export function parseRepDirectory(name: string, text: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const entry of (text ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = entry.lastIndexOf('=');
    const id = entry.slice(0, eq).trim();
    const email = entry.slice(eq + 1).trim();
    if (eq <= 0 || !/^[^@\s]+@[^@\s]+$/.test(email)) {
      throw new ConfigError(`${name}: "${entry}" is not id=email (e.g. ${name}=+14155550100=priya@example.com,u_123=sam@example.com).`);
    }
    map.set(directoryKey(id), email);
  }
  return map;
}

/** The key a rep directory is looked up by: a phone number's digits, else the id in lower case. */
export function directoryKey(id: string): string {
  const digits = id.replace(/[\s().-]/g, '');
  return /^\+?\d{6,}$/.test(digits) ? digits.replace(/^\+/, '') : id.trim().toLowerCase();
}

/** A phone number as E.164 when it looks like one (`+` and digits), else as given; null for blanks and anonymous callers. */
export function phoneOrNull(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const compact = value.replace(/[\s().-]/g, '');
  if (/^(anonymous|restricted|unknown|private)$/i.test(compact)) return null;
  return compact;
}
