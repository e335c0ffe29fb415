import { copyFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CallMeta } from '../../src/domain/call-meta.ts';
import type { EvalFixture, GoldLabels } from '../../scripts/eval/fixtures.ts';
import { scriptTranscript } from '../../scripts/eval/fixtures.ts';
import { renderedFixtures } from '../../scripts/eval/rendered-split.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// The eval renders a split that keeps no audio with the fixture synthesizer. A dev call copied out of its
// folder (so without its audio) stands in for a test call: same name, so the same voices.
describe('eval audio for a split without recordings', () => {
  const name = 'voicemail-quarry';
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let fixture: EvalFixture;
  let cache: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    const dev = fixtureCall(name);
    const dir = join(temp.dir, 'calls', name);
    await mkdir(dir, { recursive: true });
    for (const file of ['script.json', 'meta.json', 'gold.json']) await copyFile(join(dev.dir, file), join(dir, file));
    const read = async (file: string) => JSON.parse(await readFile(join(dir, file), 'utf8')) as unknown;
    const meta = CallMeta.parse(await read('meta.json'));
    fixture = { name, dir, audio: null, meta, gold: (await read('gold.json')) as GoldLabels, transcript: scriptTranscript((await read('script.json')) as never, meta) };
    cache = join(temp.dir, 'cache');
  });
  afterEach(() => temp.cleanup());

  it('renders a call exactly as npm run fixtures does, once, and again when its script changes', async () => {
    const dev = fixtureCall(name);
    const [first] = await renderedFixtures([fixture], { cacheDir: cache, progress: () => {} });
    expect(await readFile(first!.audio)).toEqual(await readFile(dev.audio));
    expect(first!.transcript).toEqual(dev.goldTranscript);

    const before = (await stat(first!.audio)).mtimeMs;
    const [again] = await renderedFixtures([fixture], { cacheDir: cache, progress: () => {} });
    expect(again!.audio).toBe(first!.audio);
    expect((await stat(again!.audio)).mtimeMs).toBe(before);

    const script = JSON.parse(await readFile(join(fixture.dir, 'script.json'), 'utf8')) as { lines: { speaker: string; text: string }[] };
    script.lines.push({ speaker: 'rep', text: 'Thanks again.' });
    await writeFile(join(fixture.dir, 'script.json'), JSON.stringify(script));
    const [changed] = await renderedFixtures([fixture], { cacheDir: cache, progress: () => {} });
    expect(changed!.audio).not.toBe(first!.audio);
    expect(changed!.transcript.segments.at(-1)?.text).toBe('Thanks again.');
    expect((await readdir(cache)).sort()).toEqual([changed!.audio, changed!.audio.replace(/\.ogg$/, '.json')].map((p) => p.slice(cache.length + 1)).sort());
  });
});
