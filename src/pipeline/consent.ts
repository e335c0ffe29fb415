import { consentOf, type CallMeta } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { permanent, type AppError } from '../errors/app-error.ts';
import { loadSource, saveSource, type CallSource } from '../intake/source-record.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { removeAudio } from '../retention/call-objects.ts';
import { updateCall } from './call-record.ts';

/** The call's meta says recording consent was refused. */
export const CONSENT_REFUSED = 'CONSENT_REFUSED';
/** RECORDING_CONSENT_REQUIRED is on and the call's meta does not say consent was granted (unknown or absent). */
export const CONSENT_NOT_GRANTED = 'CONSENT_NOT_GRANTED';
/** A recording the consent gate stopped was sent again with a meta that would change it. */
export const CONSENT_STOPPED_EARLIER = 'CONSENT_STOPPED_EARLIER';

/** The providers whose deliveries never carry a consent value, by the name a person knows them by. */
const NO_CONSENT_FIELD: Readonly<Record<string, string>> = { twilio: 'Twilio', zoom: 'Zoom Phone', aircall: 'Aircall', ringcentral: 'RingCentral' };

/**
 * The consent gate, passed before any audio leaves storage: prepare runs it before ffmpeg or an engine
 * sees the recording, and the ingest of an announced call before its recording is downloaded. A call
 * whose meta says recording consent was refused goes no further, nor, when `required`
 * (RECORDING_CONSENT_REQUIRED), one whose meta does not say it was granted. Such a call keeps only what
 * shows it was stopped: the customer's contact details leave its meta (call.json and the announced
 * source's record), the recording's file name leaves call.json (and, once the audio is gone, the source's record; a storage object's key, its `meta.source.recordingId`, leaves both), its audio objects are deleted at once (call.json says so: `audioRemoved`, reason
 * `consent_refused`) with any transcript sent with it, and it ends `failed` with the permanent code
 * `CONSENT_REFUSED` or `CONSENT_NOT_GRANTED`, whose message says how consent reaches a call from its
 * source. Nothing reaches a speech engine, an extractor or the CRM. A retry meets the same gate.
 */
export async function enforceConsent(call: Call, ports: { blobs: BlobStore; clock: () => Date }, required = false): Promise<void> {
  const stop = consentStop(call, required);
  if (!stop) return;
  const now = ports.clock();
  await updateCall(ports.blobs, call.id, (c) => {
    c.meta = withoutRecordingName(withoutCustomerContact(c.meta));
    // A file name is often made of who was called (their name, their number): it goes with the audio.
    if (c.recording) c.recording.filename = null;
  }, now);
  // The source's record still names the inbox object the audio removal looks for: it is trimmed after.
  await removeAudio(ports.blobs, call.id, 'consent_refused', now);
  const source = await loadSource(ports.blobs, call.id);
  if (source) await saveSource(ports.blobs, call.id, stoppedSource(source));
  // A transcript sent with the recording is its words: it goes too.
  if (call.providedTranscript) await ports.blobs.delete(call.providedTranscript.key);
  throw stop;
}

/**
 * What a stopped call's source record keeps once its audio is gone: no customer contact details and, for a
 * storage event, not the inbox object's name (often who was called), which only the audio removal needed.
 */
export function stoppedSource(source: CallSource): CallSource {
  const meta = withoutRecordingName(withoutCustomerContact(source.meta));
  return source.kind === 'storage' ? { ...source, key: REMOVED_INBOX_KEY, meta } : { ...source, meta };
}

/**
 * A storage event's meta names its object as `source.recordingId` (`kind: 's3'`): the same name as the file
 * name, and it goes with it. Other sources' recording ids are the provider's own, not a name anyone chose.
 */
function withoutRecordingName(meta: CallMeta): CallMeta {
  if (meta.source?.kind !== 's3' || (!meta.source.recordingId && !meta.source.uri)) return meta;
  return { ...meta, source: { ...meta.source, recordingId: null, uri: null } };
}

/** The key a stopped storage call's source record names instead of its deleted inbox object: no object has it. */
export const REMOVED_INBOX_KEY = '(removed: recording consent stopped this call)';

