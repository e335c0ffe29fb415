import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { mapLimit } from '../domain/map-limit.ts';
import { addCounts, countsOf, emptyCounts, redactionList, type RedactionCounts } from '../domain/redact.ts';
import { redactSegments, redactStoredTranscript } from '../domain/redact/segments.ts';
import { redactWebVtt, vttRedactions } from '../domain/redact/webvtt.ts';
import { attributeSpeakers } from '../domain/speaker-attribution.ts';
import { assessTranscript, qualityThresholds } from '../domain/transcript-quality.ts';
import { transcriptFromCues } from '../domain/provided-transcript.ts';
import { dispositionOf, sortSegments, Transcript, transcriptText } from '../domain/transcript.ts';
import { parseWebVtt } from '../domain/webvtt.ts';
import { permanent, toAppError } from '../errors/app-error.ts';
import { putJson } from '../ports/blob-store.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { linkRoleOf } from './speaker-references.ts';
import { transcribeChunk, type ChunkRef, type ChunkTranscript } from './transcribe-chunk.ts';

/** USD per audio minute, for the cost estimate on call.json (engines not listed cost nothing). */
const USD_PER_MINUTE: Record<string, number> = {
  'whisper-1': 0.006,
  'gpt-4o-transcribe': 0.006,
  'gpt-4o-mini-transcribe': 0.003,
  'gpt-4o-transcribe-diarize': 0.006,
};

/** The estimated price of transcribing `seconds` of audio with this engine and model (0 for local engines and unknown models). */
export function transcriptionUsd(engine: string, model: string | null, seconds: number): number {
  const rate = engine === 'local' ? 0 : (USD_PER_MINUTE[model ?? ''] ?? 0);
  return (seconds / 60) * rate;
}

/** Every chunk of every track of a prepared call; none for a call whose transcript came with it. */
export function chunkRefs(call: Call): ChunkRef[] {
  if (call.providedTranscript) return [];
  return (call.audio?.tracks ?? []).flatMap((t) => t.chunks.map((c) => ({ speaker: t.speaker, index: c.index })));
}

/**
 * Transcribes a prepared call and writes transcript.json. Chunks already transcribed (by chunk jobs in
 * parallel, or an earlier attempt) are reused; the rest run here, `transcriber.concurrency` at a time.
 * Chunk results are merged in time order with global timestamps; silent stretches have no chunks, so
 * they add no text. When the engine links speakers, the first chunk of a mixed track goes first (its
 * voices become the references), then the rest in parallel.
 */
