import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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

/** Every fixture call folder with meta.json, gold.json and transcript.gold.json. */
export async function loadFixtures(only?: string): Promise<EvalFixture[]> {
  const dirs = (await readdir(FIXTURE_ROOT, { withFileTypes: true })).filter((d) => d.isDirectory() && (!only || d.name === only));
  const fixtures: EvalFixture[] = [];
  for (const { name } of dirs.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = join(FIXTURE_ROOT, name);
    const read = async (f: string) => JSON.parse(await readFile(join(dir, f), 'utf8')) as unknown;
    if (!existsSync(join(dir, 'gold.json')) || !existsSync(join(dir, 'transcript.gold.json'))) continue;
    fixtures.push({
      name,
      dir,
      audio: existsSync(join(dir, 'call.ogg')) ? join(dir, 'call.ogg') : null,
      meta: CallMeta.parse(await read('meta.json')),
      gold: (await read('gold.json')) as GoldLabels,
      transcript: Transcript.parse(await read('transcript.gold.json')),
    });
  }
  return fixtures;
}
