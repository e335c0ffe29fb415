import type { Logger } from '../../logging/logger.ts';

/**
 * Warns about each kind of degradation once per adapter: a server that lacks a feature (word timings,
 * diarization, structured outputs) lacks it for every call, and one line says so without flooding the log.
 * Fields carry ids and settings only, never transcript text.
 */
export function warnOnce(logger: Logger): (kind: string, message: string, fields?: Record<string, unknown>) => void {
  const seen = new Set<string>();
  return (kind, message, fields = {}) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    logger.warn({ ...fields, degraded: kind }, message);
  };
}
