import { pino, type Logger } from 'pino';
import PinoPretty from 'pino-pretty';

export type { Logger };

/**
 * Services log pino JSON to stdout; the CLI logs readable text to stderr (its stdout is a JSON contract).
 * Transcript text and personal data never go to `info`: bind ids (`callId`, `step`, `adapter`), not content.
 */
export function createLogger(opts: { level: string; mode: 'json' | 'text'; name?: string }): Logger {
  const base = { level: opts.level, name: opts.name ?? 'callscribe', base: undefined };
  if (opts.mode === 'json') return pino(base, pino.destination({ fd: 1, sync: false }));
  return pino(
    base,
    PinoPretty({ destination: 2, sync: true, colorize: false, singleLine: true, ignore: 'pid,hostname,name', translateTime: 'HH:MM:ss' }),
  );
}

/** A logger that discards everything (tests, library use). */
export const silentLogger: Logger = pino({ level: 'silent' });
