import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CallMeta } from '../../src/domain/call-meta.ts';
import { Transcript } from '../../src/domain/transcript.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CALLS = join(REPO_ROOT, 'fixtures', 'calls');

export function fixtureCall(name: string) {
  const dir = join(FIXTURE_CALLS, name);
  return {
    dir,
    audio: join(dir, 'call.ogg'),
    metaPath: join(dir, 'meta.json'),
    meta: CallMeta.parse(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'))),
    goldTranscriptPath: join(dir, 'transcript.gold.json'),
    goldTranscript: Transcript.parse(JSON.parse(readFileSync(join(dir, 'transcript.gold.json'), 'utf8'))),
  };
}
