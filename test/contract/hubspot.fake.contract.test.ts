import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHubSpotFake, type HubSpotFake } from '../helpers/fakes/hubspot.fake.ts';

/** The fake must reject what HubSpot rejects (api-contracts.md §1 and the Mock-fidelity checklist, item 1). */

let fake: HubSpotFake;
let contactId: string;
let dealId: string;
beforeEach(async () => {
  fake = await startHubSpotFake({ limits: false });
  ({
    contacts: [contactId = ''],
    deals: [dealId = ''],
  } = fake.seed({
    contacts: [{ email: 'elena@example.com', firstname: 'Elena', phone: '+44 20 7946 0321' }],
    deals: [{ dealname: 'Brightline', dealstage: 'appointmentscheduled', pipeline: 'default' }],
    owners: [{ id: '9001', email: 'priya@example.com', firstName: 'Priya' }],
  }));
});
afterEach(() => fake.close());

async function api(method: string, path: string, body?: unknown, token: string | null = fake.accessToken, at: HubSpotFake = fake) {
  const res = await fetch(at.baseUrl + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const json = () => {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  };
  return { status: res.status, headers: res.headers, body: text ? json() : null };
}

const call = (extra: Record<string, unknown> = {}, associations?: unknown[]) =>
  api('POST', '/crm/v3/objects/calls', { properties: { hs_timestamp: '2026-11-17T15:00:00Z', hs_call_title: 'Call', ...extra }, ...(associations && { associations }) });
const to = (id: string, associationTypeId: number) => ({ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId }] });

