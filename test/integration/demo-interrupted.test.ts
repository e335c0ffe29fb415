import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/free-port.ts';
import { startService, until, type ServiceProcess } from '../helpers/service-process.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/** The processes under `root` (children, their children…), by /proc's parent ids. */
function descendants(root: number): { pid: number; name: string }[] {
  const all = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return [{ pid: Number(d), ppid, name }];
    } catch {
      return []; // gone meanwhile
    }
  });
  const found: { pid: number; name: string }[] = [];
  const walk = (parent: number) => all.filter((p) => p.ppid === parent).forEach((p) => (found.push(p), walk(p.pid)));
  walk(root);
  return found;
}
const alive = (pid: number) => {
  try {
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
  } catch {
    return false;
  }
};

// `demo` stopped with Ctrl-C while its sample calls are still being processed stops what it started, Redis included.
describe('callscribe demo, interrupted', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let demo: ServiceProcess;
  // The demo's own processes (its Redis): a failed run kills them too, not only the demo, so none outlives the test.
  let started: { pid: number; name: string }[] = [];
  afterAll(async () => {
    if (demo && demo.child.exitCode === null) {
      started.push(...descendants(demo.child.pid!));
      demo.child.kill('SIGKILL');
    }
    for (const p of started.filter((q) => alive(q.pid))) {
      try {
        process.kill(p.pid, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    await temp?.cleanup();
  });

  it('stops its Redis and exits 130 on SIGINT before the samples are done', async () => {
    temp = await makeTempDir();
    // Running jobs are given a second to finish at the stop: the stop, not the drain, is what is tested.
    demo = startService(['demo'], { DATA_DIR: temp.dir, PORT: String(await freePort()), WORKER_DRAIN_MS: '1000', LOG_LEVEL: 'info' });
    // On a failure, what the demo printed (its log at info) says where it stood.
    try {
      await until(() => demo.output().includes('review UI '), 'the demo to start feeding its samples', 120_000);
      started = descendants(demo.child.pid!);
      const redis = started.filter((p) => p.name.startsWith('redis-server'));
      expect(redis.length).toBeGreaterThan(0);
      demo.child.kill('SIGINT');
      // Running jobs get the one-second drain: a stop that waits for them (minutes on a loaded machine) misses this.
      await until(() => demo.child.exitCode !== null || demo.child.signalCode !== null, 'the demo to exit after SIGINT', 60_000);
      expect({ code: demo.child.exitCode, signal: demo.child.signalCode }).toEqual({ code: 130, signal: null });
      expect(demo.output()).toContain('Stopped before every call ended');
      await until(() => redis.every((p) => !alive(p.pid)), 'the demo’s Redis to stop', 30_000);
    } catch (err) {
      throw new Error(`${(err as Error).message}; it printed:\n${demo.output().slice(-4000)}`);
    }
  }, 240_000);
});
