import { consentOf } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { removeAudio } from '../retention/call-objects.ts';

export const CONSENT_REFUSED = 'CONSENT_REFUSED';

/**
 * The consent gate, passed before any audio leaves storage: prepare runs it before ffmpeg or an engine
 * sees the recording, and the ingest of an announced call before its recording is downloaded. A call
 * whose meta says recording consent was refused goes no further: its audio objects are deleted at once
 * (call.json says so: `audioRemoved`, reason `consent_refused`), with any transcript sent with it, and it
 * ends `failed` with the permanent code `CONSENT_REFUSED`. Nothing reaches a speech engine, an extractor or the CRM. A retry meets the
 * same gate.
 */
export async function enforceConsent(call: Call, ports: { blobs: BlobStore; clock: () => Date }): Promise<void> {
  if (consentOf(call.meta) !== 'refused') return;
  await removeAudio(ports.blobs, call.id, 'consent_refused', ports.clock());
  // A transcript sent with the recording is its words: it goes too.
  if (call.providedTranscript) await ports.blobs.delete(call.providedTranscript.key);
  throw permanent(
    CONSENT_REFUSED,
    'The call was not transcribed: its meta says recording consent was refused (recordingConsent: "refused"). Its audio was deleted and nothing was sent to a speech engine or the CRM.',
  );
}
