import type { z } from 'zod';
import type { AppError } from '../../../errors/app-error.ts';

/**
 * Parses a CRM's answer with `schema`. A shape we do not understand is permanent (retrying gets the same
 * answer): the error is `unexpected(first issues, as "path: message; …")`.
 */
export function parseAnswerWith<T extends z.ZodType>(schema: T, body: unknown, unexpected: (issues: string) => AppError): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  throw unexpected(issues);
}
