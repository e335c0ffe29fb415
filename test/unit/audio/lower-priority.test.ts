import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it } from 'vitest';
import { lowerPriority } from '../../../src/audio/media-input.ts';

describe('lowerPriority', () => {
  it('gives a running program the niceness asked for, so it yields the CPU to the rest', async () => {
    const child = spawn('sleep', ['5']);
    try {
      lowerPriority(child, 10);
      expect(getPriority(child.pid!)).toBe(10);
    } finally {
      child.kill();
    }
  });

  it('leaves a program that has exited alone, without throwing', async () => {
    const child = spawn('true');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(() => lowerPriority(child, 10)).not.toThrow();
  });
});
