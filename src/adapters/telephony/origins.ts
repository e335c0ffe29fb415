import { z } from 'zod';

/** Origins a telephony source fetches from: the env lists them, and each URL it is given is checked against them. */

/** A comma-separated list of origins: scheme and host (and port), nothing after. */
export const originList = (name: string) =>
  z.string().transform((text, ctx) => {
    const origins: string[] = [];
    for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
      const origin = httpOrigin(entry);
      if (!origin || origin !== entry.replace(/\/$/, '')) {
        ctx.addIssue({ code: 'custom', message: `"${entry}" is not an origin (scheme and host, optionally :port, no path), e.g. ${name}=https://recordings.example.com` });
        continue;
      }
      origins.push(origin);
    }
    if (origins.length === 0) ctx.addIssue({ code: 'custom', message: `list at least one origin, e.g. ${name}=https://recordings.example.com` });
    return origins;
  });

/** The origin of an http(s) URL; null for anything else (not a URL, another scheme). */
export function httpOrigin(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const u = new URL(url);
  return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : null;
}

/** The distinct origins of some base URLs (an API and its media host may share one). */
export function originsOf(...urls: string[]): string[] {
  return [...new Set(urls.map((u) => new URL(u).origin))];
}
