import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallLogInput, CrmAdapter } from '../../src/ports/crm.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';

/** Pipedrive's updateCallLog against the local Pipedrive fake: GET, then the exact PATCH; the key marker survives. */

let fake: PipedriveFake;
let crm: CrmAdapter;
let input: CallLogInput;
let activityId: string;
const fix = { title: 'Call with Elena Novak (corrected)', body: 'Elena wants the contract by Friday.\n\n- Budget & legal <done>' };
const activity = () => fake.objects('activities').find((a) => String(a.id) === activityId);
const adapter = () => createPipedriveCrm({ apiToken: fake.apiToken, baseUrl: fake.baseUrl, timeoutMs: 2000 });

beforeEach(async () => {
  fake = await startPipedriveFake();
  const { persons } = fake.seed({ persons: [{ name: 'Elena Novak', phones: ['+44 20 7946 0321'] }] });
  const { deals } = fake.seed({ deals: [{ title: 'Pilot', person_id: Number(persons[0]) }] });
  input = callLogInput(persons[0]!, deals[0]!, { disposition: 'left_voicemail', recordingUrl: 'https://rec.example/a.mp3?x=1&y=2' });
  crm = adapter();
  activityId = (await crm.logCall(input)).id;
});
afterEach(() => fake.close());

describe('Pipedrive adapter: correcting a call log', () => {
  it('reads the activity, then PATCHes /api/v2/activities/{id} with subject and a note that keeps the facts and the key marker', async () => {
    const before = fake.requests.length;
    await crm.updateCallLog(activityId, fix);
    const sent = fake.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /api/v2/activities/${activityId}`, `PATCH /api/v2/activities/${activityId}`]);
    expect(sent[1]?.headers['x-api-token']).toBe(fake.apiToken);
    expect(sent[1]?.body).toEqual({
      subject: fix.title,
      note:
        '<p>Elena wants the contract by Friday.</p><ul><li>Budget &amp; legal &lt;done&gt;</li></ul>' +
        '<p>Direction: outbound<br>Outcome: Left voicemail<br>Recording: https://rec.example/a.mp3?x=1&amp;y=2</p><p>[callscribe:call-abc:call]</p>',
    });
    expect(sent[1]?.status).toBe(200);
    expect(activity()).toMatchObject({ type: 'call', done: true, duration: '00:01', subject: fix.title });
  });

  it('the same correction twice, or from a new adapter, leaves the same note; a replayed logCall still finds the activity', async () => {
    await crm.updateCallLog(activityId, fix);
    const once = activity()?.note;
    await crm.updateCallLog(activityId, fix);
    await adapter().updateCallLog(activityId, fix);
    expect(activity()?.note).toBe(once);
    expect(await adapter().logCall(input)).toEqual({ id: activityId, created: false });
    expect(fake.objects('activities')).toHaveLength(1);
  });

  it('keeps the marker of a note whose end a person edited, and shortens a long summary to fit beside it', async () => {
    const edited = await fetch(`${fake.baseUrl}/api/v2/activities/${activityId}`, {
      method: 'PATCH',
      headers: { 'x-api-token': fake.apiToken, 'content-type': 'application/json' },
      body: JSON.stringify({ note: '<p>Old summary</p><p>[callscribe:call-abc:call]</p><p>Rep: call back in May</p>' }),
    });
    expect(edited.status).toBe(200);
    await crm.updateCallLog(activityId, { title: 'Long', body: 'word '.repeat(20_000) });
    const note = String(activity()?.note);
    expect(note.length).toBeLessThanOrEqual(60_000);
    expect(note.endsWith('<p>… (shortened)</p><p>[callscribe:call-abc:call]</p>')).toBe(true);
    expect(await crm.logCall(input)).toEqual({ id: activityId, created: false });
  });

  it('names a missing, deleted or non-call activity with PIPEDRIVE_CALL_LOG_NOT_FOUND, and changes none', async () => {
    const err = await failure(crm.updateCallLog('404404', fix));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'PIPEDRIVE_CALL_LOG_NOT_FOUND', retryable: false });
    expect(err.message).toMatch(/404404.*by hand/);
    const task = await crm.createTask({ idempotencyKey: 'call-abc:task:1', contactId: null, dealId: null, subject: 'Send it', dueDate: null, owner: 'rep', ownerEmail: null });
    expect(await failure(crm.updateCallLog(task.id, fix))).toMatchObject({ code: 'PIPEDRIVE_CALL_LOG_NOT_FOUND' });
    const deleted = await fetch(`${fake.baseUrl}/api/v2/activities/${activityId}`, { method: 'DELETE', headers: { 'x-api-token': fake.apiToken } });
    expect(deleted.status).toBe(200);
    expect(await failure(crm.updateCallLog(activityId, fix))).toMatchObject({ code: 'PIPEDRIVE_CALL_LOG_NOT_FOUND' });
    expect(await failure(crm.updateCallLog('call-1', fix))).toMatchObject({ code: 'PIPEDRIVE_CALL_LOG_NOT_FOUND' });
    expect(fake.requests.filter((r) => r.method === 'PATCH')).toHaveLength(0);
  });

  it('429 and 5xx on the GET or the PATCH are retryable; a lost answer to the PATCH is harmless', async () => {
    fake.failNext(1, { status: 429, headers: { 'retry-after': '3' }, match: { method: 'PATCH' } });
    expect(await failure(crm.updateCallLog(activityId, fix))).toMatchObject({ code: 'PIPEDRIVE_RATE_LIMITED', retryable: true, retryAfterMs: 3000, status: 429 });
    // The GET is tried three times in the client; a 503 to each goes to the queue.
    fake.failNext(3, { status: 503, match: { method: 'GET' } });
    expect(await failure(crm.updateCallLog(activityId, fix))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 502, match: { method: 'PATCH' }, commit: true });
    expect(await failure(crm.updateCallLog(activityId, fix))).toMatchObject({ code: 'PIPEDRIVE_UNAVAILABLE', retryable: true });
    const committed = activity()?.note;
    await crm.updateCallLog(activityId, fix);
    expect(activity()?.note).toBe(committed);
    expect(activity()?.subject).toBe(fix.title);
    fake.failNext(1, { status: 401, match: { method: 'GET' } });
    expect(await failure(crm.updateCallLog(activityId, fix))).toMatchObject({ code: 'PIPEDRIVE_AUTH', retryable: false });
  });

  it('reaches the last correction through seeded chaos, lost answers included, with one activity that keeps its key', async () => {
    fake.chaos({ rate: 0.5, statuses: [429, 500, 503], seed: 3, commit: 0.5 });
    for (const title of ['First fix', 'Second fix', 'Third fix']) {
      let done = false;
      for (let attempt = 0; attempt < 40 && !done; attempt++) {
        done = await crm.updateCallLog(activityId, { ...fix, title }).then(
          () => true,
          (e: AppError) => (expect(e.retryable).toBe(true), false),
        );
      }
      expect(done).toBe(true);
    }
    fake.chaos(null);
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.committed)).toBe(true); // seed 3 includes a PATCH that happened but answered 5xx
    expect(activity()?.subject).toBe('Third fix');
    expect(await crm.logCall(input)).toEqual({ id: activityId, created: false });
    expect(fake.objects('activities')).toHaveLength(1);
  });
});
