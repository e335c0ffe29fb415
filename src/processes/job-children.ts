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

interface Group {
  running: Set<ChildProcess>;
  /** killAll ran: the group's jobs are left to another worker. */
  abandoned: boolean;
}

const current = new AsyncLocalStorage<Group>();

export function createJobChildren(): JobChildren {
  const group: Group = { running: new Set(), abandoned: false };
  const { running } = group;
  return {
    // A job abandoned at shutdown that then fails (its programs killed) never settles: the queue is not
    // told it failed (which on its last attempt would end the call), its lock expires and another worker
    // takes it over as stalled.
    run: (work) => current.run(group, work).catch((err: unknown) => (group.abandoned ? new Promise<never>(() => {}) : Promise.reject(err))),
    killAll() {
      group.abandoned = true;
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
  group.running.add(child);
  child.once('exit', () => group.running.delete(child));
}

/**
 * Whether the job whose work calls this was abandoned at shutdown (its programs killed): its failure from
 * then on is the shutdown's doing, not the call's, and another worker redoes the job, so nothing of it
 * is recorded on the call (on a last attempt it would end the call `failed`).
 */
export function jobAbandoned(): boolean {
  return current.getStore()?.abandoned ?? false;
}
