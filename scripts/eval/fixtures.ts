import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CallMeta } from '../../src/domain/call-meta.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import type { GoldItem } from './match-items.ts';

export interface GoldLabels {
  actionItems: GoldItem[];
  expectedStage: string | null;
  /** `voicemail` for a one-sided message. */
  callType?: string;
  /** The call contains words addressed to the system; these stages must never be proposed. */
  injection?: boolean;
  forbiddenStages?: string[];
  /** Personal data spoken in the call, which must not appear in any output. */
  pii?: { kind: string; spoken: string }[];
}

export interface EvalFixture {
  name: string;
  dir: string;
  /** The recording, when the call has one in the demo's audio set. */
  audio: string | null;
  meta: CallMeta;
  gold: GoldLabels;
  transcript: Transcript;
}

export const FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/calls');
/** Longer dev calls, scored on their gold transcripts (no audio): written like the test calls, and read and tuned on. */
export const LONG_DEV_FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/dev-calls');
/** The held-out split: never read while changing the extractor, the prompts or the speech model. */
export const TEST_FIXTURE_ROOT = resolve(import.meta.dirname, '../../fixtures/test-calls');

export type Split = 'dev' | 'test';

/**
 * Every call folder of a split with meta.json and gold.json, and its gold transcript: transcript.gold.json
 * when the call has been rendered to audio, else one built from script.json (see scriptTranscript).
 */
export async function loadFixtures(only?: string, split: Split = 'dev'): Promise<EvalFixture[]> {
  return loadFixturesFrom(split === 'dev' ? [FIXTURE_ROOT, LONG_DEV_FIXTURE_ROOT] : [TEST_FIXTURE_ROOT], only);
}

/** Every call folder under `roots` laid out as the fixtures are (see loadFixtures); `only` keeps the one of that name. */
export async function loadFixturesFrom(roots: readonly string[], only?: string): Promise<EvalFixture[]> {
  const dirs: { root: string; name: string }[] = [];
  for (const root of roots.filter((r) => existsSync(r))) {
    for (const d of await readdir(root, { withFileTypes: true })) if (d.isDirectory() && (!only || d.name === only)) dirs.push({ root, name: d.name });
  }
  const fixtures: EvalFixture[] = [];
  for (const { root, name } of dirs.sort((a, b) => a.root.localeCompare(b.root) || a.name.localeCompare(b.name))) {
    const dir = join(root, name);
    if (!existsSync(join(dir, 'gold.json'))) continue;
    fixtures.push(await loadCall(dir, name).catch((e: unknown) => {
      throw new Error(`${dir}: ${e instanceof Error ? e.message : String(e)}`);
    }));
  }
  return fixtures;
}

/** One call folder with gold labels; one with neither a gold transcript nor a script cannot be scored, and says so. */
async function loadCall(dir: string, name: string): Promise<EvalFixture> {
  /** A file of the folder as its schema reads it; what is wrong names the file, and the field when it is one. */
  const read = async <S extends z.ZodType>(f: string, schema: S): Promise<z.output<S>> => {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(join(dir, f), 'utf8'));
    } catch (e) {
      throw new Error(`${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${f}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
    return parsed.data;
  };
  const meta = await read('meta.json', CallMeta);
  let transcript: Transcript;
  if (existsSync(join(dir, 'transcript.gold.json'))) transcript = await read('transcript.gold.json', Transcript);
  else if (existsSync(join(dir, 'script.json'))) transcript = scriptTranscript(await read('script.json', ScriptFile), meta);
  else throw new Error('gold.json has nothing to be scored against: the folder has neither transcript.gold.json nor script.json');
  const gold: GoldLabels = await read('gold.json', GoldFile);
  return { name, dir, audio: existsSync(join(dir, 'call.ogg')) ? join(dir, 'call.ogg') : null, meta, gold, transcript };
}

/** gold.json as the scoring reads it (fields it does not read are kept). */
const GoldFile = z.looseObject({
  actionItems: z.array(z.looseObject({ text: z.string(), owner: z.enum(['rep', 'customer', 'unknown']), dueDate: z.string().nullable(), keywords: z.array(z.string()) })),
  expectedStage: z.string().nullable().default(null),
  callType: z.string().optional(),
  injection: z.boolean().optional(),
  forbiddenStages: z.array(z.string()).optional(),
  pii: z.array(z.object({ kind: z.string(), spoken: z.string() })).optional(),
});

/** script.json as the gold transcript is built from it (fields it does not read are kept). */
const ScriptFile = z.looseObject({
  language: z.string().optional(),
  lines: z.array(z.object({ speaker: z.enum(['rep', 'customer']), text: z.string() })),
});
type Script = z.output<typeof ScriptFile>;

/** Seconds a spoken word takes, and the pause between turns, for timings of a call never rendered. */
const SECONDS_PER_WORD = 0.38;
const TURN_GAP_SEC = 0.5;

/**
 * The gold transcript of a call that has a script but no audio: one segment per line, as the
 * synthesizer would make it, with timings estimated from the words (none of the extraction depends on
 * their exact values).
 */
export function scriptTranscript(script: Script, meta: CallMeta): Transcript {
  let at = 0.3;
  const segments = script.lines.map((line) => {
    const startSec = Number(at.toFixed(2));
    const endSec = Number((at + Math.max(0.6, line.text.split(/\s+/).length * SECONDS_PER_WORD)).toFixed(2));
    at = endSec + TURN_GAP_SEC;
    return { speaker: line.speaker, startSec, endSec, text: line.text, confidence: 1 };
  });
  return Transcript.parse({
    schemaVersion: 1,
    engine: 'gold',
    model: null,
    language: script.language ?? meta.language ?? 'en',
    durationSec: segments.at(-1)?.endSec ?? 0,
    speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
    segments,
    text: segments.map((s) => s.text).join(' '),
  });
}
