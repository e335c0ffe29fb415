/**
 * Audio for a split that keeps none in git (the test split: its calls are too long for the 150 KB cap).
 * Each call is rendered by the fixture synthesizer with the voices `npm run fixtures` would give it and
 * cached under $TMPDIR/callscribe-eval-audio/ (node_modules may be shared between worktrees), keyed by a
 * hash of script.json, meta.json, the voices and the synthesizer's version, so a rerun renders nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Transcript } from '../../src/domain/transcript.ts';
import { withTempDir } from '../../src/processes/temp-dir.ts';
import { castFixtureVoices } from '../fixtures/cast.ts';
import { CallScript } from '../fixtures/fixture-files.ts';
import { renderChecked, synthesizerVersion } from '../fixtures/rendered-call.ts';
import { checkTools } from '../fixtures/tools.ts';
import { checkVariants } from '../fixtures/voices.ts';
import type { EvalFixture } from './fixtures.ts';

export const EVAL_AUDIO_CACHE = join(tmpdir(), 'callscribe-eval-audio');

/**
 * The fixtures of `fixtures` that have a script in English, each with `audio` set to its rendering and
 * `transcript` replaced by the rendering's exact gold transcript (the same lines, with real times).
 * Says how each call went on `progress` (default: stderr).
 */
export async function renderedFixtures(
  fixtures: readonly EvalFixture[],
  options: { cacheDir?: string; progress?: (line: string) => void } = {},
): Promise<(EvalFixture & { audio: string })[]> {
  const { cacheDir = EVAL_AUDIO_CACHE, progress = (line: string) => void process.stderr.write(`${line}\n`) } = options;
  await checkTools();
  await checkVariants();
  await mkdir(cacheDir, { recursive: true });
  const [cast, version] = await Promise.all([castFixtureVoices(fixtures.map((f) => f.name)), synthesizerVersion()]);
  const rendered: (EvalFixture & { audio: string })[] = [];
  for (const [i, f] of fixtures.entries()) {
    const scriptFile = join(f.dir, 'script.json');
    if (!existsSync(scriptFile)) continue;
    const scriptText = await readFile(scriptFile, 'utf8');
    const script = CallScript.parse(JSON.parse(scriptText));
    if (script.language !== 'en') continue;
    const voices = cast.get(f.name);
    if (!voices) throw new Error(`${f.name}: no voices cast (is its folder in fixtures/calls or fixtures/test-calls?)`);
    const key = createHash('sha256')
      .update([scriptText, await readFile(join(f.dir, 'meta.json'), 'utf8'), JSON.stringify(voices), version].join('\0'))
      .digest('hex').slice(0, 16);
    const stem = join(cacheDir, `${f.name}-${key}`);
    const started = Date.now();
    const cached = existsSync(`${stem}.ogg`) && existsSync(`${stem}.json`);
    if (!cached) {
      // Written under names of this process and renamed, so an eval in another worktree sharing the cache never reads half a file.
      const partial = `.${process.pid}.partial`;
      await withTempDir(tmpdir(), async (dir) => {
        const call = await renderChecked(f.name, script, voices, dir);
        await writeFile(`${stem}.json${partial}`, JSON.stringify(call.transcript));
        await copyFile(call.audioFile, `${stem}.ogg${partial}`);
      });
      await rename(`${stem}.json${partial}`, `${stem}.json`);
      await rename(`${stem}.ogg${partial}`, `${stem}.ogg`);
      await removeStale(cacheDir, f.name, key);
    }
    const transcript = Transcript.parse(JSON.parse(await readFile(`${stem}.json`, 'utf8')));
    rendered.push({ ...f, audio: `${stem}.ogg`, transcript });
    const how = cached ? 'cached' : `rendered in ${((Date.now() - started) / 1000).toFixed(1)} s`;
    progress(`  [${i + 1}/${fixtures.length}] audio of ${f.name}: ${transcript.durationSec.toFixed(0)} s, ${how}`);
  }
  return rendered;
}

/** Removes the cached renderings of `name` under other keys (an older script or synthesizer). */
async function removeStale(cacheDir: string, name: string, key: string): Promise<void> {
  const stale = (await readdir(cacheDir)).filter((file) => {
    const m = /^(.*)-([0-9a-f]{16})\.(ogg|json)$/.exec(file);
    return m !== null && m[1] === name && m[2] !== key;
  });
  await Promise.all(stale.map((file) => rm(join(cacheDir, file), { force: true })));
}
