/**
 * Redaction of a WebVTT transcript as it is stored (a meeting tool's export sent with a recording). A file
 * with nothing to redact is kept byte for byte. Otherwise it is written again from its cues: each speaker's
 * consecutive cues are read as one turn (`redactSegments`), so a number said across cues is seen whole and
 * those cues become one spanning their times; voices stay as voice tags; styling and other notes are not kept.
 * A `NOTE callscribe redacted: …` block says what was taken out, so a later reading can count it.
 */

import { addCounts, countsOf, emptyCounts, redact, redactionList, type RedactionCounts, type RedactOptions } from '../redact.ts';
import { parseWebVtt } from '../webvtt.ts';
import { redactSegments } from './segments.ts';

const NOTE = /^NOTE callscribe redacted: (.*)$/m;

/** What the `NOTE callscribe redacted:` block of a stored file says was taken out of it (none: nothing). */
export function vttRedactions(source: string): RedactionCounts {
  const note = NOTE.exec(source)?.[1] ?? '';
  return countsOf([...note.matchAll(/([a-z_]+) (\d+)/g)].map((m) => ({ kind: m[1]!, count: Number(m[2]) })));
}

/** The file with what `redact` finds replaced, and how many of each kind were found in this pass. */
export function redactWebVtt(source: string, opts: RedactOptions = {}): { text: string; counts: RedactionCounts } {
  const read = parseWebVtt(source);
  // A file that does not parse is refused when it is read for the call; until then it holds nothing in clear.
  if ('problem' in read) return redact(source, opts);
  const { segments, counts } = redactSegments(
    read.cues.map((c) => ({ speaker: c.voice ?? '', startSec: c.startSec, endSec: c.endSec, text: c.text, confidence: null })),
    opts,
  );
  if (!redactionList(counts).length) return { text: source, counts };
  const all = redactionList(addCounts(addCounts(emptyCounts(), counts), vttRedactions(source)));
  const blocks = [
    'WEBVTT',
    `NOTE callscribe redacted: ${all.map((r) => `${r.kind} ${r.count}`).join(', ')}`,
    ...segments.map((s) => `${stamp(s.startSec)} --> ${stamp(s.endSec)}\n${s.speaker ? `<v ${escaped(s.speaker)}>` : ''}${escaped(s.text)}`),
  ];
  return { text: `${blocks.join('\n\n')}\n`, counts };
}

const escaped = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function stamp(sec: number): string {
  const ms = Math.round(sec * 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}
