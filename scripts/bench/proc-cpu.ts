import { readFileSync } from 'node:fs';

/**
 * CPU milliseconds a process has used, its waited-for children (ffmpeg) included: utime + stime + cutime +
 * cstime of /proc/<pid>/stat (Linux; 0 elsewhere).
 */
export function processCpuMs(pid: number | 'self' = 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After the command: state is field 3, so utime..cstime (fields 14-17) are at 11..14 here.
    const ticks = fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0);
    return (ticks * 1000) / 100;
  } catch {
    return 0;
  }
}
