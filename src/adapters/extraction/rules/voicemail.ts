import type { CallMeta } from '../../../domain/call-meta.ts';
import type { Transcript } from '../../../domain/transcript.ts';
import { EN_VOICEMAIL } from './lang/en.ts';
import { ES_VOICEMAIL } from './lang/es.ts';
import type { VoicemailWords } from './lang/types.ts';
import { roleOf, toSentences, type Role } from './sentences.ts';

/**
 * A voicemail-only call: one party speaks and the other never does (an answering machine's greeting
 * does not count as speaking), and what is said sounds like a message left for someone ("this is … returning
 * your call", "please call me back", "I'll try you again"). Such a call is no conversation: nobody
 * agreed to anything and nothing moves the deal.
 */

export interface Voicemail {
  /** Who left the message: the only speaker's role, or from the call's direction when roles are unknown. */
  by: Role;
  /** Speaker id of the message. */
  speaker: string;
  /** The words that sound like a voicemail ("returning your call"). */
  cue: string;
}

/** Every language's phrases: a voicemail is recognised whatever the call's language. */
const LANGUAGES: readonly VoicemailWords[] = [EN_VOICEMAIL, ES_VOICEMAIL];

const isGreeting = (text: string): boolean => LANGUAGES.some((v) => v.greeting.test(text));

function cueIn(text: string): string | null {
  for (const v of LANGUAGES) {
    const m = v.message.exec(text);
    if (m) return m[0];
  }
  return null;
}

export function detectVoicemail(transcript: Transcript, meta: CallMeta): Voicemail | null {
  const sentences = toSentences(transcript).filter((s) => s.text.trim() && !s.addressedToSystem);
  // A turn that holds an answering machine's greeting is the machine's, all of it.
  const greetings = new Set(sentences.filter((s) => isGreeting(s.text)).map((s) => s.segmentIndex));
  let talkers = new Set(sentences.filter((s) => !greetings.has(s.segmentIndex)).map((s) => s.speaker));
  // "I wanted to leave a message…" said by the caller is still the caller speaking.
  if (!talkers.size) {
    greetings.clear();
    talkers = new Set(sentences.map((s) => s.speaker));
  }
  if (talkers.size !== 1) return null;
  const [speaker] = [...talkers] as [string];
  let cue: string | null = null;
  for (const s of sentences) {
    if (s.speaker === speaker && !greetings.has(s.segmentIndex)) cue ??= cueIn(s.text);
  }
  if (!cue) return null;
  let by = roleOf(transcript, speaker);
  if (by === 'unknown' && meta.direction) by = meta.direction === 'outbound' ? 'rep' : 'customer';
  return { by, speaker, cue };
}

/** The warning that lets the pipeline and the CRM mark the call's disposition. */
export function voicemailWarning(v: Voicemail): string {
  const who = v.by === 'unknown' ? 'one speaker' : `the ${v.by}`;
  return `voicemail: only ${who} spoke and the message sounds like a voicemail ("${v.cue}"); summarised as a voicemail, no stage change proposed`;
}
