import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { processFixture } from '../helpers/process-call.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * `callscribe process` (the in-process runner) under the queue's retry policy: a 429 or 503 from the CRM or the
 * transcription engine is waited out (Retry-After honoured, a progress line on stderr per wait) and the call ends
 * as it would through the queue; it fails only where the queue would: a permanent refusal at once, a retryable one
 * after the queue's attempts (QUEUE_DEFAULTS.attempts = 5).
 */
describe('callscribe process retries like the queue', () => {
  let hubspot: HubSpotFake;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  beforeEach(async () => {
    temp = await makeTempDir();
    // Longer than the 2 s a read's client waits out itself: a 429 goes to the runner.
    hubspot = await startHubSpotFake({ retryAfterSec: 3 });
    const { contacts } = hubspot.seed({
      owners: [{ id: '7001', email: 'tom.fletcher@example.com', firstName: 'Tom', lastName: 'Fletcher' }],
      contacts: [{ firstname: 'Aisha', lastname: 'Khan', phone: '+44 20 7946 0123', email: 'aisha.khan@northwind.example.com', company: 'Northwind Logistics' }],
    });
    hubspot.seed({ deals: [{ dealname: 'Northwind — new business', dealstage: 'presentationscheduled', contactIds: [contacts[0]!] }] });
  });
  afterEach(async () => {
    await hubspot.close();
    await temp.cleanup();
  });

  const env = (dir: string, extra: Record<string, string> = {}) => ({ CRM: 'hubspot', HUBSPOT_BASE_URL: hubspot.baseUrl, HUBSPOT_ACCESS_TOKEN: hubspot.accessToken, DATA_DIR: join(temp.dir, dir), STAGE_POLICY: 'auto', LOG_LEVEL: 'silent', ...extra });
  const search = { method: 'POST', path: '/crm/v3/objects/contacts/search' };

  it('waits out a 429 (Retry-After) and a 503 from the CRM, and from the engine, then finishes the call once', async () => {
    hubspot.failNext(1, { status: 429, match: search });
    // The client tries a search three times itself; a 503 to each goes to the runner.
    hubspot.failNext(3, { status: 503, match: search });
    const res = await processFixture('proposal-approved-northwind', temp.dir, env('ok'), {
      // Two tracks in parallel, each retried twice by the OpenAI SDK itself (maxRetries 2): six 503s reach the runner.
      transcribeFailures: { n: 6, status: 503, headers: { 'retry-after-ms': '10' } },
    });
    expect(res.code, res.stderr).toBe(0);
    const lines = res.stderr.trim().split('\n');
    expect(lines).toEqual([
      'transcribe: OPENAI_UNAVAILABLE (503); retrying in 10 ms (attempt 2 of 5)',
      // 3 s is the fake's Retry-After; the queue's own first backoff is at most 1 s.
      'sync: HUBSPOT_RATE_LIMITED (429); retrying in 3 s (attempt 2 of 5)',
      expect.stringMatching(/^sync: HUBSPOT_UNAVAILABLE \(503\); retrying in \d+ s \(attempt 3 of 5\)$/),
    ]);
    expect(res.call).toMatchObject({ status: 'done', error: null });
    expect(res.call!.steps.filter((s) => s.step === 'sync').map((s) => s.outcome)).toEqual(['retrying', 'retrying', 'ok']);
    expect(hubspot.objects('calls')).toHaveLength(1);
    expect(hubspot.objects('deals')[0]!.properties.dealstage).toBe('contractsent');
  });

  it('fails where the queue would: a retryable failure after the queue\'s 5 attempts, a permanent one at once', async () => {
    // Five attempts of three tries each (the client's own retries of the search). A 1 ms wait keeps it fast (a
    // Retry-After of 0 waits the 1 s floor).
    hubspot.failNext(15, { status: 503, match: search, headers: { 'retry-after-ms': '1' } });
    const flaky = await processFixture('proposal-approved-northwind', temp.dir, env('flaky'));
    expect(flaky.code).toBe(1);
    const lines = flaky.stderr.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual([2, 3, 4, 5].map((n) => `sync: HUBSPOT_UNAVAILABLE (503); retrying in 1 ms (attempt ${n} of 5)`));
    expect(lines.at(-1)).toMatch(/^error HUBSPOT_UNAVAILABLE: /);
    expect(hubspot.objects('calls')).toHaveLength(0);

    hubspot.failNext(1, { status: 400, match: search, body: { status: 'error', message: 'Invalid filter', category: 'VALIDATION_ERROR', correlationId: 'c-1' } });
    const refused = await processFixture('proposal-approved-northwind', temp.dir, env('refused'));
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error HUBSPOT_REJECTED: /)]);
  });
});
