import { callKeys } from '../domain/call-keys.ts';
import { countsOf } from '../domain/redact.ts';
import { redactStoredTranscript } from '../domain/redact/segments.ts';
import { redactWebVtt } from '../domain/redact/webvtt.ts';
import { Transcript } from '../domain/transcript.ts';
import { putJson, type BlobStore } from '../ports/blob-store.ts';
import { findCall } from './call-record.ts';
import { redactAcrossParts } from './transcribe.ts';
import { ChunkTranscript } from './transcribe-chunk.ts';

/**
 * Redacts, in place, the transcripts of a call stored before transcripts were redacted when stored: its chunk
 * parts, transcript.json and the copy of a transcript file sent with it, as the pipeline now stores them. What
 * holds nothing to redact is left as it is, so running it again changes nothing. Returns the keys rewritten.
 * Takes no lock: an object rewritten since it was read here (a reprocess writing a new transcript, redacted as
 * the pipeline now stores them) is left as that write made it, rather than overwritten with the older words.
 * The call index keeps its own copy of the transcript's words: rebuild it afterwards (`callscribe reindex`).
 * Insights and CRM notes were redacted when they were written (before the EU national ids were known).
 */
export async function redactStoredCall(blobs: BlobStore, callId: string): Promise<string[]> {
  const call = await findCall(blobs, callId);
  if (!call) return [];
  const read = new Map<string, Buffer>();
  const changed: string[] = [];
  /** The store, each write made only when the object is still as it was read (and then counted as changed). */
  const unlessRewritten: BlobStore = Object.create(blobs, {
    put: {
      value: async (key: string, body: Parameters<BlobStore['put']>[1], opts?: Parameters<BlobStore['put']>[2]) => {
        const now = await blobs.getBuffer(key);
        if (!now || !now.equals(read.get(key) ?? Buffer.alloc(0))) return;
        await blobs.put(key, body, opts);
        changed.push(key);
      },
    },
  });
  const readJson = async <T>(key: string, parse: (raw: unknown) => T | null): Promise<T | null> => {
    const buf = await blobs.getBuffer(key);
    if (!buf) return null;
    read.set(key, buf);
    return parse(JSON.parse(buf.toString('utf8')));
  };

  const keys = (call.audio?.tracks ?? []).flatMap((t) => t.chunks.map((c) => callKeys.chunkTranscript(callId, t.speaker, c.index)));
  const parts: ChunkTranscript[] = [];
  for (const key of keys) {
    const part = await readJson(key, (raw) => ChunkTranscript.safeParse(raw).data ?? null);
    if (part) parts.push(part);
  }
  await redactAcrossParts(callId, parts, { blobs: unlessRewritten });

  const transcript = await readJson(callKeys.transcript(callId), (raw) => Transcript.parse(raw));
  if (transcript) {
    const redacted = redactStoredTranscript(transcript, {}, countsOf(transcript.redactions));
    if (redacted.text !== transcript.text || JSON.stringify(redacted.segments) !== JSON.stringify(transcript.segments)) {
      await putJson(unlessRewritten, callKeys.transcript(callId), redacted);
    }
  }

  const provided = call.providedTranscript?.key;
  const sent = provided ? await blobs.getBuffer(provided) : null;
  if (provided && sent) {
    read.set(provided, sent);
    const text = redactWebVtt(sent.toString('utf8')).text;
    if (text !== sent.toString('utf8')) await unlessRewritten.put(provided, text, { contentType: 'text/vtt' });
  }
  return changed;
}
