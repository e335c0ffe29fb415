import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const EVAL = resolve(import.meta.dirname, '../../../scripts/eval/eval.ts');
const CALLS = resolve(import.meta.dirname, '../../../fixtures/calls');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'own-calls-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run eval -- --calls DIR', () => {
  it('scores the extractors on gold-labelled calls of one\'s own and prints totals only, naming no call', async () => {
    const dir = tempDir();
    for (const name of ['both-sides-actions-tamarack', 'card-digits-alder']) cpSync(join(CALLS, name), join(dir, name), { recursive: true });
    const { stdout } = await run(process.execPath, [EVAL, '--calls', dir], { env: { ...process.env, OPENAI_API_KEY: '' } });
    expect(stdout).toMatch(/^2 gold-labelled calls in /);
    expect(stdout).toMatch(/^action items: precision \d\.\d\d, recall \d\.\d\d \(\d+ matched, \d+ predicted, \d+ gold\)$/m);
    expect(stdout).toMatch(/^rules\s+2\s+\d\.\d\d/m);
    expect(stdout).toMatch(/^rules without item score\s+2\s/m);
    expect(stdout).not.toMatch(/tamarack|alder/);
    // Only the extractors: no speech engine, no split of the project's own.
    expect(stdout).not.toMatch(/Transcription|dev split|test split/);
  });

  it('reads a relative DIR from where npm was run, not from the project folder npm starts the script in', async () => {
    const parent = tempDir();
    cpSync(join(CALLS, 'card-digits-alder'), join(parent, 'mine', 'card-digits-alder'), { recursive: true });
    const project = resolve(import.meta.dirname, '../../..');
    const { stdout } = await run(process.execPath, [EVAL, '--calls', 'mine'], { cwd: project, env: { ...process.env, OPENAI_API_KEY: '', INIT_CWD: parent } });
    expect(stdout).toMatch(/^1 gold-labelled calls in mine/);
  });

  it('exits 2 naming the call folder and the field when a call cannot be read', async () => {
    const dir = tempDir();
    cpSync(join(CALLS, 'card-digits-alder'), join(dir, 'broken-call'), { recursive: true });
    writeFileSync(join(dir, 'broken-call', 'meta.json'), JSON.stringify({ direction: 'sideways' }));
    const failed = await run(process.execPath, [EVAL, '--calls', dir]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken-call: meta\.json: direction: /) });
    writeFileSync(join(dir, 'broken-call', 'meta.json'), '{ not json');
    const unparsed = await run(process.execPath, [EVAL, '--calls', dir]).catch((e: { code: number; stderr: string }) => e);
    expect(unparsed).toMatchObject({ code: 2, stderr: expect.stringMatching(/broken-call: meta\.json: /) });
  });

  it('exits 2 naming gold.json and the field when a gold item lacks what scoring reads, or a script line its speaker', async () => {
    const dir = tempDir();
    cpSync(join(CALLS, 'card-digits-alder'), join(dir, 'half-labelled'), { recursive: true });
    writeFileSync(join(dir, 'half-labelled', 'gold.json'), JSON.stringify({ actionItems: [{ text: 'Send the deck', owner: 'rep', dueDate: null }], expectedStage: null }));
    const failed = await run(process.execPath, [EVAL, '--calls', dir], { env: { ...process.env, OPENAI_API_KEY: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/half-labelled: gold\.json: actionItems\.0\.keywords: /) });
    cpSync(join(CALLS, 'card-digits-alder', 'gold.json'), join(dir, 'half-labelled', 'gold.json'));
    rmSync(join(dir, 'half-labelled', 'transcript.gold.json'));
    writeFileSync(join(dir, 'half-labelled', 'script.json'), JSON.stringify({ lines: [{ text: 'Hello there' }] }));
    const script = await run(process.execPath, [EVAL, '--calls', dir], { env: { ...process.env, OPENAI_API_KEY: '' } }).catch((e: { code: number; stderr: string }) => e);
    expect(script).toMatchObject({ code: 2, stderr: expect.stringMatching(/half-labelled: script\.json: lines\.0\.speaker: /) });
  });

  it('exits 2 naming the call folder when it has gold labels but nothing to score them against', async () => {
    const dir = tempDir();
    cpSync(join(CALLS, 'card-digits-alder'), join(dir, 'labels-only'), { recursive: true });
    for (const f of ['transcript.gold.json', 'script.json']) rmSync(join(dir, 'labels-only', f), { force: true });
    const failed = await run(process.execPath, [EVAL, '--calls', dir]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/labels-only: gold\.json has nothing to be scored against/) });
  });

  it('exits 2 with a message saying what a call folder holds when the folder has none', async () => {
    const failed = await run(process.execPath, [EVAL, '--calls', tempDir()]).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2, stderr: expect.stringMatching(/no gold-labelled call in .*meta\.json, gold\.json/) });
  });
});
