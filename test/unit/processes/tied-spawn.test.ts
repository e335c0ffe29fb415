import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobChildren } from '../../../src/processes/job-children.ts';
import { spawnTied } from '../../../src/processes/tied-spawn.ts';
import { childPids, isRunning } from '../../helpers/child-pids.ts';
import { REPO_ROOT } from '../../helpers/fixtures.ts';
import { until } from '../../helpers/service-process.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

function finished(child: ChildProcess, input?: string) {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  if (input !== undefined) child.stdin!.end(input);
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; error?: NodeJS.ErrnoException }>((resolve) => {
    child.once('error', (error) => resolve({ code: null, signal: null, stdout, stderr, error }));
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

describe('spawnTied', () => {
  it('passes stdin, stdout, stderr and the exit code through as the program gave them', async () => {
    const script = 'cat; printf "to stderr" >&2; exit 7';
    const tied = await finished(spawnTied('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] }), 'line one\nline two');
    const plain = await finished(spawn('sh', ['-c', script], { stdio: ['pipe', 'pipe', 'pipe'] }), 'line one\nline two');
    expect(tied).toEqual(plain);
    expect(tied).toEqual({ code: 7, signal: null, stdout: 'line one\nline two', stderr: 'to stderr' });
  });

  it('is the program itself: its pid takes signals, and a signal ends it as it would end the program', async () => {
    const child = spawnTied('sleep', ['600'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const done = finished(child);
    await until(() => /^sleep/.test(commOf(child.pid!)), 'sleep to start');
    child.kill('SIGTERM');
    expect(await done).toMatchObject({ code: null, signal: 'SIGTERM' });
  });

  it('does not hand the program the lifeline: it sees only stdin, stdout and stderr', async () => {
    const { stdout } = await finished(spawnTied('sh', ['-c', 'ls /proc/$$/fd'], { stdio: ['ignore', 'pipe', 'pipe'] }));
    expect(stdout.split('\n').filter(Boolean).map(Number).filter((fd) => fd < 10).sort()).toEqual([0, 1, 2]);
  });

  it('fails as spawn does (ENOENT) when the program is not installed', async () => {
    const result = await finished(spawnTied('callscribe-no-such-program', [], { stdio: ['ignore', 'pipe', 'pipe'] }));
    expect(result.error?.code).toBe('ENOENT');
  });

  // A process whose parent exits goes to PID 1, which in a container is often node itself (no init):
  // it reaps only its own children, so every orphan stays a zombie and the pids run out.
  it('leaves nothing for PID 1 to reap: the program has no children of the wrapper, and the watcher ends with it', async () => {
    const child = spawnTied('sleep', ['600'], { stdio: ['ignore', 'ignore', 'ignore'] });
    const done = finished(child);
    await until(() => /^sleep/.test(commOf(child.pid!)), 'sleep to start');
    expect(childPids(child.pid!, '')).toEqual([]);
    child.kill('SIGTERM');
    await done;
    await until(() => childPids(process.pid, 'sh').length === 0, 'the watcher to end with its program');
  });

  it('adds the program to the job group it was started in, and killAll ends it', async () => {
    const group = createJobChildren();
    let child: ChildProcess | undefined;
    await group.run(async () => {
      child = spawnTied('sleep', ['600'], { stdio: ['ignore', 'ignore', 'ignore'] });
    });
    const done = finished(child!);
    expect(group.killAll()).toEqual([child!.pid]);
    expect(await done).toMatchObject({ signal: 'SIGKILL' });
  });
});

// A worker killed with SIGKILL runs no code of its own: the engine it started must still end.
describe('an engine whose worker is killed with SIGKILL', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let long: string;
  const leftovers: number[] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    long = join(temp.dir, 'long.wav');
    // Ten minutes of noise swelling three times a second, like syllables: the engine hears one long
    // utterance, so it decodes for minutes without writing a line (a write to the dead worker's pipe
    // would end it by SIGPIPE, as short utterances do).
    const noise = 'anoisesrc=color=pink:amplitude=0.3:sample_rate=16000:duration=600';
    const ffmpeg = spawn('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', noise, '-af', 'tremolo=f=3:d=0.7', '-ac', '1', '-c:a', 'pcm_s16le', long]);
    expect(await new Promise((resolve) => ffmpeg.once('close', resolve))).toBe(0);
  });
  afterAll(async () => {
    for (const pid of leftovers) if (isRunning(pid)) process.kill(pid, 'SIGKILL');
    await temp?.cleanup();
  });

  it('ends soon after it', async () => {
    const parent = spawn(process.execPath, [join(REPO_ROOT, 'test', 'helpers', 'engine-parent.ts'), long, '600'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => parent.once('exit', resolve));
    let engine: number | undefined;
    await until(() => (engine = childPids(parent.pid!, 'pocketsphinx')[0]) !== undefined, 'the engine to start', 30_000);
    leftovers.push(engine!);
    // The watcher is started just after the engine: on a loaded machine the engine can be seen before it.
    await until(() => childPids(parent.pid!, 'sh').some((pid) => argsOf(pid).includes(String(engine))), 'the engine\'s watcher to start');
    parent.kill('SIGKILL');
    await exited;
    await until(() => !isRunning(engine!), `the engine (pid ${engine}) to end after its worker was killed`, 20_000);
  });
});

function argsOf(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
  } catch {
    return [];
  }
}

function commOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8');
  } catch {
    return '';
  }
}
