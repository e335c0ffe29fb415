// Redaction speed on adversarial text: long unbroken runs of number words (what speech recognition writes
// for someone reading digits out), against ordinary prose of the same size in the same run. Every rule
// reads each run once, so the ratio should stay small and the same whatever the size.
import { redact } from '../../src/domain/redact.ts';
import { median } from './inputs.ts';

const SIZE = 200_000;
const REPEATS = 3;

const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const PROSE = fill('We went over the rollout plan for the second quarter, and the team will send the revised quote on Friday. ');
const NUMBER_WORDS = { 'one digit word said again and again': fill('four '), 'two digit words in turn': fill('one oh ') };

function ms(text: string): number {
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    redact(text, { contacts: true });
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export function benchRedaction(out: (line?: string) => void): void {
  out(`## redaction of ${SIZE / 1000} KB, contact rules on: runs of number words vs ordinary prose`);
  const base = ms(PROSE);
  out(`prose: median ${base.toFixed(0)} ms`);
  for (const [name, text] of Object.entries(NUMBER_WORDS)) {
    const t = ms(text);
    out(`${name}: median ${t.toFixed(0)} ms, ${(t / base).toFixed(1)}x prose  (target <= 20x: no text costs more than a few passes over it)`);
  }
}