describe('HubSpot fake fidelity', () => {
  it('answers a missing or wrong token with 401 INVALID_AUTHENTICATION, and serves nothing', async () => {
    for (const token of [null, 'pat-na1-wrong']) {
      const res = await api('GET', '/crm/v3/pipelines/deals', undefined, token);
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', message: expect.stringMatching(/^Authentication credentials not found/) });
      expect(res.headers.get('x-hubspot-auth-failure')).toBe('401 Unauthorized');
    }
    expect((await api('POST', '/crm/v3/objects/calls', { properties: { hs_timestamp: '1' } }, null)).status).toBe(401);
    expect(fake.objects('calls')).toHaveLength(0);
  });

  it('answers a request needing a scope the private app lacks with 403 MISSING_SCOPES naming it; token info lists the scopes', async () => {
    fake.setScopes(['crm.objects.contacts.read', 'crm.objects.contacts.write', 'crm.objects.deals.read', 'crm.objects.owners.read']);
    const refused = await api('PATCH', `/crm/v3/objects/deals/${dealId}`, { properties: { dealstage: 'qualifiedtobuy' } });
    expect(refused).toMatchObject({ status: 403, body: { status: 'error', category: 'MISSING_SCOPES', errors: [{ context: { requiredGranularScopes: ['crm.objects.deals.write'] } }] } });
    expect((await api('GET', `/crm/v3/objects/deals/${dealId}`)).status).toBe(200);
    expect((await api('POST', '/crm/v3/objects/calls', { properties: { hs_timestamp: '2026-11-17T15:00:00Z' } })).status).toBe(201);

    const info = await api('POST', '/oauth/v2/private-apps/get/access-token-info', { tokenKey: fake.accessToken });
    expect(info).toMatchObject({ status: 200, body: { hubId: expect.any(Number), appId: expect.any(Number), userId: expect.any(Number) } });
    expect(info.body.scopes).not.toContain('crm.objects.deals.write');
    fake.setScopes([...info.body.scopes, 'crm.objects.deals.write']); // the admin commits the added scope; same token
    expect((await api('PATCH', `/crm/v3/objects/deals/${dealId}`, { properties: { dealstage: 'qualifiedtobuy' } })).status).toBe(200);
    expect((await api('POST', '/oauth/v2/private-apps/get/access-token-info', { tokenKey: fake.accessToken })).body.scopes).toContain('crm.objects.deals.write');
  });

  it('rejects association type ids that do not exist for the object pair, and ids of missing records', async () => {
    const unknownType = await call({}, [to(contactId, 999)]);
    expect(unknownType.status).toBe(400);
    expect(unknownType.body).toMatchObject({ category: 'VALIDATION_ERROR', subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE' });
    expect((await call({}, [to(contactId, 204)])).status).toBe(400); // 204 is task → contact, not call → contact
    const wrongTarget = await call({}, [to(contactId, 206)]); // call → deal, but the id is a contact's
    expect(wrongTarget.status).toBe(400);
    expect(wrongTarget.body.context.INVALID_OBJECT_IDS).toEqual([`DEAL=${contactId} is not valid`]);
    expect(fake.objects('calls')).toHaveLength(0);

    const ok = await call({}, [to(contactId, 194), to(dealId, 206)]);
    expect(ok.status).toBe(201);
    const fromContact = await api('GET', `/crm/v4/objects/contacts/${contactId}/associations/calls`);
    expect(fromContact.body.results).toEqual([{ toObjectId: Number(ok.body.id), associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 193, label: null }] }]);
  });

  it('rejects unknown, read-only and mistyped properties and a missing hs_timestamp, like the v3 objects API', async () => {
    const unknown = await call({ callscribe_key: 'k1' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.category).toBe('VALIDATION_ERROR');
    expect(unknown.body.message).toMatch(/^Property values were not valid: /);
    expect(JSON.parse(unknown.body.message.replace('Property values were not valid: ', ''))).toEqual([
      expect.objectContaining({ isValid: false, error: 'PROPERTY_DOESNT_EXIST', name: 'callscribe_key', message: 'Property "callscribe_key" does not exist' }),
    ]);
    expect((await call({ hs_call_direction: 'SIDEWAYS' })).body.message).toContain('INVALID_OPTION');
    expect((await call({ hs_call_duration: 'long' })).status).toBe(400);
    expect((await call({ hs_object_id: '5' })).body.message).toContain('READ_ONLY_VALUE');
    expect((await call({ hubspot_owner_id: '12345' })).body.message).toContain('INVALID_OWNER_ID');
    expect((await api('POST', '/crm/v3/objects/tasks', { properties: { hs_task_subject: 'x' } })).body.message).toContain('hs_timestamp');
    expect((await call({ hubspot_owner_id: '9001', hs_call_duration: 1500 })).status).toBe(201);
  });

  it('checks the search request: group and filter limits, required filter fields, limit ≤ 200', async () => {
    const eq = (value: string) => ({ filters: [{ propertyName: 'email', operator: 'EQ', value }] });
    const search = (body: unknown) => api('POST', '/crm/v3/objects/contacts/search', body);
    expect((await search({ filterGroups: Array.from({ length: 6 }, (_, i) => eq(`a${i}@x.com`)) })).status).toBe(400);
    expect((await search({ filterGroups: [{ filters: Array.from({ length: 11 }, () => eq('a@x.com').filters[0]) }] })).status).toBe(400);
    expect((await search({ filterGroups: [{ filters: [{ propertyName: 'email', value: 'a@x.com' }] }] })).body.message).toMatch(/required attributes are not set \[propertyName, operator\]/);
    expect((await search({ filterGroups: [eq('a@x.com')], limit: 201 })).status).toBe(400);
    expect((await search({ filterGroups: [{ filters: [{ propertyName: 'no_such_property', operator: 'EQ', value: 'x' }] }] })).status).toBe(400);

    const found = await search({ filterGroups: [eq('ELENA@example.com')], properties: ['email', 'phone'] });
    expect(found.body).toMatchObject({ total: 1, results: [{ id: contactId, properties: { email: 'elena@example.com', phone: '+44 20 7946 0321' } }] });
    // Like HubSpot, an unknown top-level field is ignored: a misspelt `filterGroup` searches everything.
    expect((await search({ filterGroup: [eq('nobody@example.com')] })).body.total).toBe(1);
    const national = await search({ filterGroups: [{ filters: [{ propertyName: 'hs_searchable_calculated_phone_number', operator: 'EQ', value: '2079460321' }] }] });
    expect(national.body.total).toBe(1);
  });

  it('answers 409 CONFLICT naming the contact that has the e-mail, as its e-mail or an additional one, at once (not through search)', async () => {
    const lagging = await startHubSpotFake({ searchLagMs: 60_000 });
    try {
      const [noah] = lagging.seed({ contacts: [{ email: 'noah@example.com', hs_additional_emails: 'n.old@example.com;noah@home.example' }] }).contacts;
      const contact = (properties: Record<string, string>) => api('POST', '/crm/v3/objects/contacts', { properties }, lagging.accessToken, lagging);
      const conflict = { status: 409, body: { status: 'error', message: `Contact already exists. Existing ID: ${noah}`, category: 'CONFLICT', correlationId: expect.any(String) } };
      expect(await contact({ email: 'Noah@Example.com', firstname: 'Noah' })).toMatchObject(conflict);
      expect(await contact({ email: 'noah@home.example' })).toMatchObject(conflict);
      const made = await contact({ email: 'new@example.com' });
      expect(made.status).toBe(201);
      expect(await contact({ email: 'new@example.com' })).toMatchObject({ status: 409, body: { message: `Contact already exists. Existing ID: ${made.body.id}` } });
      const patch = (id: string, email: string) => api('PATCH', `/crm/v3/objects/contacts/${id}`, { properties: { email } }, lagging.accessToken, lagging);
      expect(await patch(made.body.id, 'n.old@example.com')).toMatchObject(conflict);
      expect((await patch(noah!, 'NOAH@example.com')).status).toBe(200); // its own address
      expect(lagging.objects('contacts').map((c) => c.properties.email)).toEqual(['NOAH@example.com', 'new@example.com']);
    } finally {
      await lagging.close();
    }
  });

  it('lets new records reach search only after the index lag', async () => {
    const lagging = await startHubSpotFake({ searchLagMs: 300 });
    try {
      const created = await fetch(`${lagging.baseUrl}/crm/v3/objects/contacts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${lagging.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ properties: { email: 'new@example.com' } }),
      });
      expect(created.status).toBe(201);
      const search = () =>
        fetch(`${lagging.baseUrl}/crm/v3/objects/contacts/search`, {
          method: 'POST',
          headers: { authorization: `Bearer ${lagging.accessToken}`, 'content-type': 'application/json' },
          body: JSON.stringify({ filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: 'new@example.com' }] }] }),
        }).then((r) => r.json() as Promise<{ total: number }>);
      expect((await search()).total).toBe(0);
      await new Promise((r) => setTimeout(r, 350));
      expect((await search()).total).toBe(1);
    } finally {
      await lagging.close();
    }
  });

  it('answers 429 with the rate limiter body and X-HubSpot-RateLimit-* headers, injected or for real', async () => {
    fake.failNext(1, { status: 429 });
    const injected = await api('GET', `/crm/v3/objects/deals/${dealId}`);
    expect(injected.status).toBe(429);
    expect(injected.body).toMatchObject({
      status: 'error',
      message: 'You have reached your ten_secondly_rolling limit.',
      errorType: 'RATE_LIMIT',
      policyName: 'TEN_SECONDLY_ROLLING',
      correlationId: expect.any(String),
    });
    expect(injected.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(injected.headers.get('x-hubspot-ratelimit-remaining')).toBeDefined();
    expect(injected.headers.get('retry-after')).toBe('10');

    const limited = await startHubSpotFake(); // HubSpot's limits: search 5 per second
    try {
      const statuses: number[] = [];
      const body = { filterGroups: [{ filters: [{ propertyName: 'email', operator: 'HAS_PROPERTY' }] }] };
      const search = () => api('POST', '/crm/v3/objects/contacts/search', body, limited.accessToken, limited);
      for (let i = 0; i < 6; i++) statuses.push((await search()).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
      const tooFast = await search();
      expect(tooFast.body).toMatchObject({ message: 'You have reached your secondly limit.', policyName: 'SECONDLY' });
      expect(tooFast.headers.get('x-hubspot-ratelimit-remaining')).toBeNull(); // search answers carry no rate-limit headers
    } finally {
      await limited.close();
    }
  });

  it('validates deal stages against the pipeline and calculates hs_is_closed', async () => {
    const bad = await api('PATCH', `/crm/v3/objects/deals/${dealId}`, { properties: { dealstage: 'negotiation' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('INVALID_OPTION');
    await api('PATCH', `/crm/v3/objects/deals/${dealId}`, { properties: { dealstage: 'closedwon' } });
    const deal = await api('GET', `/crm/v3/objects/deals/${dealId}?properties=dealstage,hs_is_closed,hs_is_closed_won`);
    expect(deal.body.properties).toMatchObject({ dealstage: 'closedwon', hs_is_closed: 'true', hs_is_closed_won: 'true' });
    const pipelines = await api('GET', '/crm/v3/pipelines/deals');
    expect(pipelines.body.results[0].stages.find((s: { id: string }) => s.id === 'closedwon').metadata).toEqual({ isClosed: 'true', probability: '1.0' });
    const batch = await api('POST', '/crm/v3/objects/deals/batch/read', { inputs: [{ id: dealId }, { id: '404404' }], properties: ['dealname'] });
    expect(batch.status).toBe(207);
    expect(batch.body.errors[0]).toMatchObject({ category: 'OBJECT_NOT_FOUND', context: { ids: ['404404'] } });
  });

  it('creates custom properties once (409 after) and then accepts and searches them', async () => {
    expect((await api('GET', '/crm/v3/properties/calls/callscribe_key')).status).toBe(404);
    const property = { name: 'callscribe_key', label: 'Key', type: 'string', fieldType: 'text', groupName: 'callscribe' };
    expect((await api('POST', '/crm/v3/properties/calls', property)).status).toBe(400); // no such group yet
    expect((await api('POST', '/crm/v3/properties/calls/groups', { name: 'callscribe', label: 'callscribe' })).status).toBe(201);
    expect((await api('POST', '/crm/v3/properties/calls', { ...property, fieldType: 'number' })).status).toBe(400);
    expect((await api('POST', '/crm/v3/properties/calls', property)).status).toBe(201);
    expect((await api('POST', '/crm/v3/properties/calls', property)).body).toMatchObject({ category: 'OBJECT_ALREADY_EXISTS' });
    expect((await call({ callscribe_key: 'k1' })).status).toBe(201);
    const found = await api('POST', '/crm/v3/objects/calls/search', { filterGroups: [{ filters: [{ propertyName: 'callscribe_key', operator: 'EQ', value: 'k1' }] }] });
    expect(found.body.total).toBe(1);
  });

  it('can lose the answer to a write that happened (commit), and looks up owners by email', async () => {
    fake.failNext(1, { status: 502, commit: true, match: { method: 'POST', path: '/crm/v3/objects/calls' } });
    expect((await call()).status).toBe(502);
    expect(fake.objects('calls')).toHaveLength(1);
    const owners = await api('GET', '/crm/v3/owners?email=PRIYA@example.com&limit=1');
    expect(owners.body.results).toEqual([expect.objectContaining({ id: '9001', email: 'priya@example.com', type: 'PERSON' })]);
  });

  it('updates a call by PATCH /crm/v3/objects/calls/{id}: unknown, read-only and mistyped properties are 400, unknown ids 404', async () => {
    const { body } = await call({ hs_call_body: '<p>Old</p>' });
    const path = `/crm/v3/objects/calls/${body.id}`;
    expect((await api('PATCH', path, { properties: { hs_call_title: 'New' } }, null)).status).toBe(401);
    expect((await api('PATCH', path, { hs_call_title: 'New' })).status).toBe(400);
    expect((await api('PATCH', path, { properties: { hs_call_summary: 'x' } })).body.message).toContain('PROPERTY_DOESNT_EXIST');
    expect((await api('PATCH', path, { properties: { hs_createdate: '2026-01-01' } })).body.message).toContain('READ_ONLY_VALUE');
    expect((await api('PATCH', path, { properties: { hs_call_body: { html: 'x' } } })).status).toBe(400);
    expect((await api('PATCH', '/crm/v3/objects/calls/51000009999', { properties: { hs_call_title: 'New' } })).status).toBe(404);
    expect(fake.objects('calls')[0]?.properties).toMatchObject({ hs_call_title: 'Call', hs_call_body: '<p>Old</p>' });
    const patched = await api('PATCH', path, { properties: { hs_call_title: 'New', hs_call_body: '<p>New</p>' } });
    expect(patched).toMatchObject({ status: 200, body: { id: body.id, properties: { hs_call_title: 'New', hs_call_body: '<p>New</p>' } } });
    expect(fake.objects('calls')).toHaveLength(1);
  });
});
