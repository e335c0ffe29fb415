import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Call } from '../../src/domain/call.ts';
import { Insights } from '../../src/domain/insights.ts';
import { runCli } from '../helpers/run-cli.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);

// Real recorded speech that is not a sales call (Debian's pocketsphinx-testdata, installed by the
// bootstrap): LibriVox sentences read aloud, and short commands and digit strings. Run through the whole
// pipeline on the local engine and the rules extractor, nothing may come out as sales work.
const DATA = '/usr/share/pocketsphinx/test/data';
const LIBRIVOX = ['0870', '0880', '0890', '0920', '0930'].map((n) => `${DATA}/librivox/sense_and_sensibility_01_austen_64kb-${n}.wav`);
const RAW = ['goforward.raw', 'numbers.raw', 'something.raw'].map((f) => `${DATA}/${f}`);
const RAW_FORMAT = ['-t', 'raw', '-r', '16000', '-e', 'signed', '-b', '16', '-c', '1'];

describe('real speech that is not a sales call, through the whole pipeline on the local engine', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(() => temp?.cleanup());

  it('the test recordings are installed (npm run bootstrap installs pocketsphinx-testdata)', () => {
    expect([...LIBRIVOX, ...RAW].filter((f) => !existsSync(f))).toEqual([]);
  });

  async function processRecording(file: string, meta: object) {
    const metaFile = `${file}.meta.json`;
    await writeFile(metaFile, JSON.stringify(meta));
    const res = await runCli(['process', file, '--meta', metaFile], { TRANSCRIBER: 'local', EXTRACTOR: 'rules', DATA_DIR: join(temp.dir, 'data'), LOG_LEVEL: 'warn' }, 380_000);
    expect(res.code, res.stderr).toBe(0);
    const out = JSON.parse(res.stdout) as { call: unknown; insights: unknown };
    return { call: Call.parse(out.call), insights: Insights.parse(out.insights) };
  }

  /** What the pipeline may make of speech that holds no sales work: nothing to do and no deal to move. */
  function expectNothingInvented({ call, insights }: Awaited<ReturnType<typeof processRecording>>) {
    expect(insights.actionItems).toEqual([]);
    expect(insights.dealStage.proposed).toBeNull();
    if (insights.transcriptQuality && !insights.transcriptQuality.reliable) {
      // The unreliable-transcript path: nothing summarised, a person reviews the call.
      expect(insights.summary).toBe('');
      expect(call.status).toBe('needs_review');
      expect(call.review?.reason ?? '').toMatch(/TRANSCRIPT_UNRELIABLE/);
    } else {
      // A summary that says what the call was not, quoting only whole sentences that were heard.
      expect(insights.summary).toMatch(/^No sales topic was recognised in this call\./);
    }
  }

  it('a reading of five novel sentences (mono)', async () => {
    const file = join(temp.dir, 'librivox.wav');
    await run('sox', [...LIBRIVOX, file]);
    expectNothingInvented(await processRecording(file, { language: 'en', customer: { name: 'Reader' } }));
  }, 400_000);

  it('two channels: the reading on one side, commands and digit strings on the other', async () => {
    const left = join(temp.dir, 'left.wav');
    const right = join(temp.dir, 'right.wav');
    const stereo = join(temp.dir, 'two-sides.wav');
    await run('sox', [...LIBRIVOX, left]);
    await run('sox', [...RAW.flatMap((f) => [...RAW_FORMAT, f]), right]);
    await run('sox', ['-M', left, right, stereo]);
    expectNothingInvented(
      await processRecording(stereo, { language: 'en', rep: { name: 'Sam Reader', channel: 0 }, customer: { name: 'Ola Caller', company: 'Testdata', channel: 1 } }),
    );
  }, 400_000);
});
