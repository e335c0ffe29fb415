import { z } from 'zod';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { permanent } from '../../../errors/app-error.ts';
import { directoryKey, phoneOrNull } from '../webhook-utils.ts';

/** The events that announce a finished Zoom Phone recording. */
export const ZOOM_RECORDING_EVENTS = ['phone.recording_completed', 'phone.recording_completed_for_access_member'] as const;

const text = z.string().nullish().catch(null);

/** One recording of `payload.object.recordings[]` (rivet's PhoneRecordingCompletedEvent), fields we read. */
const ZoomRecording = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  download_url: z.string().min(1),
  call_id: text,
  caller_number: text,
  callee_number: text,
  caller_name: text,
  callee_name: text,
  direction: text,
  date_time: text,
  user_id: text,
  owner: z.object({ id: text, name: text, type: text }).nullish().catch(null),
});
export type ZoomRecording = z.infer<typeof ZoomRecording>;

export const ZoomEnvelope = z.object({
  event: z.string(),
  payload: z.looseObject({}).optional(),
});

const RecordingPayload = z.object({ object: z.object({ recordings: z.array(ZoomRecording) }) });
const ValidationPayload = z.object({ plainToken: z.string().min(1).max(256) });

/** The recordings a recording event carries; throws WEBHOOK_PAYLOAD_INVALID when they are unreadable. */
export function recordingsOf(payload: unknown): ZoomRecording[] {
  const parsed = RecordingPayload.safeParse(payload);
  if (!parsed.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The Zoom recording event has no readable payload.object.recordings (each needs an id and a download_url).');
  return parsed.data.object.recordings;
}

export function plainTokenOf(payload: unknown): string {
  const parsed = ValidationPayload.safeParse(payload);
  if (!parsed.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The Zoom endpoint.url_validation event has no payload.plainToken.');
  return parsed.data.plainToken;
}

/** The Zoom user who owns the recording: the owner when it is a user, else the recording's user_id. */
export function repUserId(rec: ZoomRecording): string | null {
  return ownerIsUser(rec) ? rec.owner!.id! : (rec.user_id ?? null);
}

/** A recording's owner can be a user, a call queue, a shared line group…: only a user is a rep. */
const ownerIsUser = (rec: ZoomRecording) => Boolean(rec.owner?.id && (!rec.owner.type || rec.owner.type === 'user'));

const isoOrNull = (value: string | null | undefined): string | null => {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

/**
 * The call's meta from the recording: `direction` is the owner's, so on an inbound call the caller is
 * the customer and the callee the rep, and the other way round outbound. The rep's e-mail comes from
 * the directory (by user id, then by the rep's number) when it lists them.
 */
export function zoomMeta(rec: ZoomRecording, recordingId: string, directory: Map<string, string>): CallMeta {
  const direction = rec.direction === 'inbound' || rec.direction === 'outbound' ? rec.direction : null;
  const outbound = direction === 'outbound';
  const repPhone = phoneOrNull(outbound ? rec.caller_number : rec.callee_number);
  const customerPhone = phoneOrNull(outbound ? rec.callee_number : rec.caller_number);
  const userId = repUserId(rec);
  const email = (userId && directory.get(directoryKey(userId))) ?? (repPhone && directory.get(directoryKey(repPhone))) ?? null;
  return {
    direction,
    startedAt: isoOrNull(rec.date_time),
    rep: { email, name: ownerIsUser(rec) ? rec.owner!.name : ((outbound ? rec.caller_name : rec.callee_name) ?? null), phone: direction ? repPhone : null },
    customer: { phone: direction ? customerPhone : null },
    source: { kind: 'zoom', recordingId },
  };
}
