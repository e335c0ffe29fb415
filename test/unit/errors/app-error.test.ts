import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, toAppError } from '../../../src/errors/app-error.ts';

describe('toAppError', () => {
  it('keeps AppErrors as they are', () => {
    const err = new AppError('AUDIO_CORRUPT', 'bad');
    expect(toAppError(err)).toBe(err);
  });

  it('retries network failures only', () => {
    expect(toAppError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(toAppError(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toMatchObject({ retryable: true });
  });

  it('treats schema, disk and programming errors as permanent, with a code', () => {
    expect(toAppError(z.object({ a: z.string() }).safeParse({}).error)).toMatchObject({ code: 'SCHEMA_INVALID', retryable: false });
    expect(toAppError(new SyntaxError('Unexpected token'))).toMatchObject({ code: 'SCHEMA_INVALID', retryable: false });
    expect(toAppError(Object.assign(new Error('denied'), { code: 'EACCES' }))).toMatchObject({ code: 'STORAGE_IO', retryable: false, message: expect.stringMatching(/DATA_DIR/) });
    expect(toAppError(new TypeError('x is undefined'))).toMatchObject({ code: 'INTERNAL', retryable: false });
  });
});
