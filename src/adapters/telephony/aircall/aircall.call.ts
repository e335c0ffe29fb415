import { z } from 'zod';
import type { CallMeta, Party } from '../../../domain/call-meta.ts';
import { directoryKey, phoneOrNull } from '../webhook-utils.ts';

/**
 * Aircall's Call object, as webhooks carry it in `data` and `GET /v1/calls/{id}` in `call`: only the
 * fields callscribe reads (unknown ones are dropped). Times are Unix seconds; `user`, `contact` and
 * `number` may be null or `{}`; `raw_digits` is international format, or `anonymous`.
 */
const Id = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/)]);
export const AircallCall = z.object({
  id: Id,
  direction: z.string().nullish(),
  started_at: z.union([z.number(), z.string()]).nullish(),
  raw_digits: z.string().nullish(),
  /** A presigned mp3 link valid for minutes; read to decide, then fetched, never stored. */
  recording: z.string().nullish(),
  user: z.object({ id: Id.nullish(), name: z.string().nullish(), email: z.string().nullish() }).nullish(),
  contact: z
    .object({ first_name: z.string().nullish(), last_name: z.string().nullish(), company_name: z.string().nullish() })
    .nullish(),
  number: z.object({ digits: z.string().nullish(), time_zone: z.string().nullish() }).nullish(),
});
export type AircallCall = z.infer<typeof AircallCall>;

/** The webhook envelope: every event has it; `data` is the resource. */
export const AircallEnvelope = z.object({
  event: z.string(),
  resource: z.string().nullish(),
  timestamp: z.number().nullish(),
  data: z.unknown(),
});

function isoFromAircallTime(value: number | string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' || /^\d+$/.test(value) ? Number(value) * 1000 : Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Drops null and empty values, so merging this meta never blanks a field known before. */
function compact<T extends object>(value: T): T | null {
  const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined && v !== '');
  return entries.length ? (Object.fromEntries(entries) as T) : null;
}

/** CallMeta from a Call: the user is the rep (their email, else AIRCALL_REP_EMAILS), the other party the customer. */
export function aircallCallMeta(call: AircallCall, repEmails: Map<string, string>): CallMeta {
  const recordingId = String(call.id);
  const user = call.user ?? {};
  const directoryEmail = user.id !== null && user.id !== undefined ? repEmails.get(directoryKey(String(user.id))) : undefined;
  const rep = compact<Party>({ email: user.email || directoryEmail, name: user.name, phone: phoneOrNull(call.number?.digits) });
  const contactName = [call.contact?.first_name, call.contact?.last_name].filter(Boolean).join(' ');
  const customer = compact<Party>({ phone: phoneOrNull(call.raw_digits), name: contactName, company: call.contact?.company_name });
  const direction = call.direction === 'inbound' || call.direction === 'outbound' ? call.direction : null;
  return {
    ...compact({ direction, startedAt: isoFromAircallTime(call.started_at), timezone: call.number?.time_zone }),
    ...(rep && { rep }),
    ...(customer && { customer }),
    source: { kind: 'aircall', recordingId },
  };
}
