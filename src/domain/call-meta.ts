import { z } from 'zod';

/** A speaker on the call as the source knows them; `channel` is the audio channel (0 = left) when the recording is dual-channel. */
export const Party = z.object({
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone: z.string().nullish(),
  company: z.string().nullish(),
  channel: z.number().int().min(0).max(7).nullish(),
});
export type Party = z.infer<typeof Party>;

/** CallMeta: what arrives with a recording. Every field is optional; JSON names are a public contract (DESIGN.md). */
export const CallMeta = z.object({
  direction: z.enum(['inbound', 'outbound']).nullish(),
  startedAt: z.iso.datetime({ offset: true }).nullish(),
  timezone: z.string().nullish(),
  language: z.string().nullish(),
  rep: Party.nullish(),
  customer: Party.nullish(),
  crm: z
    .object({
      dealId: z.string().nullish(),
      contactId: z.string().nullish(),
      currentStage: z.string().nullish(),
    })
    .nullish(),
  /**
   * Whether the parties agreed to the recording. Absent or null means `unknown`, processed as usual;
   * `refused`: the call is never transcribed, its audio is deleted at once (see `enforceConsent`).
   */
  recordingConsent: z.enum(['granted', 'refused', 'unknown']).nullish(),
  /** Where the recording came from (`upload`, `cli`, a telephony provider) and its id there. */
  source: z
    .object({ kind: z.string(), recordingId: z.string().nullish(), uri: z.string().nullish() })
    .nullish(),
});
export type CallMeta = z.infer<typeof CallMeta>;

/**
 * CallMeta from JSON text (or a value already parsed): the meta, or what is wrong with it, the zod
 * issues as `path: message` for a person.
 */
export function readCallMeta(raw: unknown): { meta: CallMeta } | { problem: 'not_json' } | { problem: 'invalid'; detail: string } {
  let json: unknown = raw;
  if (typeof raw === 'string') {
    try {
      json = JSON.parse(raw);
    } catch {
      return { problem: 'not_json' };
    }
  }
  const parsed = CallMeta.safeParse(json);
  if (parsed.success) return { meta: parsed.data };
  return { problem: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.') || 'meta'}: ${i.message}`).join('; ') };
}

/** The recording consent the meta states; `unknown` when it says nothing. */
export function consentOf(meta: CallMeta): 'granted' | 'refused' | 'unknown' {
  return meta.recordingConsent ?? 'unknown';
}

/** Channel that carries the rep (default 0) and the customer (default 1). */
export function channelRoles(meta: CallMeta): { rep: number; customer: number } {
  const rep = meta.rep?.channel ?? (meta.customer?.channel === 0 ? 1 : 0);
  const customer = meta.customer?.channel ?? (rep === 0 ? 1 : 0);
  return { rep, customer };
}