export async function transcribe(input: { callId: string; call?: Call }, ports: PipelinePorts): Promise<StepResult<Transcript>> {
  const call = input.call ?? (await loadCall(ports.blobs, input.callId));
  if (!call.audio) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no prepared audio; run prepare first.`);
  if (call.providedTranscript) return readProvidedTranscript(call, ports);
  const refs = chunkRefs(call);
  const limit = ports.transcriber.concurrency ?? 2;
  const isSource = (ref: ChunkRef) => linkRoleOf(call, ref, ports.transcriber) === 'source';
  let done = 0;
  // A chunk that failed for now (a rate limit, a timeout) lets the others go on: each is stored, so the step's next
  // attempt starts further along. One that failed for good stops the rest: more engine time would not save the call.
  let failedForNow: unknown = null;
  const chunk = async (ref: ChunkRef): Promise<ChunkTranscript | null> => {
    try {
      const { part, reused } = await transcribeChunk(call, ref, ports);
      done += 1;
      // Long calls take a while: say how far along it is (in the CLI, a readable line per chunk transcribed here).
      if (!reused && refs.length > 1) ports.logger.info({ chunksDone: done, chunksTotal: refs.length }, `transcribed chunk ${done}/${refs.length}`);
      return part;
    } catch (err) {
      if (!toAppError(err).retryable) throw err;
      failedForNow ??= err;
      return null;
    }
  };
  const sources = await mapLimit(refs.filter(isSource), limit, chunk);
  // The other chunks are told apart by the sources' voices: without all of them there is nothing to go on with.
  if (failedForNow) throw failedForNow;
  const others = await mapLimit(refs.filter((ref) => !isSource(ref)), limit, chunk);
  if (failedForNow) throw failedForNow;
  const byRef = new Map([...sources, ...others].map((p) => [`${p!.speaker}/${p!.index}`, p!]));
  const parts = refs.map((ref) => byRef.get(`${ref.speaker}/${ref.index}`)!);
  await redactAcrossParts(call.id, parts, ports);
  const merged = withLinkingDetail(attributeSpeakers(mergeChunks(call, parts, ports.transcriber), call.meta), parts);
  // Each part was redacted on its own; a number said across two chunks is whole only here.
  const earlier = parts.reduce((counts, p) => addCounts(counts, countsOf(p.redactions)), emptyCounts());
  return saveTranscript(call, merged, ports, transcriptionCost(call, parts), earlier);
}

/**
 * Each part was redacted on its own when it was stored, so a number said across a chunk border is still there in
 * two pieces, one in each part (neither a whole number). Read with the parts around it, each piece is replaced
 * in its part, and the part stored again (it is still made from its chunk, so it is reused as before); the
 * redaction counts for the part where the number starts. The transcript is made from the parts as they were:
 * there the number is one mark over the segments it ran across.
 */
export async function redactAcrossParts(callId: string, parts: readonly ChunkTranscript[], ports: Pick<PipelinePorts, 'blobs'>): Promise<void> {
  const partOf = new Map(parts.flatMap((p) => p.segments.map((s) => [s, p] as const)));
  const said = sortSegments(parts.flatMap((p) => p.segments));
  const r = redactSegments(said, {}, (a, b) => partOf.get(a) === partOf.get(b));
  if (!redactionList(r.counts).length) return;
  for (const part of parts) {
    const mine = r.segments.map((_, k) => k).filter((k) => partOf.get(said[r.origin[k]!]!) === part);
    if (mine.every((k) => r.segments[k] === said[r.origin[k]!])) continue;
    const counts = countsOf(part.redactions);
    for (const kind of mine.flatMap((k) => r.startsIn[k]!)) counts[kind]++;
    const redactions = redactionList(counts);
    const { redactions: _before, ...rest } = part;
    await putJson(ports.blobs, callKeys.chunkTranscript(callId, part.speaker, part.index), { ...rest, segments: mine.map((k) => r.segments[k]!), ...(redactions.length > 0 && { redactions }) });
  }
}

/**
 * Redacts the transcript (cards, national ids: nothing downstream, page, API, index or extractor, ever sees
 * them), grades it, stores it, and says what it tells about the call. `earlier`: what was redacted before.
 */
async function saveTranscript(call: Call, said: Transcript, ports: PipelinePorts, cost: Call['cost'], earlier: RedactionCounts): Promise<StepResult<Transcript>> {
  const merged = redactStoredTranscript(said, {}, earlier);
  const quality = assessTranscript(merged, qualityThresholds(ports.transcriber.qualityThresholds, ports.policy.quality));
  const transcript = Transcript.parse({ ...merged, quality });
  if (!quality.reliable) ports.logger.warn({ lowConfidenceShare: quality.lowConfidenceShare, meanConfidence: quality.meanConfidence }, 'transcript is unreliable; the call will not be summarised');
  await putJson(ports.blobs, callKeys.transcript(call.id), transcript);
  return {
    output: transcript,
    patch: {
      disposition: dispositionOf(transcript, (call.audio?.tracks ?? []).map((t) => t.speaker)),
      engines: { ...call.engines, transcriber: { engine: transcript.engine, model: transcript.model } },
      cost,
    },
  };
}

/**
 * The transcript that came with the recording, in callscribe's shape: nothing is sent to a speech engine,
 * so nothing is paid. A file that no longer parses (it was checked on upload) fails the call, permanently.
 */
async function readProvidedTranscript(call: Call, ports: PipelinePorts): Promise<StepResult<Transcript>> {
  const provided = call.providedTranscript!;
  const sent = (await ports.blobs.getBuffer(provided.key))?.toString('utf8') ?? null;
  if (sent === null) throw permanent('TRANSCRIPT_MISSING', `The transcript sent with call ${call.id} is no longer in storage (${provided.key}); upload the call again.`);
  // Ingest stores the file redacted; one stored before that is redacted now, in place.
  const source = redactWebVtt(sent).text;
  if (source !== sent) await ports.blobs.put(provided.key, source, { contentType: 'text/vtt' });
  const read = parseWebVtt(source);
  if ('problem' in read) throw permanent('TRANSCRIPT_INVALID', `The transcript sent with the recording is not usable WebVTT: ${read.problem}`);
  const transcript = transcriptFromCues(read.cues, call.meta, call.audio?.durationSec ?? 0, provided.format);
  ports.logger.info({ cues: read.cues.length, attribution: transcript.attribution?.method }, 'transcript taken from the file sent with the recording');
  return saveTranscript(call, transcript, ports, { audioSeconds: call.audio?.durationSec ?? 0, estimatedUsd: 0 }, vttRedactions(source));
}

/**
 * What transcribing the call cost: each stored chunk transcript was paid for once, when it was sent to
 * the engine (by this step or by a chunk job), so the estimate is the sum over the parts, whatever model
 * made each. A re-run that reuses every part adds nothing; one that sends a missing chunk adds that chunk.
 * (Transcription is the only priced work today, so this is the call's whole estimate.)
 */
export function transcriptionCost(call: Call, parts: readonly ChunkTranscript[]): Call['cost'] {
  const chunks = new Map((call.audio?.tracks ?? []).flatMap((t) => t.chunks.map((c) => [`${t.speaker}/${c.index}`, c.durationSec] as const)));
  const audioSeconds = parts.length ? [...chunks.values()].reduce((sum, sec) => sum + sec, 0) : 0;
  const usd = parts.reduce((sum, p) => sum + ((chunks.get(`${p.speaker}/${p.index}`) ?? 0) / 60) * usdPerMinute(p), 0);
  return { audioSeconds: round(audioSeconds), estimatedUsd: Math.round(usd * 10000) / 10000 };
}

const usdPerMinute = (part: { engine: string; model: string | null }) => (part.engine === 'local' ? 0 : (USD_PER_MINUTE[part.model ?? ''] ?? 0));

/** One transcript from the chunks of all tracks: segments in time order, speakers from the tracks. */
export function mergeChunks(call: Call, parts: readonly ChunkTranscript[], engine: { engine: string; model: string | null }): Transcript {
  const segments = sortSegments(parts.flatMap((p) => p.segments));
  const ids = [...new Set([...(call.audio?.tracks ?? []).map((t) => t.speaker).filter((s) => s !== 'mixed'), ...segments.map((s) => s.speaker)])];
  return {
    schemaVersion: 1,
    engine: parts[0]?.engine ?? engine.engine,
    model: parts[0]?.model ?? engine.model,
    language: parts[0]?.language ?? call.meta.language ?? 'en',
    durationSec: call.audio?.durationSec ?? 0,
    speakers: ids.map((id) => ({ id, role: id === 'rep' || id === 'customer' ? id : 'unknown' })),
    segments,
    text: transcriptText(segments),
  };
}

/** Says on the transcript's attribution whether the speakers of a mixed track were linked across its chunks. */
export function withLinkingDetail(transcript: Transcript, parts: readonly ChunkTranscript[]): Transcript {
  const source = parts.find((p) => p.speakerLink?.role === 'source');
  const linked = parts.filter((p) => p.speakerLink?.role === 'linked');
  if (!source || linked.length === 0) return transcript;
  const references = [...new Set(linked.flatMap((p) => p.speakerLink?.references ?? []))];
  const chunks = linked.length + 1;
  const sentence = references.length
    ? `Speakers linked across ${chunks} chunks by voice references (${references.join(', ')}, cut from chunk ${source.index}); a voice not recognised in a later chunk has an id of that chunk's own (c<chunk>.S<n>).`
    : `Speakers not linked across ${chunks} chunks: chunk ${source.index} had no speaker turn long enough for a voice reference, so each later chunk's speakers have ids of that chunk's own (c<chunk>.S<n>).`;
  const before = transcript.attribution;
  return { ...transcript, attribution: { ...before, method: before?.method ?? 'none', detail: before ? `${before.detail} ${sentence}` : sentence } };
}

const round = (n: number) => Math.round(n * 100) / 100;
