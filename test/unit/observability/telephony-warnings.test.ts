import { describe, expect, it } from 'vitest';
import { telephonyWarningHook } from '../../../src/observability/instrument-ports.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { capturedLogger } from '../../helpers/captured-logger.ts';

describe('telephonyWarningHook', () => {
  it('logs a source warning at warn with the recording id and counts it by provider and code', async () => {
    const { logger, lines } = capturedLogger('warn');
    const metrics = createMetrics();
    const warn = telephonyWarningHook(logger, metrics);
    warn({ provider: 'zoom', recordingId: 'rec-1', code: 'REP_LOOKUP_REFUSED', status: 401, message: 'Zoom refused the phone user lookup (HTTP 401). Add the scope, or else set ZOOM_REP_EMAILS.' });
    expect(lines).toEqual([expect.objectContaining({ adapter: 'zoom', recordingId: 'rec-1', code: 'REP_LOOKUP_REFUSED', status: 401, msg: expect.stringMatching(/ZOOM_REP_EMAILS/) })]);
    expect(await metrics.registry.getSingleMetricAsString('callscribe_telephony_warnings_total')).toMatch(/callscribe_telephony_warnings_total\{provider="zoom",code="REP_LOOKUP_REFUSED"\} 1/);
  });
});
