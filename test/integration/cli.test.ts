import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groundQuote } from '../../src/domain/grounding.ts';
import { Insights } from '../../src/domain/insights.ts';
import { fixtureCall } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('callscribe CLI', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it('extract: schema-valid Insights whose every evidence quote occurs in the transcript', async () => {
    for (const name of ['discovery-brightline', 'stalled-followup-kestrel', 'contract-signed-acme']) {
      const f = fixtureCall(name);
      const res = await runCli(['extract', f.goldTranscriptPath, '--meta', f.metaPath], { DATA_DIR: temp.dir });
      expect(res.stderr).toBe('');
      expect(res.code).toBe(0);
      const insights = Insights.parse(JSON.parse(res.stdout));
      expect(insights.actionItems.length).toBeGreaterThan(0);
      for (const item of [...insights.actionItems, insights.dealStage]) {
        for (const e of item.evidence) {
          const found = groundQuote(f.goldTranscript, e.quote);
          expect(found, `quote "${e.quote}" of ${name}`).not.toBeNull();
          expect(found!.speaker).toBe(e.speaker);
        }
      }
    }
  });

  it('process: a corrupt recording exits 1 with one line "error AUDIO_CORRUPT: …"', async () => {
    const corrupt = join(temp.dir, 'broken.mp3');
    await writeFile(corrupt, randomBytes(20_000));
    const res = await runCli(['process', corrupt], { DATA_DIR: temp.dir, LOG_LEVEL: 'silent' });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim()).toMatch(/^error AUDIO_CORRUPT: .*upload it again\.$/);
  });

  it('exits 2 with how to fix it on a bad configuration or usage', async () => {
    const bad = await runCli(['process', 'x.wav'], { DATA_DIR: temp.dir, TRANSCRIBER: 'whisperx' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/error CONFIG: .*TRANSCRIBER="whisperx".*use TRANSCRIBER=local/s);
    const missing = await runCli(['process', join(temp.dir, 'nope.wav')], { DATA_DIR: temp.dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/error USAGE: AUDIO .*nope\.wav does not exist/);
    const unknown = await runCli(['frobnicate'], {});
    expect(unknown.code).toBe(2);
    const serve = await runCli(['serve'], { DATA_DIR: temp.dir });
    expect(serve.code).toBe(2);
    expect(serve.stderr).toMatch(/needs REDIS_URL/);
  });
});
