import type { CallMeta } from './call-meta.ts';
import { attributeSpeakers } from './speaker-attribution.ts';
import { normalizeText } from './text.ts';
import { transcriptText, type Segment, type Speaker, type Transcript } from './transcript.ts';
import type { VttCue } from './webvtt.ts';

/** The engine name on a transcript that came with the recording instead of from a speech engine. */
export const PROVIDED_ENGINE = 'provided';

/** Consecutive cues of one speaker closer than this are one turn (meeting tools cut a turn into short cues). */
const SAME_TURN_GAP_SEC = 2;

/**
 * A transcript that came with the recording (a meeting tool's WebVTT export), in callscribe's shape.
 * Speakers are the cues' names: a name that is the rep's or the customer's in CallMeta (the whole name,
 * or the first name alone when only one side has it) takes that role; with two named speakers and one
 * known, the other takes the other role; names that match nothing stay `S1`, `S2`… with role unknown.
 * With no names matched, roles come from introductions as on a mono recording. The tool's words are
 * taken as they are: the transcript carries no confidences, so the quality gate cannot grade it.
 */
export function transcriptFromCues(cues: readonly VttCue[], meta: CallMeta, durationSec: number, format: string): Transcript {
  const voices = [...new Set(cues.map((c) => c.voice ?? ''))];
  const roles = rolesByName(voices, meta);
  const ids = new Map<string, string>();
  let unnamed = 0;
  for (const voice of voices) ids.set(voice, roles.get(voice) ?? `S${++unnamed}`);

  const segments: Segment[] = [];
  for (const cue of cues) {
    const speaker = ids.get(cue.voice ?? '')!;
    const last = segments.at(-1);
    if (last && last.speaker === speaker && cue.startSec - last.endSec <= SAME_TURN_GAP_SEC) {
      last.text = `${last.text} ${cue.text}`;
      last.endSec = Math.max(last.endSec, cue.endSec);
    } else {
      segments.push({ speaker, startSec: cue.startSec, endSec: cue.endSec, text: cue.text, confidence: null });
    }
  }
  const speakers: Speaker[] = [...new Set(segments.map((s) => s.speaker))].map((id) => ({ id, role: id === 'rep' || id === 'customer' ? id : 'unknown' }));
  const transcript: Transcript = {
    schemaVersion: 1,
    engine: PROVIDED_ENGINE,
    model: format,
    language: meta.language ?? 'en',
    durationSec: Math.max(durationSec, ...segments.map((s) => s.endSec)),
    speakers,
    segments,
    text: transcriptText(segments),
  };
  if (roles.size === 0) return attributeSpeakers(transcript, meta);
  const named = [...roles].map(([voice, role]) => `"${voice}" is the ${role}`).join('; ');
  return { ...transcript, attribution: { method: 'names', detail: `Speakers named in the transcript that came with the recording: ${named} (by the names in the call meta).` } };
}

/** Roles of the voices whose names are the rep's or the customer's; the other of two voices takes the other role. */
function rolesByName(voices: readonly string[], meta: CallMeta): Map<string, 'rep' | 'customer'> {
  const full = { rep: normalizeText(meta.rep?.name ?? ''), customer: normalizeText(meta.customer?.name ?? '') };
  const first = { rep: full.rep.split(' ')[0] ?? '', customer: full.customer.split(' ')[0] ?? '' };
  const roles = new Map<string, 'rep' | 'customer'>();
  for (const voice of voices) {
    const name = normalizeText(voice);
    if (!name) continue;
    const whole = (['rep', 'customer'] as const).filter((r) => full[r] && name === full[r]);
    // A first name alone counts only when it is one side's and not the other's.
    const firstOnly = (['rep', 'customer'] as const).filter((r) => first[r] && name === first[r] && first.rep !== first.customer);
    const matched = whole.length === 1 ? whole : firstOnly.length === 1 ? firstOnly : [];
    if (matched[0] && ![...roles.values()].includes(matched[0])) roles.set(voice, matched[0]);
  }
  const others = voices.filter((v) => v && !roles.has(v));
  if (voices.filter(Boolean).length === 2 && roles.size === 1 && others.length === 1) {
    const [known] = [...roles.values()];
    roles.set(others[0]!, known === 'rep' ? 'customer' : 'rep');
  }
  return roles;
}
