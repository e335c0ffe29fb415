import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';

/** HubSpot's updateCallLog against the local HubSpot fake: the exact PATCH, and its failures classified. */

let fake: HubSpotFake;
let crm: CrmAdapter;
let callId: string;
const fix = { title: 'Call with Elena Novak (corrected)', body: 'Elena wants the contract by Friday.\n\n- Budget & legal <done>' };
const patchesOf = (id: string) => fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/crm/v3/objects/calls/${id}`);

beforeEach(async () => {
  fake = await startHubSpotFake();
  const { contacts } = fake.seed({ contacts: [{ firstname: 'Elena', lastname: 'Novak', phone: '+44 20 7946 0321' }] });
  crm = createHubSpotCrm({ accessToken: fake.accessToken, baseUrl: fake.baseUrl, searchSettleMs: 50, timeoutMs: 2000 });
  callId = (await crm.logCall(callLogInput(contacts[0]!, null))).id;
});
afterEach(() => fake.close());

describe('HubSpot adapter: correcting a call log', () => {
  it('sends one PATCH /crm/v3/objects/calls/{id} with hs_call_title and hs_call_body as escaped HTML, and nothing else', async () => {
    const before = fake.requests.length;
    await crm.updateCallLog(callId, fix);
    expect(fake.requests.slice(before).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /crm/v3/objects/calls/${callId}`]);
    const [patch] = patchesOf(callId);
    expect(patch?.headers.authorization).toBe(`Bearer ${fake.accessToken}`);
    expect(patch?.body).toEqual({
      properties: {
        hs_call_title: fix.title,
        hs_call_body: '<p>Elena wants the contract by Friday.</p><ul><li>Budget &amp; legal &lt;done&gt;</li></ul>',
      },
    });
    expect(patch?.status).toBe(200);
    const [call] = fake.objects('calls');
    expect(call?.properties).toMatchObject({ callscribe_key: 'call-abc:call', hs_call_title: fix.title, hs_call_duration: '35100', hs_call_direction: 'OUTBOUND' });
  });

  it("shortens a body past HubSpot's 65,536-character limit, as logCall does", async () => {
    await crm.updateCallLog(callId, { title: 'Long call', body: 'word '.repeat(20_000) });
    const body = fake.objects('calls')[0]?.properties.hs_call_body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body.endsWith('<p>… (shortened)</p>')).toBe(true);
  });

  it('names a missing call with HUBSPOT_CALL_LOG_NOT_FOUND; a non-numeric id is not sent at all', async () => {
    const err = await failure(crm.updateCallLog('51000000999', fix));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'HUBSPOT_CALL_LOG_NOT_FOUND', retryable: false });
    expect(err.message).toMatch(/51000000999.*by hand/);
    const sent = fake.requests.length;
    expect(await failure(crm.updateCallLog('call-1', fix))).toMatchObject({ code: 'HUBSPOT_CALL_LOG_NOT_FOUND' });
    expect(fake.requests).toHaveLength(sent);
  });

  it('429 and 5xx on the PATCH are retryable; a lost answer is harmless, the retry writes the same values', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '3' }, match: { method: 'PATCH' } });
    expect(await failure(crm.updateCallLog(callId, fix))).toMatchObject({ code: 'HUBSPOT_RATE_LIMITED', retryable: true, retryAfterMs: 3000, status: 429 });
    fake.failNext(1, { status: 503, match: { method: 'PATCH' } });
    expect(await failure(crm.updateCallLog(callId, fix))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 502, match: { method: 'PATCH' }, commit: true });
    expect(await failure(crm.updateCallLog(callId, fix))).toMatchObject({ code: 'HUBSPOT_UNAVAILABLE', retryable: true });
    expect(fake.requests.some((r) => r.committed)).toBe(true);
    await crm.updateCallLog(callId, fix);
    expect(fake.objects('calls')).toHaveLength(1);
    expect(fake.objects('calls')[0]?.properties.hs_call_title).toBe(fix.title);
    fake.failNext(1, { status: 401, match: { method: 'PATCH' } });
    expect(await failure(crm.updateCallLog(callId, fix))).toMatchObject({ code: 'HUBSPOT_AUTH', retryable: false });
  });

  it('reaches the last correction through seeded chaos, lost answers included, with only retryable failures on the way', async () => {
    fake.chaos({ rate: 0.5, statuses: [429, 500, 503], seed: 5, commit: 0.5 });
    const titles = ['First fix', 'Second fix', 'Third fix', 'Fourth fix'];
    for (const title of titles) {
      let done = false;
      for (let attempt = 0; attempt < 40 && !done; attempt++) {
        done = await crm.updateCallLog(callId, { ...fix, title }).then(
          () => true,
          (e: AppError) => (expect(e.retryable).toBe(true), false),
        );
      }
      expect(done).toBe(true);
    }
    fake.chaos(null);
    expect(patchesOf(callId).some((r) => (r.status ?? 0) >= 429)).toBe(true);
    expect(patchesOf(callId).some((r) => r.committed)).toBe(true); // seed 5 includes a PATCH that happened but answered 5xx
    expect(fake.objects('calls')).toHaveLength(1);
    expect(fake.objects('calls')[0]?.properties.hs_call_title).toBe('Fourth fix');
  });
});