/** The failure that stops the call at the gate, or null when it may go on. */
function consentStop(call: Call, required: boolean): AppError | null {
  const consent = consentOf(call.meta);
  const done = 'Its audio was deleted and nothing was sent to a speech engine or the CRM.';
  if (consent === 'refused') {
    return permanent(CONSENT_REFUSED, `The call was not transcribed: its meta says recording consent was refused (recordingConsent: "refused"). ${done}`);
  }
  if (consent === 'granted' || !required) return null;
  const said = call.meta.recordingConsent ? 'says recording consent is "unknown"' : 'does not say whether recording consent was given';
  return permanent(CONSENT_NOT_GRANTED, `The call was not transcribed: RECORDING_CONSENT_REQUIRED is on and its meta ${said}. ${done} ${howToGrant(call.meta)}`);
}

/** How a call from this source carries `recordingConsent: "granted"`, for a person. */
export function howToGrant(meta: CallMeta): string {
  const kind = meta.source?.kind ?? 'upload';
  const provider = NO_CONSENT_FIELD[kind];
  if (provider) {
    return (
      `${provider} deliveries carry no consent value, so with RECORDING_CONSENT_REQUIRED none of its calls is processed: there is no way to put consent into them. ` +
      'Send a recording whose consent you hold through the generic webhook (meta.recordingConsent: "granted") or upload it with that meta.'
    );
  }
  if (kind === 'generic') return 'The delivery\'s meta must say recordingConsent: "granted" (once every party agreed to the recording).';
  if (kind === 's3') return 'Give the object recordingConsent: "granted" in its NAME.meta.json sidecar, or the metadata x-amz-meta-callscribe-recording-consent: granted.';
  return 'Send recordings with recordingConsent: "granted" in their meta (the `meta` part of POST /v1/calls, or --meta for the CLI) once every party agreed to the recording.';
}

/**
 * Is this a call the consent gate stopped? Its customer details and audio are gone, so the same recording sent
 * again with a meta that would change the call is refused (`consentStopStands`, in ingest).
 */
export function stoppedForConsent(call: Call): boolean {
  return call.status === 'failed' && (call.error?.code === CONSENT_REFUSED || call.error?.code === CONSENT_NOT_GRANTED);
}

/**
 * The failure for a recording the consent gate stopped that is sent again with a meta that would change its
 * call (most often one saying consent was granted). The stop is not overwritten by whoever sends last: a
 * manager who finds it was a mistake erases the call (DELETE /v1/calls/{id}, which leaves `erased/{id}.json`
 * and a log line naming them), and the recording sent after that is a new call.
 */
export function consentStopStands(call: Call): AppError {
  return permanent(
    CONSENT_STOPPED_EARLIER,
    `This recording is call ${call.id}, which was stopped for recording consent (${call.error?.code}) and whose audio was deleted; sending it again does not change that. ` +
      `If the stop was a mistake, a manager erases the call (DELETE /v1/calls/${call.id}) and then the recording can be sent again with recordingConsent: "granted".`,
  );
}

/** A recording already processed (or being processed) was sent again with a meta saying recording consent was refused. */
export const CONSENT_REFUSED_TOO_LATE = 'CONSENT_REFUSED_TOO_LATE';

/**
 * Does this meta, sent with a recording that is already `call`, refuse a consent the call was taken in under? Such a
 * call keeps its meta (only a failed one takes a new one), so the refusal would be dropped while the call goes on to
 * its review and the CRM: it is refused instead, saying that only an erasure undoes what was done.
 */
export function refusedTooLate(call: Call, sent: CallMeta): AppError | null {
  if (consentOf(sent) !== 'refused' || consentOf(call.meta) === 'refused' || stoppedForConsent(call)) return null;
  return permanent(
    CONSENT_REFUSED_TOO_LATE,
    `This recording is call ${call.id}, taken in with recording consent "${consentOf(call.meta)}" (now ${call.status}); a refusal sent with it now does not stop or undo that. ` +
      `To honour the refusal, a manager erases the call (DELETE /v1/calls/${call.id}), which deletes its audio, transcript and insights and lists what stays in the CRM.`,
  );
}

/**
 * The meta without the customer's contact details (name, phone, e-mail, company) and without the id of their CRM
 * contact, which names them as well; the channel stays, and so does the deal.
 */
export function withoutCustomerContact(meta: CallMeta): CallMeta {
  const crm = meta.crm?.contactId ? { crm: { ...meta.crm, contactId: null } } : {};
  if (!meta.customer) return { ...meta, ...crm };
  const { channel } = meta.customer;
  return { ...meta, ...crm, customer: channel === undefined || channel === null ? null : { channel } };
}
