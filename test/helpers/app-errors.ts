import { AppError } from '../../src/errors/app-error.ts';

/** The AppError `fn` throws; anything else thrown is rethrown, and throwing nothing fails the test. */
export function thrownAppError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

/** The AppError `p` rejects with; any other rejection is rethrown, and resolving fails the test. */
export async function rejectedAppError(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}
