import type { Logger } from '../logging/logger.ts';

/**
 * The ports one call's work runs with: their logger is a child bound to the call and the step, so every
 * line the step (and what it calls) logs carries `callId` and `step` without naming them again.
 */
export function portsForCall<P extends { logger: Logger }>(ports: P, callId: string, step: string): P {
  return { ...ports, logger: ports.logger.child({ callId, step }) };
}
