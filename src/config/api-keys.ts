import { createHash } from 'node:crypto';
import { z } from 'zod';

export type Role = 'rep' | 'manager';
export const ROLES: readonly Role[] = ['rep', 'manager'];

/** One entry of API_KEYS: who holds the key and what role it gives. */
export interface ApiKey {
  key: string;
  role: Role;
  /** The holder's e-mail (`role:email:key`), or null for the older `role:key` form. */
  email: string | null;
  /** A short, non-secret fingerprint of the key (`k_` + 12 hex of its SHA-256): safe for logs, sessions and ownership. */
  id: string;
}

export const MIN_KEY_LENGTH = 16;
export const MIN_DISTINCT_CHARS = 8;

/** The fingerprint of a key: `k_` and the first 12 hex digits of its SHA-256. */
export function apiKeyId(key: string): string {
  return `k_${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** Builds an ApiKey (its id computed), e.g. for tests and the demo's generated keys. */
export function apiKey(role: Role, key: string, email: string | null = null): ApiKey {
  return { key, role, email: email?.toLowerCase() ?? null, id: apiKeyId(key) };
}

const CHAR_CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * Why a key is too weak to accept, or null. The rule: at least 16 characters, at least 8 distinct
 * characters, and characters of at least two classes (lower-case letters, upper-case letters, digits,
 * symbols) — so `aaaaaaaaaaaaaaaa`, `abababababababab` and `1234567890123456` are refused while
 * `openssl rand -hex 24` or `openssl rand -base64 24` output passes.
 */
export function keyWeakness(key: string): string | null {
  if (key.length < MIN_KEY_LENGTH) return `the key is shorter than ${MIN_KEY_LENGTH} characters`;
  if (new Set(key).size < MIN_DISTINCT_CHARS) return `the key has fewer than ${MIN_DISTINCT_CHARS} distinct characters`;
  if (CHAR_CLASSES.filter((c) => c.test(key)).length < 2) return 'the key uses one kind of character only (mix letters with digits or symbols)';
  return null;
}

const Email = z.email();
/** How to write API_KEYS, for error messages. */
export const API_KEYS_HOW_TO = 'comma-separated role:email:key entries, role rep or manager, each key unique and random, e.g. API_KEYS=rep:priya@example.com:$(openssl rand -hex 24),manager:lee@example.com:$(openssl rand -hex 24)';

/**
 * Parses API_KEYS: comma-separated `role:email:key` (or the older `role:key`) entries. Returns the keys,
 * or the problems found, each naming the entry by position, role and e-mail — never the key itself,
 * since these messages end up in logs.
 */
export function parseApiKeys(text: string): { keys: ApiKey[]; problems: string[] } {
  const keys: ApiKey[] = [];
  const problems: string[] = [];
  const firstEntryOf = new Map<string, number>();
  const entries = text.split(',').map((e) => e.trim());
  entries.forEach((entry, index) => {
    const n = index + 1;
    if (entry === '') {
      if (entries.length > 1) problems.push(`entry ${n} is empty (remove the extra comma)`);
      return;
    }
    const parts = entry.split(':');
    const role = parts[0];
    if (role !== 'rep' && role !== 'manager') {
      problems.push(`entry ${n}: the role must be rep or manager (the entry must start with rep: or manager:)`);
      return;
    }
    if (parts.length !== 2 && parts.length !== 3) {
      problems.push(`entry ${n} (${role}): expected role:email:key or role:key; keys may not contain ":"`);
      return;
    }
    const email = parts.length === 3 ? parts[1]! : null;
    const key = parts[parts.length - 1]!;
    const label = email ? `${role}:${email}` : role;
    if (email !== null && !Email.safeParse(email).success) problems.push(`entry ${n} (${label}): "${email}" is not an e-mail address`);
    if (/\s/.test(key)) problems.push(`entry ${n} (${label}): the key contains white space`);
    const weak = keyWeakness(key);
    if (weak) problems.push(`entry ${n} (${label}): ${weak}; generate one with openssl rand -hex 24`);
    const earlier = firstEntryOf.get(key);
    if (earlier !== undefined) problems.push(`entry ${n} (${label}) repeats the key of entry ${earlier}; every key must be unique, whatever its role`);
    else firstEntryOf.set(key, n);
    keys.push(apiKey(role, key, email));
  });
  return { keys: problems.length ? [] : keys, problems };
}
