import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { callLogInput, failure } from '../helpers/crm-inputs.ts';

/** Salesforce's updateCallLog against the local Salesforce fake: the exact PATCH of the Task, and its failures classified. */

let fake: SalesforceFake;
let crm: CrmAdapter;
let taskId: string;
const fix = { title: 'Call with Elena Novak (corrected)', body: 'Elena wants the contract by Friday.\n\n- Budget approved' };
const task = () => fake.objects('Task').find((t) => t.Id === taskId);

beforeEach(async () => {
  fake = await startSalesforceFake();
  const { contacts } = fake.seed({ contacts: [{ FirstName: 'Elena', LastName: 'Novak', Phone: '+44 20 7946 0321' }] });
  crm = createSalesforceCrm({ instanceUrl: fake.instanceUrl, accessToken: fake.accessToken, timeoutMs: 2000 });
  taskId = (await crm.logCall(callLogInput(contacts[0]!, null))).id;
});
afterEach(() => fake.close());

describe('Salesforce adapter: correcting a call log', () => {
  it('sends one PATCH /sobjects/Task/{id} with Subject and Description only (never the create-only TaskSubtype); 204 is success', async () => {
    const before = fake.requests.length;
    await crm.updateCallLog(taskId, fix);
    const sent = fake.requests.slice(before);
    expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /services/data/v62.0/sobjects/Task/${taskId}`]);
    expect(sent[0]?.headers.authorization).toBe(`Bearer ${fake.accessToken}`);
    expect(sent[0]?.body).toEqual({ Subject: fix.title, Description: fix.body });
    expect(sent[0]?.status).toBe(204);
    expect(task()).toMatchObject({ Subject: fix.title, Description: fix.body, TaskSubtype: 'Call', CallScribe_Key__c: 'call-abc:call', CallDurationInSeconds: 35, Status: 'Completed' });
  });

  it("shortens the Subject to Salesforce's 255 characters and the Description to 32,000, as logCall does", async () => {
    await crm.updateCallLog(taskId, { title: 'T'.repeat(300), body: 'b'.repeat(40_000) });
    expect(String(task()?.Subject).length).toBeLessThanOrEqual(255);
    expect(String(task()?.Subject).endsWith('… (shortened)')).toBe(true);
    expect(String(task()?.Description).length).toBeLessThanOrEqual(32_000);
    expect(String(task()?.Description).endsWith('… (shortened)')).toBe(true);
  });

  it('names a missing Task with SALESFORCE_CALL_LOG_NOT_FOUND; an id that is no Task id is not sent at all', async () => {
    const err = await failure(crm.updateCallLog('00T000000000404AAA', fix));
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'SALESFORCE_CALL_LOG_NOT_FOUND', retryable: false });
    expect(err.message).toMatch(/00T000000000404AAA.*Recycle Bin/);
    const sent = fake.requests.length;
    for (const id of ['006000000000001AAA', 'call-1']) expect(await failure(crm.updateCallLog(id, fix))).toMatchObject({ code: 'SALESFORCE_CALL_LOG_NOT_FOUND' });
    expect(fake.requests).toHaveLength(sent);
  });

  it('403 REQUEST_LIMIT_EXCEEDED (Salesforce sends no 429) and 5xx on the PATCH are retryable; the retry writes the same values', async () => {
    fake.failNext(1, { status: 403 });
    expect(await failure(crm.updateCallLog(taskId, fix))).toMatchObject({ code: 'SALESFORCE_RATE_LIMITED', retryable: true, status: 403 });
    fake.failNext(1, { status: 503 });
    expect(await failure(crm.updateCallLog(taskId, fix))).toMatchObject({ code: 'SALESFORCE_UNAVAILABLE', retryable: true, status: 503 });
    fake.failNext(1, { status: 429, body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'a proxy in front of the org' }] });
    expect(await failure(crm.updateCallLog(taskId, fix))).toMatchObject({ code: 'SALESFORCE_RATE_LIMITED', retryable: true, status: 429 });
    expect(task()?.Subject).toBe('Call with Elena Novak (Brightline Foods)');
    await crm.updateCallLog(taskId, fix);
    await crm.updateCallLog(taskId, fix);
    expect(task()).toMatchObject({ Subject: fix.title, Description: fix.body });
    expect(fake.objects('Task')).toHaveLength(1);
    fake.failNext(1, { status: 401 });
    expect(await failure(crm.updateCallLog(taskId, fix))).toMatchObject({ code: 'SALESFORCE_AUTH', retryable: false });
  });
});
