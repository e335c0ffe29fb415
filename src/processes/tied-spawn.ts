import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { joinJobChildren } from './job-children.ts';

/**
 * A small `sh` watcher started next to the program, as this process's own child: it reads its stdin, a
 * pipe whose other end only this process holds, and kills the program when that pipe closes without a
 * line (this process died, even by SIGKILL). When the program exits first, this process writes a line and
 * the watcher leaves quietly. The watcher is this process's child, not the program's: a child of the
 * program would be orphaned when the program exits and left to PID 1 to reap, and in a container PID 1 is
 * often node itself, which reaps only its own children, so each program run would leave a zombie behind.
 * It ignores SIGINT and SIGQUIT as a background job does, so a terminal's Ctrl-C does not end it before the
 * worker it watches. The program is spawned as `spawn` would, so its pid, exit code or signal, stdin,
 * stdout and stderr are its own; the cost is one `sh` start per program.
 */
const WATCHER = 'trap "" INT QUIT; read -r _ || kill -9 "$1"';

/**
 * Starts `command` as `spawn` would (`stdio` is at most stdin, stdout and stderr), but the program does not
 * outlive this process: Node has no PR_SET_PDEATHSIG, and an engine or ffmpeg left running by a worker
 * killed with SIGKILL would go on using the CPU while another worker redoes its job. Inside a job's
 * `JobChildren.run`, the program also joins that job's group, killed when the job is abandoned at shutdown.
 * A command that cannot be started fails with spawn's own error (ENOENT) and gets no watcher.
 */
export function spawnTied(command: string, args: readonly string[], options: SpawnOptions = {}): ChildProcess {
  const stdio = stdioOf(options.stdio);
  const child = spawn(command, args, { ...options, stdio });
  if (child.pid !== undefined) {
    const watcher = spawn('/bin/sh', ['-c', WATCHER, 'sh', String(child.pid)], { stdio: ['pipe', 'ignore', 'ignore'] });
    watcher.on('error', () => {}); // no sh: the program still runs, untied
    watcher.stdin?.on('error', () => {}); // the watcher is gone already: nothing left to tell it
    child.once('exit', () => watcher.stdin?.end('\n'));
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
