import { readdirSync, readFileSync } from 'node:fs';

/** Pids of the live processes whose parent is `parentPid` and whose name starts with `name` (Linux /proc). */
export function childPids(parentPid: number, name: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …: comm may hold spaces, so read around its parentheses.
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(ppid) === parentPid && comm.startsWith(name) && state !== 'Z') pids.push(Number(entry));
    } catch {
      // exited while listed
    }
  }
  return pids;
}

/** Whether `pid` names a process that still runs (a zombie, exited but not yet reaped, does not). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}
