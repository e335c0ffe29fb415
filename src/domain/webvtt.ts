/** One cue of a WebVTT file: when, who (the voice tag or a `Name:` prefix, when there is one) and what was said. */
export interface VttCue {
  startSec: number;
  endSec: number;
  voice: string | null;
  text: string;
}

const TIMING = /^(\S+)\s+-->\s+(\S+)(?:\s+.*)?$/;
const TIMESTAMP = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'", lrm: '', rlm: '' };
/** Meeting tools that write no voice tags put the speaker's name before a colon. */
const NAME_PREFIX = /^([\p{L}][\p{L}\p{M}\d'’.\- ]{0,48}?):\s+(\S.*)$/su;
/** A name's words: capitalised ("Ana", "O'Neil", "Guest 2"), or the small words inside names ("van der", "de la"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\d+|van|von|der|den|de|del|della|la|le|da|di|du|bin|al)$/u;
const isName = (words: string[]) => words.length <= 5 && /^\p{Lu}/u.test(words[0] ?? '') && words.every((w) => NAME_WORD.test(w));

/**
 * Reads a WebVTT transcript (the W3C format that Zoom, Microsoft Teams and Google Meet export) into cues.
 * The speaker of a cue comes from its voice span (`<v Name>…`), else from a `Name: ` prefix that reads
 * as a name (at most five words, capitalised but for particles like "van" or "de"); other markup (`<c>`, `<b>`, `<i>`, inline timestamps) is dropped and entities decoded.
 * NOTE, STYLE and REGION blocks are skipped. A file that is not WebVTT, has a malformed timing line or no
 * cue with any text gives `problem`, naming the line, in words for the person who sent it.
 */
export function parseWebVtt(source: string): { cues: VttCue[] } | { problem: string } {
  try {
    return { cues: readCues(source) };
  } catch (err) {
    if (err instanceof VttProblem) return { problem: err.message };
    throw err;
  }
}

class VttProblem extends Error {}

function readCues(source: string): VttCue[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    throw invalid('it does not start with the line `WEBVTT`. Export the transcript as WebVTT (.vtt) from the meeting tool.');
  }
  const cues: VttCue[] = [];
  let i = 1;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.trim() === '') i++;
    const start = i;
    const block: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== '') block.push(lines[i++]!);
    if (block.length === 0) break;
    if (/^(NOTE|STYLE|REGION)(?:\s|$)/.test(block[0]!)) continue;
    // An optional cue identifier precedes the timing line.
    const at = block[0]!.includes('-->') ? 0 : 1;
    const timing = block[at]?.match(TIMING);
    if (!timing) throw invalid(`line ${start + at + 1} should be a cue timing ("00:00:01.000 --> 00:00:04.000").`);
    const startSec = seconds(timing[1]!, start + at + 1);
    const endSec = seconds(timing[2]!, start + at + 1);
    if (endSec < startSec) throw invalid(`the cue on line ${start + at + 1} ends before it starts.`);
    const cue = cueText(block.slice(at + 1).join('\n'));
    if (cue.text) cues.push({ startSec, endSec, ...cue });
  }
  if (cues.length === 0) throw invalid('it has no cue with any text.');
  return cues;
}

function seconds(stamp: string, line: number): number {
  const m = stamp.match(TIMESTAMP);
  if (!m) throw invalid(`line ${line} has the timestamp "${stamp.slice(0, 20)}"; WebVTT wants hh:mm:ss.ttt or mm:ss.ttt.`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

function cueText(payload: string): { voice: string | null; text: string } {
  const { voiceTag, text } = splitTags(payload);
  const plain = decode(text).replace(/\s+/g, ' ').trim();
  if (voiceTag !== null) return { voice: decode(voiceTag).trim() || null, text: plain };
  const prefixed = plain.match(NAME_PREFIX);
  if (prefixed && isName(prefixed[1]!.trim().split(/\s+/))) return { voice: prefixed[1]!.trim(), text: prefixed[2]!.trim() };
  return { voice: null, text: plain };
}

/** A voice tag's content (`v`, its classes, whitespace, the name): linear, as the tag holds no `>`. */
const VOICE_TAG = /^v(?:\.\S+)?\s+([\s\S]+)$/;

/**
 * A cue payload without its tags, and the name in its first voice tag (null when it has none), read in one
 * pass: a tag runs from `<` to the next `>`, and a `<` that no `>` closes is text. The payload is the sender's
 * (up to the transcript's 2 MiB), so nothing here may backtrack: a regular expression matching a tag
 * anywhere in it took time growing with the square of a run of `<`, and exponentially with a run of classes
 * on a voice tag (`<v.a.a.a…`), holding the API's event loop while an upload was checked.
 */
function splitTags(payload: string): { voiceTag: string | null; text: string } {
  let text = '';
  let voiceTag: string | null = null;
  let at = 0;
  while (at < payload.length) {
    const open = payload.indexOf('<', at);
    const close = open === -1 ? -1 : payload.indexOf('>', open + 1);
    if (close === -1) {
      text += payload.slice(at);
      break;
    }
    text += payload.slice(at, open);
    voiceTag ??= VOICE_TAG.exec(payload.slice(open + 1, close))?.[1] ?? null;
    at = close + 1;
  }
  return { voiceTag, text };
}

/** Character references decoded; one naming no Unicode code point is left as written. */
const decode = (s: string) =>
  s.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name.startsWith('#x') || name.startsWith('#X') ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

const invalid = (why: string) => new VttProblem(why);
