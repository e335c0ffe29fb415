import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSalesforceFake, type SalesforceFake, type SeededIds } from '../helpers/fakes/salesforce.fake.ts';

/** The fake must reject what Salesforce rejects (api-contracts.md §2 and the Mock-fidelity checklist, item 2). */

let fake: SalesforceFake;
let ids: SeededIds;
beforeEach(async () => {
  fake = await startSalesforceFake();
  ids = fake.seed({
    contacts: [{ LastName: 'Novak', Email: 'elena@example.com', Phone: '+44 20 7946 0321' }],
    leads: [{ LastName: 'Lead', Company: 'Prospect Ltd' }],
    opportunities: [{ Name: 'Pilot', StageName: 'Prospecting' }],
  });
});
afterEach(() => fake.close());

async function api(method: string, path: string, body?: unknown, token: string | null = fake.accessToken, at: SalesforceFake = fake) {
  const res = await fetch(`${at.instanceUrl}/services/data/${at.apiVersion}${path}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}
const soql = (q: string) => api('GET', `/query?q=${encodeURIComponent(q)}`);
const task = (fields: Record<string, unknown>) => api('POST', '/sobjects/Task', { Subject: 'Call', ...fields });
const errorCode = (res: { body: unknown }) => (res.body as { errorCode: string }[])[0]?.errorCode;

describe('Salesforce fake fidelity', () => {
  it('issues client-credentials tokens for a form body, refuses as Salesforce does, and expires sessions on demand', async () => {
    const token = (form: Record<string, string>, type = 'application/x-www-form-urlencoded') =>
      fetch(`${fake.instanceUrl}/services/oauth2/token`, { method: 'POST', headers: { 'content-type': type }, body: new URLSearchParams(form).toString() }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, unknown> }));
    const good = { grant_type: 'client_credentials', client_id: fake.clientId, client_secret: fake.clientSecret };
    const issued = await token(good);
    expect(issued).toEqual({
      status: 200,
      body: { access_token: fake.issuedTokens[0], instance_url: fake.instanceUrl, id: expect.stringContaining('/id/'), token_type: 'Bearer', scope: 'api', issued_at: expect.any(String), signature: expect.any(String) },
    });
    expect(await token({ ...good, client_secret: 'wrong' })).toEqual({ status: 400, body: { error: 'invalid_client', error_description: 'invalid client credentials' } });
    expect(await token({ ...good, client_id: 'wrong' })).toEqual({ status: 400, body: { error: 'invalid_client_id', error_description: 'client identifier invalid' } });
    expect(await token({ ...good, grant_type: 'password' })).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    expect(await token(good, 'application/json')).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });

    const session = issued.body.access_token as string;
    expect((await api('GET', '/limits', undefined, session)).status).toBe(200);
    fake.expireSessions({ method: 'POST' });
    expect((await api('GET', '/limits', undefined, session)).status).toBe(200);
    const refused = await api('POST', '/sobjects/Task', { Subject: 'x' }, session);
    expect(refused).toMatchObject({ status: 401, body: [{ errorCode: 'INVALID_SESSION_ID' }] });
    expect((await api('GET', '/limits', undefined, fake.accessToken)).status).toBe(401);
    expect(fake.objects('Task')).toHaveLength(0);
    const renewed = (await token(good)).body.access_token as string;
    expect((await api('GET', '/limits', undefined, renewed)).status).toBe(200);
  });

  it('serves the version’s resource list to any session; /limits only to a user with View Setup and Configuration', async () => {
    expect(await api('GET', '/')).toMatchObject({ status: 200, body: { sobjects: `/services/data/${fake.apiVersion}/sobjects` } });
    expect((await api('GET', '/', undefined, '00DFAKE!expired')).status).toBe(401);
    const plain = await startSalesforceFake({ viewSetup: false });
    try {
      expect((await api('GET', '/', undefined, plain.accessToken, plain)).status).toBe(200);
      expect(await api('GET', '/limits', undefined, plain.accessToken, plain)).toMatchObject({ status: 403, body: [{ errorCode: 'INSUFFICIENT_ACCESS' }] });
    } finally {
      await plain.close();
    }
  });

  it('answers a missing or expired session with 401 INVALID_SESSION_ID in an array body, and serves nothing', async () => {
    for (const token of [null, '00DFAKE!expired']) {
      const res = await api('POST', '/sobjects/Task', { Subject: 'x' }, token);
      expect(res.status).toBe(401);
      expect(res.body).toEqual([{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }]);
    }
    expect(fake.objects('Task')).toHaveLength(0);
  });

  it('runs out of API requests with 403 REQUEST_LIMIT_EXCEEDED (never 429), also under chaos', async () => {
    fake.failNext(1, { status: 403 });
    const res = await soql(`SELECT Id, UserType FROM User WHERE Email = 'a@b.example' AND IsActive = true ORDER BY CreatedDate ASC, Id ASC LIMIT 20`);
    expect(res.status).toBe(403);
    expect(res.body).toEqual([{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    fake.chaos({ rate: 1, statuses: [403], seed: 1 });
    expect((await api('GET', `/sobjects/Contact/${ids.contacts[0]}`)).status).toBe(403);
    fake.chaos(null);
    expect((await api('GET', `/sobjects/Contact/${ids.contacts[0]}`)).status).toBe(200);
    expect(fake.requests.every((r) => r.status !== 429)).toBe(true);
  });

  it("refuses a Lead query naming a Contact's home, other or assistant phone (a Lead has no such field): 400 INVALID_FIELD", async () => {
    const ok = await soql(`SELECT Id, FirstName, LastName, Email, Phone, MobilePhone, Company FROM Lead WHERE IsConverted = false AND (Phone LIKE '%0321' OR MobilePhone LIKE '%0321')`);
    expect(ok.status).toBe(200);
    const res = await soql(`SELECT Id, FirstName, LastName, Email, Phone, MobilePhone, HomePhone, Company FROM Lead WHERE IsConverted = false AND (Phone LIKE '%0321' OR HomePhone LIKE '%0321')`);
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('INVALID_FIELD');
  });

  it("answers a record type's StageNames by the User Interface API (the master record type: every one); unknown record types are 404", async () => {
    const org = await startSalesforceFake({ recordTypes: [{ id: '012Fk0000000001AAA', name: 'Renewal', stages: ['Qualification', 'Closed Won', 'Closed Lost'] }] });
    try {
      const get = (rt: string) => fetch(`${org.instanceUrl}/services/data/v62.0/ui-api/object-info/Opportunity/picklist-values/${rt}/StageName`, { headers: { authorization: `Bearer ${org.accessToken}` } });
      const renewal = await get('012Fk0000000001AAA');
      expect(renewal.status).toBe(200);
      expect(((await renewal.json()) as { values: { value: string }[] }).values.map((v) => v.value)).toEqual(['Qualification', 'Closed Won', 'Closed Lost']);
      const master = (await (await get('012000000000000AAA')).json()) as { values: { value: string; label: string; validFor: unknown[] }[] };
      expect(master.values).toContainEqual({ attributes: null, label: 'Negotiation/Review', validFor: [], value: 'Negotiation/Review' });
      expect((await get('012Fk0000000009AAA')).status).toBe(404);
      // Opportunities of an org with record types carry one.
      const [opp] = org.seed({ opportunities: [{ Name: 'R', StageName: 'Qualification', RecordTypeId: '012Fk0000000001AAA' }] }).opportunities;
      const read = await fetch(`${org.instanceUrl}/services/data/v62.0/sobjects/Opportunity/${opp}`, { headers: { authorization: `Bearer ${org.accessToken}` } });
      expect(await read.json()).toMatchObject({ RecordTypeId: '012Fk0000000001AAA' });
    } finally {
      await org.close();
    }
  });

  it('answers only the SOQL the adapter sends; anything else is 400 MALFORMED_QUERY', async () => {
    const ok = await soql(`SELECT Id, FirstName, LastName, Email, Phone, MobilePhone, HomePhone, OtherPhone, AssistantPhone, Account.Name FROM Contact WHERE Email = 'ELENA@example.com' LIMIT 200`);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ totalSize: 1, done: true, records: [{ attributes: { type: 'Contact' }, Id: ids.contacts[0], Account: null }] });
    for (const q of [`SELECT Id FROM Contact`, `SELECT Id, Name FROM Contact WHERE Email = 'x' LIMIT 1`, `DELETE FROM Task`]) {
      const res = await soql(q);
      expect(res.status, q).toBe(400);
      expect(errorCode(res)).toBe('MALFORMED_QUERY');
    }
    expect(errorCode(await api('GET', '/query'))).toBe('MALFORMED_QUERY');
  });

  it('rejects malformed Ids in filters and columns that do not exist', async () => {
    const badId = await soql(`SELECT Id, Name, StageName, IsClosed, CreatedDate, LastModifiedDate, Amount, CloseDate, (SELECT ContactId FROM OpportunityContactRoles) FROM Opportunity WHERE Id = 'D-1'`);
    expect(badId.status).toBe(400);
    expect(errorCode(badId)).toBe('INVALID_QUERY_FILTER_OPERATOR');
    const noColumn = await soql(`SELECT Id FROM Task WHERE Missing_Key__c = 'k' LIMIT 2`);
    expect(noColumn.status).toBe(400);
    expect(errorCode(noColumn)).toBe('INVALID_FIELD');
  });

  it('validates Task fields: names, picklists, lengths, types and references', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ Foo__c: 'x' }, 'INVALID_FIELD'],
      [{ TaskSubtype: 'Phone' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
      [{ Status: 'Done' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
      [{ CallType: 'outbound' }, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST'],
      [{ Status: null }, 'REQUIRED_FIELD_MISSING'],
      [{ Subject: 'x'.repeat(256) }, 'STRING_TOO_LONG'],
      [{ CallDurationInSeconds: '35' }, 'JSON_PARSER_ERROR'],
      [{ ActivityDate: '2026-11-17T15:00:00Z' }, 'JSON_PARSER_ERROR'],
      [{ WhoId: 'elena' }, 'MALFORMED_ID'],
      [{ WhoId: ids.opportunities[0] }, 'FIELD_INTEGRITY_EXCEPTION'],
      [{ WhoId: '003000000000000AAA' }, 'INVALID_CROSS_REFERENCE_KEY'],
      [{ WhoId: ids.leads[0], WhatId: ids.opportunities[0] }, 'FIELD_INTEGRITY_EXCEPTION'],
      [{ Id: '00T000000000000AAA' }, 'INVALID_FIELD_FOR_INSERT_UPDATE'],
    ];
    for (const [fields, code] of cases) {
      const res = await task(fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect(errorCode(res), JSON.stringify(fields)).toBe(code);
    }
    expect(fake.objects('Task')).toHaveLength(0);
    const made = await task({ TaskSubtype: 'Call', WhoId: ids.contacts[0], WhatId: ids.opportunities[0], CallDurationInSeconds: 35 });
    expect(made).toMatchObject({ status: 201, body: { id: expect.stringMatching(/^00T[a-zA-Z0-9]{15}$/), success: true, errors: [] } });
    expect(fake.objects('Task')[0]).toMatchObject({ Status: 'Not Started', Priority: 'Normal' });
  });

  it('refuses to change create-only and read-only fields, and requires the fields Salesforce requires', async () => {
    const { body } = await task({ TaskSubtype: 'Call' });
    const update = await api('PATCH', `/sobjects/Task/${body.id}`, { TaskSubtype: 'Task' });
    expect(update.status).toBe(400);
    expect(errorCode(update)).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    expect(errorCode(await api('PATCH', `/sobjects/Opportunity/${ids.opportunities[0]}`, { IsClosed: true }))).toBe('INVALID_FIELD_FOR_INSERT_UPDATE');
    const opp = await api('POST', '/sobjects/Opportunity', { Name: 'No stage' });
    expect(opp.status).toBe(400);
    expect(opp.body).toEqual([{ message: 'Required fields are missing: [StageName, CloseDate]', errorCode: 'REQUIRED_FIELD_MISSING', fields: ['StageName', 'CloseDate'] }]);
  });

  it('updates an opportunity with 204 and derives IsClosed from the stage; a bad StageName is rejected', async () => {
    const res = await api('PATCH', `/sobjects/Opportunity/${ids.opportunities[0]}`, { StageName: 'Closed Lost' });
    expect(res).toMatchObject({ status: 204, body: null });
    expect(fake.objects('Opportunity')[0]).toMatchObject({ StageName: 'Closed Lost', IsClosed: true, IsWon: false });
    expect(errorCode(await api('PATCH', `/sobjects/Opportunity/${ids.opportunities[0]}`, { StageName: 'Contract Sent' }))).toBe('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST');
    const missing = await api('GET', '/sobjects/Opportunity/006000000000000AAA');
    expect(missing).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
  });

  it('upserts by External ID: 201 created, 200 updated, 404 for a field that does not exist, 400 for one that is not an External ID', async () => {
    const path = '/sobjects/Task/CallScribe_Key__c/call-1%3Acall';
    const first = await api('PATCH', path, { Subject: 'Call', TaskSubtype: 'Call', Status: 'Completed' });
    expect(first).toMatchObject({ status: 201, body: { success: true, created: true, errors: [] } });
    const second = await api('PATCH', path, { Subject: 'Call again' });
    expect(second).toMatchObject({ status: 200, body: { id: first.body.id, created: false } });
    expect(fake.objects('Task')).toEqual([expect.objectContaining({ Id: first.body.id, CallScribe_Key__c: 'call-1:call', Subject: 'Call again' })]);
    const noField = await api('PATCH', '/sobjects/Task/Missing_Key__c/x', { Subject: 'x' });
    expect(noField).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND', message: 'Provided external ID field does not exist or is not accessible: Missing_Key__c' }] });
    expect((await api('PATCH', '/sobjects/Task/Subject/x', { Status: 'Completed' })).status).toBe(400);
    const dup = await task({ CallScribe_Key__c: 'call-1:call' });
    expect(errorCode(dup)).toBe('DUPLICATE_VALUE');
  });

  it('refuses a create-only field on the update path of an upsert with the array error body; updateOnly never creates', async () => {
    const path = '/sobjects/Task/CallScribe_Key__c/call-2%3Acall';
    expect((await api('PATCH', path, { Subject: 'Call', TaskSubtype: 'Call', Status: 'Completed' })).status).toBe(201);
    const again = await api('PATCH', path, { Subject: 'Call', TaskSubtype: 'Call' });
    expect(again.status).toBe(400);
    expect(again.body).toEqual([
      {
        message: 'Unable to create/update fields: TaskSubtype. Please check the security settings of this field and verify that it is read/write for your profile or permission set.',
        errorCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        fields: ['TaskSubtype'],
      },
    ]);
    expect((await api('PATCH', `${path}?updateOnly=true`, { Subject: 'Call 2' })).status).toBe(200);
    const missing = await api('PATCH', '/sobjects/Task/CallScribe_Key__c/none?updateOnly=true', { Subject: 'x', Status: 'Completed' });
    expect(missing).toMatchObject({ status: 404, body: [{ errorCode: 'NOT_FOUND' }] });
    expect(fake.objects('Task')).toEqual([expect.objectContaining({ Subject: 'Call 2', TaskSubtype: 'Call' })]);
  });

  it('answers 300 when several records carry the key (a field not marked Unique)', async () => {
    const loose = await startSalesforceFake({ keyUnique: false });
    try {
      loose.seed({ tasks: [{ Subject: 'a', CallScribe_Key__c: 'k' }, { Subject: 'b', CallScribe_Key__c: 'k' }] });
      const res = await api('PATCH', '/sobjects/Task/CallScribe_Key__c/k', { Subject: 'c' }, loose.accessToken, loose);
      expect(res.status).toBe(300);
      expect(res.body).toHaveLength(2);
      expect(loose.objects('Task').map((t) => t.Subject)).toEqual(['a', 'b']);
    } finally {
      await loose.close();
    }
  });

  it('gives seeded records Salesforce-shaped ids and answers unknown paths with 404 NOT_FOUND', async () => {
    expect(ids.contacts[0]).toMatch(/^003[a-zA-Z0-9]{15}$/);
    expect(ids.leads[0]).toMatch(/^00Q/);
    expect(ids.opportunities[0]).toMatch(/^006/);
    expect(ids.contactRoles).toHaveLength(0);
    const res = await fetch(`${fake.instanceUrl}/services/data/v20.0/sobjects/Task`, { headers: { authorization: `Bearer ${fake.accessToken}` } });
    expect(res.status).toBe(404);
    expect((await api('GET', '/sobjects/Widget__c/x')).status).toBe(404);
    expect(fake.requests.at(-1)?.headers['authorization']).toBe(`Bearer ${fake.accessToken}`);
  });

  it('updates a Task by PATCH /sobjects/Task/{id} with 204 No Content; unknown fields, long or mistyped values are 400, unknown ids 404', async () => {
    const { body } = await task({ TaskSubtype: 'Call', Description: 'Old' });
    const path = `/sobjects/Task/${body.id}`;
    expect((await api('PATCH', path, { Subject: 'New' }, null)).status).toBe(401);
    expect(errorCode(await api('PATCH', path, { Summary: 'x' }))).toBe('INVALID_FIELD');
    expect(errorCode(await api('PATCH', path, { Subject: 'x'.repeat(256) }))).toBe('STRING_TOO_LONG');
    expect(errorCode(await api('PATCH', path, { Description: 'x'.repeat(32_001) }))).toBe('STRING_TOO_LONG');
    expect(errorCode(await api('PATCH', path, { CallDurationInSeconds: '35' }))).toBe('JSON_PARSER_ERROR');
    expect(errorCode(await api('PATCH', '/sobjects/Task/00T000000000404AAA', { Subject: 'New' }))).toBe('NOT_FOUND');
    expect(fake.objects('Task')[0]).toMatchObject({ Subject: 'Call', Description: 'Old' });
    expect(await api('PATCH', path, { Subject: 'New', Description: 'New' })).toMatchObject({ status: 204, body: null });
    expect(fake.objects('Task')[0]).toMatchObject({ Subject: 'New', Description: 'New', TaskSubtype: 'Call' });
  });
});
