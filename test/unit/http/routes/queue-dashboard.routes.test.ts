import { describe, expect, it } from 'vitest';
import { dashboardFailures } from '../../../../src/http/routes/queue-dashboard.routes.ts';

describe('dashboardFailures: what the queue dashboard shows of a failed job', () => {
  it('redacts the reason and the stack trace by the rule the workers store them with: a phone number goes, a Unix time in milliseconds and a size stay', () => {
    const when = Date.UTC(2026, 11, 5, 3, 27, 5, 123);
    const body = { job: { id: 'c_1:sync', data: { callId: 'c_1' }, failedReason: `at ${when} the CRM refused +1 415 555 0143`, stacktrace: [`Error: 1234567890 bytes for 415-555-0143\n    at x (/srv/app.ts:1:1)`] } };
    expect(dashboardFailures(body)).toEqual({
      job: { id: 'c_1:sync', data: { callId: 'c_1' }, failedReason: `at ${when} the CRM refused [REDACTED PHONE]`, stacktrace: ['Error: 1234567890 bytes for [REDACTED PHONE]\n    at x (/srv/app.ts:1:1)'] },
    });
  });
});
