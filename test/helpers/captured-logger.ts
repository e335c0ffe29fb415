import { pino, type Logger } from 'pino';

/** A pino logger whose lines (parsed) land in `lines`, for asserting what an adapter warned about. */
export function capturedLogger(level = 'warn'): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level, base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  return { logger, lines };
}
