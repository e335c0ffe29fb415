import { spawn } from 'node:child_process';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepLeftoverTempDirs, tempDirPrefix, withTempDir } from '../../../src/processes/temp-dir.ts';
import { makeTempDir } from '../../helpers/temp-dir.ts';

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', '0']);
    child.on('exit', () => resolve(child.pid!));
  });
}

describe('scratch directories of jobs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeEach(async () => {
    temp = await makeTempDir();
  });
  afterEach(() => temp.cleanup());

  it("name the process that made them and are removed when the job ends", async () => {
    let seen = '';
    await withTempDir(temp.dir, async (dir) => {
      seen = dir;
      await writeFile(join(dir, 'voice.pcm'), 'x');
    });
    expect(seen.slice(temp.dir.length + 1).startsWith(tempDirPrefix('job'))).toBe(true);
    expect(tempDirPrefix('lm')).toBe(`callscribe-lm-${process.pid}-`);
    expect(await readdir(temp.dir)).toEqual([]);
  });

  it('left by a dead process, or unnamed and a day old, are swept; those of running processes and other names stay', async () => {
    const dead = await deadPid();
    const sleeper = spawn('sleep', ['30']);
    try {
      const make = async (name: string, ageMs = 0) => {
        await mkdir(join(temp.dir, name));
        await writeFile(join(temp.dir, name, 'customer.pcm'), 'voice');
        if (ageMs) {
          const when = new Date(Date.now() - ageMs);
          await utimes(join(temp.dir, name), when, when);
        }
      };
      await make(`callscribe-job-${dead}-aB3dE9`);
      await make(`callscribe-lm-${dead}-Zz0011`);
      await make(`callscribe-job-${sleeper.pid}-aB3dE9`);
      await make(`callscribe-lm-${process.pid}-Qq1234`);
      await make('callscribe-Xy12Ab', 25 * 3600_000);
      await make('callscribe-lm-Xy12Ab', 25 * 3600_000);
      await make('callscribe-Rt56Yu', 3600_000);
      await make('callscribe-redis-Xy12Ab', 25 * 3600_000);
      await make('callscribe-test-Xy12Ab', 25 * 3600_000);
      const removed = await sweepLeftoverTempDirs(temp.dir);
      expect(removed.sort()).toEqual([`callscribe-job-${dead}-aB3dE9`, 'callscribe-Xy12Ab', `callscribe-lm-${dead}-Zz0011`, 'callscribe-lm-Xy12Ab'].sort());
      expect((await readdir(temp.dir)).sort()).toEqual(
        [`callscribe-job-${sleeper.pid}-aB3dE9`, `callscribe-lm-${process.pid}-Qq1234`, 'callscribe-Rt56Yu', 'callscribe-redis-Xy12Ab', 'callscribe-test-Xy12Ab'].sort(),
      );
    } finally {
      sleeper.kill();
    }
  });

  it("naming this process's pid are swept when last changed before it started (a restarted container's pid 1), not when made since", async () => {
    const make = async (name: string, at: number) => {
      await mkdir(join(temp.dir, name));
      await writeFile(join(temp.dir, name, 'customer.pcm'), 'voice');
      await utimes(join(temp.dir, name), new Date(at), new Date(at));
    };
    await make(`callscribe-job-${process.pid}-Pp0001`, Date.now() - process.uptime() * 1000 - 60_000);
    await make(`callscribe-lm-${process.pid}-Pp0002`, Date.now());
    expect(await sweepLeftoverTempDirs(temp.dir)).toEqual([`callscribe-job-${process.pid}-Pp0001`]);
    expect(await readdir(temp.dir)).toEqual([`callscribe-lm-${process.pid}-Pp0002`]);
  });

  it('in a folder that does not exist are nothing to sweep', async () => {
    expect(await sweepLeftoverTempDirs(join(temp.dir, 'missing'))).toEqual([]);
  });
});
