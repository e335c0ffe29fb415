import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Duplex } from 'node:stream';
import { joinJobChildren } from './job-children.ts';

/**
 * A small `sh` program in front of the real one: it starts a watcher reading fd 3, a pipe whose other end
 * only this process holds, then replaces itself with the program (`exec`, same pid, fd 3 closed). When
 * this process dies, even by SIGKILL, the kernel closes its end, the watcher reads end-of-file and kills
 * the program. When the program exits first, this process writes a line to the pipe and the watcher
 * leaves quietly. Because of `exec`, the program's exit code or signal, stdin, stdout and stderr are its
 * own; the cost is one `sh` start and one idle subshell per program.
 */
const WATCHED = '{ read -r _ <&3 || kill -9 $$; } </dev/null >/dev/null 2>&1 & exec "$@" 3<&-';

/**
 * Starts `command` as `spawn` would (`stdio` is at most stdin, stdout and stderr), but the program does not
 * outlive this process: Node has no PR_SET_PDEATHSIG, and an engine or ffmpeg left running by a worker
 * killed with SIGKILL would go on using the CPU while another worker redoes its job. Inside a job's
 * `JobChildren.run`, the program also joins that job's group, killed when the job is abandoned at shutdown.
 * A command that is not on PATH is spawned directly, so it fails with spawn's own ENOENT error.
 */
export function spawnTied(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const resolved = resolveCommand(command, options.env?.PATH ?? process.env.PATH ?? '');
  if (!resolved) return spawn(command, args, options);
  const stdio = stdioOf(options.stdio);
  const child = spawn('/bin/sh', ['-c', WATCHED, 'sh', resolved, ...args], { ...options, stdio: [...stdio, 'pipe'] });
  // Node makes an extra 'pipe' a socket pair: readable and writable.
  const lifeline = child.stdio[3] as Duplex | null;
  if (lifeline) {
    lifeline.on('error', () => {}); // the watcher is gone already: nothing left to tell it
    lifeline.resume();
    child.once('exit', () => lifeline.end('\n'));
  }
  joinJobChildren(child);
  return child;
}

type Stdio = 'pipe' | 'ignore' | 'inherit';

function stdioOf(stdio: SpawnOptions['stdio']): [Stdio, Stdio, Stdio] {
  if (stdio === undefined) return ['pipe', 'pipe', 'pipe'];
  if (typeof stdio === 'string') return [stdio as Stdio, stdio as Stdio, stdio as Stdio];
  if (stdio.length > 3 || stdio.some((s) => s !== 'pipe' && s !== 'ignore' && s !== 'inherit')) {
    throw new TypeError('spawnTied passes only stdin, stdout and stderr, each "pipe", "ignore" or "inherit"');
  }
  return [0, 1, 2].map((i) => (stdio[i] ?? 'pipe') as Stdio) as [Stdio, Stdio, Stdio];
}

/** The executable `command` names (a path, or a name looked up on `path` as execvp does), or null. */
function resolveCommand(command: string, path: string): string | null {
  const candidates = command.includes('/') ? [command] : path.split(delimiter).filter(Boolean).map((dir) => join(dir, command));
  for (const file of candidates) {
    try {
      accessSync(file, constants.X_OK);
      if (statSync(file).isFile()) return file;
    } catch {
      // not there, or not executable: the next directory
    }
  }
  return null;
}
