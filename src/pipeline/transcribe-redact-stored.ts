import { callKeys } from '../domain/call-keys.ts';
import { countsOf } from '../domain/redact.ts';
import { redactStoredTranscript } from '../domain/redact/segments.ts';
import { redactWebVtt } from '../domain/redact/webvtt.ts';
import { Transcript } from '../domain/transcript.ts';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';
import { findCall } from './call-record.ts';
import { redactAcrossParts } from './transcribe.ts';
import { ChunkTranscript } from './transcribe-chunk.ts';

/**
 * Redacts, in place, the transcripts of a call stored before transcripts were redacted when stored: its chunk
 * parts, transcript.json and the copy of a transcript file sent with it, as the pipeline now stores them. What
 * holds nothing to redact is left as it is, so running it again changes nothing. Returns the keys rewritten.
 * The call index keeps its own copy of the transcript's words: rebuild it afterwards (`callscribe reindex`).
 * Insights and CRM notes were redacted when they were written (before the EU national ids were known).
 */
export async function redactStoredCall(blobs: BlobStore, callId: string): Promise<string[]> {
  const call = await findCall(blobs, callId);
  if (!call) return [];
  const changed: string[] = [];
  const keys = (call.audio?.tracks ?? []).flatMap((t) => t.chunks.map((c) => callKeys.chunkTranscript(callId, t.speaker, c.index)));
  const parts: ChunkTranscript[] = [];
  for (const key of keys) {
    const part = await getJson(blobs, key, (raw) => ChunkTranscript.safeParse(raw).data ?? null);
    if (part) parts.push(part);
  }
  const before = await Promise.all(keys.map((key) => blobs.getBuffer(key)));
  await redactAcrossParts(callId, parts, { blobs });
  for (const [i, key] of keys.entries()) if (before[i] && !before[i]!.equals((await blobs.getBuffer(key)) ?? Buffer.alloc(0))) changed.push(key);

  const transcript = await getJson(blobs, callKeys.transcript(callId), (raw) => Transcript.parse(raw));
  if (transcript) {
    const redacted = redactStoredTranscript(transcript, {}, countsOf(transcript.redactions));
    if (redacted.text !== transcript.text || JSON.stringify(redacted.segments) !== JSON.stringify(transcript.segments)) {
      await putJson(blobs, callKeys.transcript(callId), redacted);
      changed.push(callKeys.transcript(callId));
    }
  }

  const provided = call.providedTranscript?.key;
  const sent = provided ? ((await blobs.getBuffer(provided))?.toString('utf8') ?? null) : null;
  if (provided && sent !== null) {
    const text = redactWebVtt(sent).text;
    if (text !== sent) {
      await blobs.put(provided, text, { contentType: 'text/vtt' });
      changed.push(provided);
    }
  }
  return changed;
}
