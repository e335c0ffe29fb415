import { describe, expect, it } from 'vitest';
import { BULK_CHILD_NICE, processNiceFor } from '../../../src/queues/lanes.ts';

describe('processNiceFor', () => {
  it('lowers the priority of a process that takes bulk jobs alone, to the niceness of bulk programs', () => {
    expect(processNiceFor(['bulk'])).toBe(BULK_CHILD_NICE);
  });

  it('keeps the priority of a process that takes interactive jobs, alone or beside bulk ones', () => {
    expect(processNiceFor(['interactive'])).toBeNull();
    expect(processNiceFor(['interactive', 'bulk'])).toBeNull();
  });
});
