import { AsyncLocalStorage } from 'node:async_hooks';
import type { ChildProcess } from 'node:child_process';

/**
 * The programs (engine, ffmpeg, ffprobe) that the jobs of one queue runtime started and that still run.
 * A job's work runs inside `run`; every program started with `spawnTied` during it joins the group and
 * leaves it when it exits. At shutdown, the programs of jobs left behind after the drain bound are killed
 * (`killAll`): another worker redoes those jobs, and a program still running would only take its CPU.
 * Programs started outside any group (the CLI, tests) belong to none.
 */
export interface JobChildren {
  run<T>(work: () => Promise<T>): Promise<T>;
  /** Kills every program of the group still running (SIGKILL: its job is abandoned); returns their pids. */
  killAll(): number[];
}

const current = new AsyncLocalStorage<Set<ChildProcess>>();

export function createJobChildren(): JobChildren {
  const running = new Set<ChildProcess>();
  return {
    run: (work) => current.run(running, work),
    killAll() {
      const pids: number[] = [];
      for (const child of running) {
        if (child.pid !== undefined && child.exitCode === null && child.signalCode === null && child.kill('SIGKILL')) pids.push(child.pid);
      }
      running.clear();
      return pids;
    },
  };
}

/** Adds `child` to the group of the job whose work started it, if any, until it exits. */
export function joinJobChildren(child: ChildProcess): void {
  const group = current.getStore();
  if (!group || child.pid === undefined) return;
  group.add(child);
  child.once('exit', () => group.delete(child));
}
