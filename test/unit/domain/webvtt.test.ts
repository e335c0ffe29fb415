import { describe, expect, it } from 'vitest';
import { parseWebVtt, type VttCue } from '../../../src/domain/webvtt.ts';
import { callInWorker } from '../../helpers/in-worker.ts';

const cues = (source: string): VttCue[] => {
  const read = parseWebVtt(source);
  if ('problem' in read) throw new Error(read.problem);
  return read.cues;
};
const problem = (source: string): string => {
  const read = parseWebVtt(source);
  return 'problem' in read ? read.problem : '(parsed)';
};

describe('parseWebVtt', () => {
  it('reads voice spans, cue identifiers, hour-less timestamps and cue settings', () => {
    const vtt = 'WEBVTT - exported\n\n1\n00:00:01.250 --> 00:00:03.000 align:start\n<v Ana Ruiz>Hello there.</v>\n\n00:03.500 --> 00:05.000\n<v.loud Tom>Hi, Ana.\n';
    expect(cues(vtt)).toEqual([
      { startSec: 1.25, endSec: 3, voice: 'Ana Ruiz', text: 'Hello there.' },
      { startSec: 3.5, endSec: 5, voice: 'Tom', text: 'Hi, Ana.' },
    ]);
  });

  it('takes a short name before a colon as the speaker when there is no voice span', () => {
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nPriya Shah: We can start Monday.\n\n00:00:02.000 --> 00:00:04.000\nThe plan is simple: start small and grow.\n';
    const [named, sentence] = cues(vtt);
    expect(named).toMatchObject({ voice: 'Priya Shah', text: 'We can start Monday.' });
    // Words before a colon that are not capitalised like a name are part of the sentence.
    expect(sentence).toMatchObject({ voice: null, text: 'The plan is simple: start small and grow.' });
  });

  it('drops other markup, decodes entities, joins a cue’s lines and skips NOTE and STYLE blocks', () => {
    const vtt = 'WEBVTT\n\nNOTE exported by a meeting tool\n\nSTYLE\n::cue { color: red }\n\n00:00:00.000 --> 00:00:02.000\n<v Kim><i>Terms</i> &amp; <00:00:01.000>conditions\nare &lt;fine&gt;.\n';
    expect(cues(vtt)).toEqual([{ startSec: 0, endSec: 2, voice: 'Kim', text: 'Terms & conditions are <fine>.' }]);
  });

  it('accepts a byte-order mark and Windows line ends', () => {
    expect(cues('\uFEFFWEBVTT\r\n\r\n00:00:00.000 --> 00:00:01.000\r\n<v A>Yes.\r\n')).toHaveLength(1);
  });

  it('skips cues without text', () => {
    expect(cues('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v A></v>\n\n00:00:01.000 --> 00:00:02.000\n<v B>Sure.\n')).toEqual([{ startSec: 1, endSec: 2, voice: 'B', text: 'Sure.' }]);
  });

  it('says what is wrong with a file that is not usable WebVTT', () => {
    expect(problem('1\n00:00:00,000 --> 00:00:01,000\nan SRT file\n')).toMatch(/WEBVTT/);
    expect(problem('WEBVTT\n\n00:00:00,000 --> 00:00:01,000\ncomma decimals\n')).toMatch(/line 3 .*timestamp/);
    expect(problem('WEBVTT\n\nid\nno timing here\n')).toMatch(/line 4 should be a cue timing/);
    expect(problem('WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards\n')).toMatch(/ends before it starts/);
    expect(problem('WEBVTT\n\nNOTE nothing else\n')).toMatch(/no cue/);
  });
});

describe('parseWebVtt speaker prefixes', () => {
  it('reads names with particles and numbered guests', () => {
    const read = parseWebVtt('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\nLuis de la Cruz: Right.\n\n00:00:01.000 --> 00:00:02.000\nGuest 2: Okay.\n');
    expect('cues' in read && read.cues.map((c) => c.voice)).toEqual(['Luis de la Cruz', 'Guest 2']);
  });
});

const parseInWorker = (source: string) => callInWorker<ReturnType<typeof parseWebVtt>>(new URL('../../../src/domain/webvtt.ts', import.meta.url), 'parseWebVtt', source);

describe('parseWebVtt on hostile cues', () => {
  // The transcript is the uploader's and is read in the API's request (up to 2 MiB): its markup is read in one pass.
  it('reads runs of voice-tag classes and of unclosed `<` as text, in one pass', async () => {
    const cue = (payload: string) => `WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n${payload}\n`;
    const classes = '<v' + '.a'.repeat(40);
    expect(await parseInWorker(cue(classes))).toEqual({ cues: [{ startSec: 0, endSec: 1, voice: null, text: classes }] });
    const opens = '<'.repeat(1 << 20);
    expect(await parseInWorker(cue(opens))).toEqual({ cues: [{ startSec: 0, endSec: 1, voice: null, text: opens }] });
    const voices = '<v '.repeat(300_000);
    expect(await parseInWorker(cue(voices))).toEqual({ cues: [{ startSec: 0, endSec: 1, voice: null, text: voices.trim() }] });
  });

  it('keeps a character reference that names no code point as written', () => {
    expect(cues('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<v Kim>&#99999999; &#x110000; &#65;\n')).toEqual([{ startSec: 0, endSec: 1, voice: 'Kim', text: '&#99999999; &#x110000; A' }]);
  });

  it('takes the first voice tag, with or without classes, and drops every tag', () => {
    expect(cues('WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n<c>x</c> <v.loud.left Ana Ruiz>Hi <v Tom>there</v> a < b\n')).toEqual([
      { startSec: 0, endSec: 1, voice: 'Ana Ruiz', text: 'x Hi there a < b' },
    ]);
  });
});
