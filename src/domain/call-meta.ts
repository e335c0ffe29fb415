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
   * Whether the parties agreed to the recording. Absent or null means `unknown`, processed as usual unless
   * RECORDING_CONSENT_REQUIRED is on; `refused` (and then `unknown`): the call is never transcribed, its audio
   * is deleted at once (see `enforceConsent`).
   */
  recordingConsent: z.enum(['granted', 'refused', 'unknown']).nullish(),
  /**
   * Set by a source that put rep.channel / customer.channel where its recordings usually have them, without
   * knowing it for this call (its lookup of the call failed): why, for a person. The transcript then says
   * the speakers' roles were assumed, not known.
   */
  channelsAssumed: z.string().nullish(),
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
export function readCallMeta(raw: unknown): { meta: CallMeta; ignored: string[] } | { problem: 'not_json' } | { problem: 'invalid'; detail: string } {
  let json: unknown = raw;
  if (typeof raw === 'string') {
    try {
      json = JSON.parse(raw);
    } catch {
      return { problem: 'not_json' };
    }
  }
  const parsed = CallMeta.safeParse(json);
  if (!parsed.success) return { problem: 'invalid', detail: parsed.error.issues.map((i) => `${i.path.join('.') || 'meta'}: ${i.message}`).join('; ') };
  const shared = sharedChannelProblem(parsed.data);
  return shared ? { problem: 'invalid', detail: `customer.channel: ${shared}` } : { meta: parsed.data, ignored: droppedKeys(json, parsed.data) };
}

/** At most this many ignored keys are named back, each cut to a readable length: a sidecar or a form can hold any number. */
export const SHOWN_KEYS = 10;
const SHOWN_KEY_CHARS = 80;

/** The first few ignored keys, each cut short if it is long, for an answer or a log line. */
export function shownKeys(keys: readonly string[]): string[] {
  return keys.slice(0, SHOWN_KEYS).map((k) => (k.length > SHOWN_KEY_CHARS ? `${k.slice(0, SHOWN_KEY_CHARS)}…` : k));
}

/**
 * The keys of `sent` that the schema dropped from `kept` (not CallMeta fields: a typo, a field of another
 * tool), as paths ("customer.nmae"), so whoever sent them can be told they were ignored.
 */
export function droppedKeys(sent: unknown, kept: unknown, at = ''): string[] {
  if (!isRecord(sent) || !isRecord(kept)) return [];
  return Object.keys(sent).flatMap((key) => {
    const path = at ? `${at}.${key}` : key;
    return Object.hasOwn(kept, key) ? droppedKeys(sent[key], kept[key], path) : [path];
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * What is wrong when the meta puts the rep and the customer on the same channel (only both given can):
 * that channel would be transcribed twice, once as each, and the other never. Null when they differ.
 * Not part of the schema, so a call stored with such a meta still loads; prepare refuses it.
 */
export function sharedChannelProblem(meta: CallMeta): string | null {
  const rep = meta.rep?.channel;
  if (rep === null || rep === undefined || rep !== meta.customer?.channel) return null;
  return `the rep and the customer are both on channel ${rep}; each needs a channel of their own (by default the rep is on 0, the customer on 1)`;
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
