import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
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

  it('extract with REDACT_CONTACTS=true: no e-mail address or phone number leaves in the insights', async () => {
    const transcript = {
      schemaVersion: 1, engine: 'test', model: null, language: 'en', durationSec: 10,
      speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
      segments: [
        { speaker: 'customer', startSec: 1, endSec: 5, text: 'Can you send the pricing sheet to dana.reyes@quarry.example by Friday?' },
        { speaker: 'rep', startSec: 5.5, endSec: 9, text: 'Sure, and I will call you on +1 415 555 0188 tomorrow.' },
      ],
      text: '',
    };
    const path = join(temp.dir, 'transcript.json');
    await writeFile(path, JSON.stringify(transcript));
    const meta = join(temp.dir, 'meta.json');
    await writeFile(meta, JSON.stringify({ startedAt: '2026-11-17T15:00:00Z', timezone: 'UTC' }));
    const plain = await runCli(['extract', path, '--meta', meta], { DATA_DIR: temp.dir });
    expect(plain.stdout).toContain('dana.reyes@quarry.example');
    const res = await runCli(['extract', path, '--meta', meta], { DATA_DIR: temp.dir, REDACT_CONTACTS: 'true' });
    expect(res.code).toBe(0);
    const insights = Insights.parse(JSON.parse(res.stdout));
    expect(res.stdout).not.toMatch(/dana\.reyes|555 0188/);
    expect(insights.actionItems.length).toBeGreaterThan(0);
    expect(insights.redactions).toEqual(expect.arrayContaining([{ kind: 'email', count: 1 }, { kind: 'phone', count: 1 }]));
  });

  it('extract goes through the quality gate: an unreliable transcript is not summarised and says why', async () => {
    const unsure = (i: number) => ({ speaker: i % 2 ? 'customer' : 'rep', startSec: i * 3, endSec: i * 3 + 2.5, text: 'we will send the contract today then', confidence: 0.2 });
    const transcript = {
      schemaVersion: 1, engine: 'local', model: null, language: 'en', durationSec: 30,
      speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
      segments: Array.from({ length: 10 }, (_, i) => unsure(i)),
      text: '',
    };
    const path = join(temp.dir, 'unsure.json');
    await writeFile(path, JSON.stringify(transcript));
    const res = await runCli(['extract', path], { DATA_DIR: temp.dir, LOG_LEVEL: 'silent' });
    expect(res.code).toBe(0);
    const insights = Insights.parse(JSON.parse(res.stdout));
    expect(insights).toMatchObject({ summary: '', actionItems: [], dealStage: { proposed: null } });
    expect(insights.warnings.join(' ')).toMatch(/^TRANSCRIPT_UNRELIABLE: /);
  });

  it('process: a corrupt recording exits 1 with one line "error AUDIO_CORRUPT: …"', async () => {
    const corrupt = join(temp.dir, 'broken.mp3');
    // Noise, the same every run: fresh random bytes now and then probe as a container with no audio stream (AUDIO_NOT_AUDIO).
    await writeFile(corrupt, noise(20_000));
    const res = await runCli(['process', corrupt], { DATA_DIR: temp.dir, LOG_LEVEL: 'silent' });
    expect(res.code).toBe(1);
    expect(res.stdout).toBe('');
    expect(res.stderr.trim()).toMatch(/^error AUDIO_CORRUPT: .*upload it again\.$/);
  });

  it('process: a recording that failed on its meta runs again with the fixed meta it is sent with; an empty meta keeps the stored one', async () => {
    const stereo = join(temp.dir, 'two-tones.wav');
    execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', 'sine=frequency=300:duration=2', '-f', 'lavfi', '-i', 'sine=frequency=500:duration=2', '-filter_complex', '[0][1]amerge=inputs=2', '-ac', '2', stereo]);
    const meta = async (name: string, value: unknown) => {
      const path = join(temp.dir, name);
      await writeFile(path, JSON.stringify(value));
      return path;
    };
    const oneChannel = await meta('one-channel.json', { rep: { channel: 0 }, customer: { channel: 0 } });
    const env = { DATA_DIR: join(temp.dir, 'data'), LOG_LEVEL: 'silent' };
    const first = await runCli(['process', stereo, '--meta', oneChannel], env);
    expect(first.code).toBe(1);
    expect(first.stderr.trim()).toMatch(/^error AUDIO_CHANNEL_CONFLICT: .*send it again with the fixed meta/);
    // No meta: the stored one stays, and so does the conflict.
    expect((await runCli(['process', stereo], env)).stderr).toMatch(/^error AUDIO_CHANNEL_CONFLICT/);

    const fixed = await runCli(['process', stereo, '--meta', await meta('fixed.json', { rep: { channel: 0 }, customer: { channel: 1 } })], env);
    expect(fixed.code).toBe(0);
    const { call } = JSON.parse(fixed.stdout) as { call: { status: string; meta: unknown } };
    expect(call.meta).toEqual({ rep: { channel: 0 }, customer: { channel: 1 } });
    expect(['done', 'needs_review']).toContain(call.status);
  });

  it('process: a text file exits 1 with "error AUDIO_NOT_AUDIO", not AUDIO_CORRUPT', async () => {
    const notes = join(temp.dir, 'notes.mp3');
    await writeFile(notes, 'Call notes: send the proposal on Friday, then book the demo.\n');
    const res = await runCli(['process', notes], { DATA_DIR: temp.dir, LOG_LEVEL: 'silent' });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toMatch(/^error AUDIO_NOT_AUDIO: The file is text, not a recording\./);
  });

  it('a usage mistake exits 2 with what to do, never an internal error: a directory, no such file, a missing argument, an unknown flag', async () => {
    const env = { DATA_DIR: join(temp.dir, 'data'), LOG_LEVEL: 'silent' };
    const cases: [string[], RegExp][] = [
      [['process', temp.dir], /^error USAGE: AUDIO .* is a directory; give one file: callscribe process AUDIO \[--meta META\.json\]\.$/m],
      [['transcribe', temp.dir], /^error USAGE: AUDIO .* is a directory; give one file: callscribe transcribe AUDIO/m],
      [['extract', temp.dir], /^error USAGE: TRANSCRIPT\.json .* is a directory; give one file: callscribe extract TRANSCRIPT\.json \[--meta META\.json\]\.$/m],
      [['extract', fixtureCall('discovery-brightline').audio], /^error USAGE: \S+call\.ogg is not valid JSON: [\x20-\x7e·]+$/m],
      [['process', join(temp.dir, 'nope', 'call.wav')], /^error USAGE: AUDIO .*call\.wav does not exist; check the path\.$/m],
      [['process'], /^error USAGE: `process` needs AUDIO: callscribe process AUDIO \[--meta META\.json\]\.$/m],
      [['process', fixtureCall('discovery-brightline').audio, '--meta', temp.dir], /^error USAGE: --meta .* is a directory; give a CallMeta JSON file\.$/m],
      [['process', 'call.wav', '--frobnicate'], /^error USAGE: Unknown option '--frobnicate'/m],
      [['process', 'call.wav', '--meta'], /^error USAGE: Option '--meta <value>' argument missing/m],
      // Commands without positional arguments refuse one rather than ignore it (`work prepare` would run every step).
      [['work', 'prepare'], /^error USAGE: `work` takes no arguments \(got "prepare"\); to run some steps only: callscribe work --steps prepare\.$/m],
      [['serve', 'now'], /^error USAGE: `serve` takes no arguments \(got "now"\)\.$/m],
      [['demo', 'fixtures'], /^error USAGE: `demo` takes no arguments \(got "fixtures"\)\.$/m],
      [['reindex', 'extra'], /^error USAGE: `reindex` takes no arguments \(got "extra"\)\.$/m],
    ];
    for (const [args, message] of cases) {
      const res = await runCli(args, env);
      expect({ args, code: res.code }).toEqual({ args, code: 2 });
      expect(res.stderr).toMatch(message);
      expect(res.stderr).not.toMatch(/INTERNAL|EISDIR|\n\s+at /);
      expect(res.stdout).toBe('');
    }
  });

  it('warns of a mistyped setting and runs on: a readable line for a command, a pino warning for a service', async () => {
    const f = fixtureCall('discovery-brightline');
    const extract = await runCli(['extract', f.goldTranscriptPath, '--meta', f.metaPath], { DATA_DIR: temp.dir, RETENTION_AUDIO_DAY: '30' });
    expect(extract.code).toBe(0);
    expect(extract.stderr).toBe('warning: RETENTION_AUDIO_DAY is not a setting callscribe reads, so it is ignored (did you mean RETENTION_AUDIO_DAYS?)\n');
    Insights.parse(JSON.parse(extract.stdout));
    // Also when the configuration fails: the typo may be why (CRM=hubspot needs HUBSPOT_ACCESS_TOKEN).
    const crm = await runCli(['extract', f.goldTranscriptPath], { DATA_DIR: temp.dir, CRM: 'hubspot', HUBSPOT_ACESS_TOKEN: 'pat-test' });
    expect(crm.code).toBe(2);
    expect(crm.stderr).toMatch(/^warning: HUBSPOT_ACESS_TOKEN is not a setting callscribe reads, so it is ignored \(did you mean HUBSPOT_ACCESS_TOKEN\?\)\nerror CONFIG: CRM=hubspot needs HUBSPOT_ACCESS_TOKEN/);
    const serve = await runCli(['serve'], { DATA_DIR: temp.dir, WORKER_CONCURENCY: '4' });
    const warning = serve.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>).find((entry) => entry.variable === 'WORKER_CONCURENCY');
    expect(warning).toMatchObject({ level: 40, suggestion: 'WORKER_CONCURRENCY', msg: expect.stringContaining('did you mean WORKER_CONCURRENCY?') });
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
    // A half-configured telephony provider stops `serve` before it starts anything, naming what is missing.
    const twilio = await runCli(['serve'], { DATA_DIR: temp.dir, REDIS_URL: 'redis://127.0.0.1:1', API_KEYS: 'manager:lee@example.com:cli-Key-0123456789abcdef', TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef' });
    expect(twilio.code).toBe(2);
    expect(twilio.stderr).toMatch(/TWILIO_AUTH_TOKEN/);
    // No credentials for the object store anywhere (env, profile, role): a configuration error, saying what to set.
    const noS3 = await runCli(['serve'], { DATA_DIR: temp.dir, REDIS_URL: 'redis://127.0.0.1:1', API_KEYS: 'manager:lee@example.com:cli-Key-0123456789abcdef', S3_ENDPOINT: 'http://127.0.0.1:9', AWS_CONFIG_FILE: join(temp.dir, 'none'), AWS_SHARED_CREDENTIALS_FILE: join(temp.dir, 'none'), AWS_EC2_METADATA_DISABLED: 'true' });
    expect(noS3.code).toBe(2);
    expect(noS3.stderr).toMatch(/^error S3_CREDENTIALS_MISSING: .*set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/m);
    const generic = await runCli(['serve'], { DATA_DIR: temp.dir, REDIS_URL: 'redis://127.0.0.1:1', API_KEYS: 'manager:lee@example.com:cli-Key-0123456789abcdef', GENERIC_WEBHOOK_SECRET: 'not-a-whsec-secret', GENERIC_RECORDING_ORIGINS: 'https://recordings.example.com' });
    expect(generic.code).toBe(2);
    expect(generic.stderr).toMatch(/GENERIC_WEBHOOK_SECRET=\(value hidden\)/);
    expect(generic.stderr).not.toContain('not-a-whsec-secret');
    // A URL setting without its scheme is refused at start, named, not at the first request.
    const noScheme = await runCli(['serve'], { DATA_DIR: temp.dir, REDIS_URL: 'redis://127.0.0.1:1', API_KEYS: 'manager:lee@example.com:cli-Key-0123456789abcdef', S3_ENDPOINT: 'localhost:9000' });
    expect(noScheme.code).toBe(2);
    expect(noScheme.stderr).toMatch(/^error CONFIG: .*\n\s+S3_ENDPOINT="localhost:9000": must be an http\(s\) URL/m);
  });
});

/** `bytes` of hash-chained noise: no audio format's header, and the same bytes every run. */
function noise(bytes: number): Buffer {
  const blocks: Buffer[] = [];
  let block = createHash('sha256').update('callscribe corrupt recording').digest();
  for (let n = 0; n < bytes; n += block.length) {
    blocks.push(block);
    block = createHash('sha256').update(block).digest();
  }
  return Buffer.concat(blocks).subarray(0, bytes);
}
