import { z } from 'zod';
import { ConfigError } from './config-error.ts';

/** Variables whose values never appear in an error message (they end up in logs). */
export const SECRET_VARIABLE = /KEY|TOKEN|SECRET|PASSWORD|JWT|WEBHOOK_URL|REDIS_URL|DATABASE_URL/;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
/** An optional variable: unset and blank are the same. */
export const optionalVar = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/**
 * A URL setting: http or https only, path allowed. `new URL` reads `localhost:9000` as a URL of scheme
 * `localhost:`, so a forgotten scheme is refused here, at start, rather than failing the first request.
 * Scheme and host come out lower-case (`HTTPS://Calls.Example.com` is `https://calls.example.com`: code
 * compares them, and signatures are computed over them); the rest stays as written (no slash is added).
 */
export const httpUrl = (example?: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL${example ? ` such as ${example}` : ''}` }).transform(normaliseUrl);

/** `url` with the scheme and authority the WHATWG parser gives it, and its path, query and fragment as written. */
export function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  const credentials = parsed.username ? `${parsed.username}${parsed.password ? `:${parsed.password}` : ''}@` : '';
  return url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, `${parsed.protocol}//${credentials}${parsed.host}`);
}

/**
 * Parses an adapter's own variables (each adapter folder owns its env schema). Throws ConfigError
 * naming every bad variable, with its value unless it is a secret, and the fix where `fixes` has one.
 */
export function parseAdapterEnv<T extends z.ZodObject>(
  schema: T,
  env: Record<string, string | undefined>,
  fixes: Record<string, string> = {},
): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]);
    const fix = fixes[name] ? ` (${fixes[name]})` : '';
    // A URL with user:password@ in it is a secret too, whatever its variable is called.
    const shown = SECRET_VARIABLE.test(name) || /:\/\/[^/?#]*@/.test(env[name] ?? '') ? '(value hidden)' : JSON.stringify(env[name] ?? '');
    return `${name}=${shown}: ${issue.message}${fix}`;
  });
  throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
}

/** Throws ConfigError when some but not all of a provider's required variables are set. */
export function requireAllOrNone(provider: string, env: Record<string, string | undefined>, names: readonly string[]): boolean {
  const set = names.filter((n) => env[n]?.trim());
  if (set.length === 0) return false;
  if (set.length < names.length) {
    const missing = names.filter((n) => !set.includes(n));
    throw new ConfigError(`${provider} is half configured: ${set.join(', ')} set but ${missing.join(', ')} missing. Set them all, or none to turn it off.`);
  }
  return true;
}
