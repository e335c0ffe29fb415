import { createHash } from 'node:crypto';
import type { CallMeta, Party } from '../domain/call-meta.ts';
import { callKeys, recordingExtension } from '../domain/call-keys.ts';
import { withWarnings, type Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { createGuardedFetch } from '../http-client/guarded-fetch.ts';
import { loadCall } from '../pipeline/call-record.ts';
import { enforceConsent } from '../pipeline/consent.ts';
import type { StepResult } from '../pipeline/pipeline-ports.ts';
import { storeUpload } from '../pipeline/store-upload.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { TelephonySource } from '../ports/telephony-source.ts';
import { loadSource } from './source-record.ts';

export interface FetchPorts {
  blobs: BlobStore;
  /** The configured providers (see loadTelephonySources). */
  telephony: ReadonlyMap<string, TelephonySource>;
  maxBytes: number;
  clock: () => Date;
  /** RECORDING_CONSENT_REQUIRED (see `enforceConsent`). */
  consentRequired?: boolean;
}

/**
 * The ingest step of a call announced by a webhook or a storage event: fetches its recording (from the
 * provider, through the guarded fetch; or from the object a storage event named) into
 * `calls/{id}/original.{ext}`, hashing it on the way; never for a call whose recording consent was
 * refused (`enforceConsent`). Idempotent: a call that has its recording is left as it is.
 */
export async function fetchRecording(input: { callId: string }, ports: FetchPorts): Promise<StepResult> {
  const call = await loadCall(ports.blobs, input.callId);
  if (call.recording) return {};
  await enforceConsent(call, ports, ports.consentRequired ?? false);
  const source = await loadSource(ports.blobs, call.id);
  if (!source) throw permanent('SOURCE_MISSING', `Call ${call.id} has neither a recording nor a record of where to fetch it; send the recording again.`);
  if (source.kind === 'storage') return { patch: { recording: await adoptStoredObject(call, source.key, ports) } };

  const provider = ports.telephony.get(source.provider);
  if (!provider) {
    throw permanent('TELEPHONY_NOT_CONFIGURED', `The call came from ${source.provider}, which is no longer configured here; set its variables again and retry the call.`);
  }
  const fetch = createGuardedFetch({ allowedOrigins: provider.allowedOrigins, maxBytes: ports.maxBytes });
  const download = await provider.download({ recordingId: source.recordingId, download: source.download, meta: call.meta }, fetch);
  const stored = await storeUpload(ports.blobs, download.body, ports.maxBytes);
  try {
    if (stored.bytes === 0) throw permanent('AUDIO_EMPTY', `${source.provider} served an empty recording for this call.`);
    const key = callKeys.original(call.id, recordingExtension(download.filename));
    await ports.blobs.copy(stored.uploadKey, key);
    return {
      patch: {
        recording: { key, filename: download.filename, contentType: download.contentType, bytes: stored.bytes, sha256: stored.sha256 },
        meta: download.meta ? mergeMeta(call.meta, download.meta) : call.meta,
        // Only a download that succeeded is kept: its warnings describe the meta the call goes on with.
        ...(download.warnings?.length && { warnings: withWarnings(call.warnings, download.warnings, ports.clock()) }),
      },
    };
  } finally {
    await ports.blobs.delete(stored.uploadKey).catch(() => undefined);
  }
}

/**
 * A storage event's object: hashed where it lies, then copied under the call. The inbox object stays, so
 * a retry after a crash finds it again, until the call's audio goes (retention/call-objects.ts).
 */
async function adoptStoredObject(call: Call, key: string, ports: FetchPorts): Promise<NonNullable<Call['recording']>> {
  const head = await ports.blobs.head(key);
  if (!head) throw permanent('BLOB_NOT_FOUND', 'The object the storage event announced is no longer in the bucket; upload it again.');
  if (head.bytes === 0) throw permanent('AUDIO_EMPTY', 'The object the storage event announced is empty (0 bytes).');
  if (head.bytes > ports.maxBytes) throw permanent('UPLOAD_TOO_LARGE', `The object is larger than the ${Math.round(ports.maxBytes / 1048576)} MiB limit (MAX_UPLOAD_BYTES).`);
  const hash = createHash('sha256');
  for await (const chunk of await ports.blobs.getStream(key)) hash.update(chunk as Buffer);
  const filename = key.split('/').pop() ?? null;
  const to = callKeys.original(call.id, recordingExtension(filename));
  await ports.blobs.copy(key, to);
  return { key: to, filename, contentType: null, bytes: head.bytes, sha256: hash.digest('hex') };
}

/** What the download learned fills what the delivery left empty; nothing the delivery said is overwritten. */
export function mergeMeta(known: CallMeta, learned: CallMeta): CallMeta {
  const party = (a: Party | null | undefined, b: Party | null | undefined): Party | null | undefined => {
    if (!a) return b;
    if (!b) return a;
    return Object.fromEntries([...new Set([...Object.keys(b), ...Object.keys(a)])].map((k) => [k, a[k as keyof Party] ?? b[k as keyof Party]])) as Party;
  };
  return {
    ...learned,
    ...Object.fromEntries(Object.entries(known).filter(([, v]) => v !== null && v !== undefined)),
    rep: party(known.rep, learned.rep),
    customer: party(known.customer, learned.customer),
  };
}
