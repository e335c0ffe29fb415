import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';

/** The fake must reject what Pipedrive rejects (api-contracts.md §3). */

let fake: PipedriveFake;
let personId: number;
let dealId: number;
beforeEach(async () => {
  fake = await startPipedriveFake({ burstLimit: false });
  const ids = fake.seed({
    persons: [{ name: 'Elena Novak', emails: ['elena@example.com'], phones: ['+44 20 7946 0321'] }],
    deals: [{ title: 'Brightline', stage_id: 1 }],
  });
  personId = Number(ids.persons[0]);
  dealId = Number(ids.deals[0]);
});
afterEach(() => fake.close());

async function api(method: string, path: string, body?: unknown, token: string | null = fake.apiToken) {
  const res = await fetch(fake.baseUrl + path, {
    method,
    headers: { ...(token && { 'x-api-token': token }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const activity = (extra: Record<string, unknown> = {}) => api('POST', '/api/v2/activities', { subject: 'Call', type: 'call', due_date: '2026-11-17', ...extra });

describe('Pipedrive fake fidelity', () => {
  it("answers a missing or wrong token with Pipedrive's 401 body and serves nothing; accepts api_token in the query", async () => {
    for (const token of [null, 'wrong-token']) {
      const res = await api('GET', '/api/v2/stages', undefined, token);
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ success: false, error: 'unauthorized access', errorCode: 401, error_info: 'Please check developers.pipedrive.com' });
    }
    expect((await api('POST', '/api/v2/activities', { type: 'call' }, null)).status).toBe(401);
    expect(fake.objects('activities')).toHaveLength(0);
    const byQuery = await api('GET', `/api/v2/stages?api_token=${fake.apiToken}`, undefined, null);
    expect(byQuery.status).toBe(200);
  });

  it('sends x-ratelimit-* headers on every answer, errors included', async () => {
    for (const res of [await api('GET', '/api/v2/stages'), await api('GET', '/api/v2/deals/999999'), await api('GET', '/api/v2/stages', undefined, null)]) {
      for (const h of ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'x-daily-requests-left']) expect(res.headers.get(h), h).toMatch(/^\d+$/);
    }
  });

  it('validates activity bodies: types that exist, YYYY-MM-DD dates, HH:MM times, booleans, existing links, v2 field names', async () => {
    const rejected: Record<string, unknown>[] = [
      { type: 'phonecall' },
      { due_date: '17/11/2026' },
      { due_date: '2026-02-30' },
      { due_time: '3pm' },
      { duration: '125' },
      { duration: '00:02:05' },
      { done: 'true' },
      { person_id: '12' },
      { deal_id: 999999 },
      { owner_id: 424242 },
      { user_id: 1 }, // v1's name; v2 calls it owner_id
      { subject: 'x'.repeat(256) },
      { participants: [{ person_id: 999999, primary: true }] },
    ];
    for (const extra of rejected) {
      const res = await activity(extra);
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body).toMatchObject({ success: false, error: expect.any(String) });
    }
    expect(fake.objects('activities')).toHaveLength(0);
    // v2 refuses numeric strings, 0/1 booleans and unknown fields with ERR_SCHEMA_VALIDATION_FAILED, writing nothing.
    for (const extra of [{ owner_id: '1' }, { person_id: String(personId) }, { deal_id: String(dealId) }, { done: 1 }, { user_id: 1 }, { assigned_to: 1 }]) {
      const res = await activity(extra);
      expect(res.status, JSON.stringify(extra)).toBe(400);
      expect(res.body, JSON.stringify(extra)).toMatchObject({ success: false, code: 'ERR_SCHEMA_VALIDATION_FAILED', error: expect.stringContaining(Object.keys(extra)[0]!) });
    }
    for (const body of [{ stage_id: '3' }, { person_id: String(personId) }]) {
      expect((await api('PATCH', `/api/v2/deals/${dealId}`, body)).body, JSON.stringify(body)).toMatchObject({ code: 'ERR_SCHEMA_VALIDATION_FAILED' });
    }
    expect((await api('POST', '/api/v2/persons', { name: 'X', owner_id: '1' })).body).toMatchObject({ code: 'ERR_SCHEMA_VALIDATION_FAILED' });
    expect((await api('POST', '/api/v2/persons', { name: 'X', phone: '+1 212 555 0100' })).body).toMatchObject({ code: 'ERR_SCHEMA_VALIDATION_FAILED' });
    expect(fake.objects('activities')).toHaveLength(0);
    const ok = await activity({ due_time: '15:04', duration: '00:03', done: true, person_id: personId, deal_id: dealId, note: '<p>hi</p>', participants: [{ person_id: personId, primary: true }] });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ success: true, data: { id: expect.any(Number), type: 'call', owner_id: 1, done: true } });
  });

  it('rejects malformed JSON and bodies sent without a JSON content type', async () => {
    const raw = await fetch(`${fake.baseUrl}/api/v2/activities`, { method: 'POST', headers: { 'x-api-token': fake.apiToken, 'content-type': 'application/json' }, body: '{"type":' });
    expect(raw.status).toBe(400);
    const form = await fetch(`${fake.baseUrl}/api/v2/activities`, { method: 'POST', headers: { 'x-api-token': fake.apiToken, 'content-type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(400);
  });

  it('validates person search: term length (1 with exact_match), fields, limit', async () => {
    expect((await api('GET', '/api/v2/persons/search?fields=phone')).status).toBe(400);
    expect((await api('GET', '/api/v2/persons/search?term=2&fields=phone')).status).toBe(400);
    expect((await api('GET', '/api/v2/persons/search?term=2&fields=phone&exact_match=true')).status).toBe(200);
    expect((await api('GET', '/api/v2/persons/search?term=elena&fields=mobile')).status).toBe(400);
    expect((await api('GET', '/api/v2/persons/search?term=elena&limit=501')).status).toBe(400);
    // A phone is matched as stored, like any text: the national digits do not find "+44 20 7946 0321"; its groups do.
    expect((await api('GET', '/api/v2/persons/search?term=2079460321&fields=phone')).body.data.items).toEqual([]);
    const found = await api('GET', `/api/v2/persons/search?term=${encodeURIComponent('20 7946 0321')}&fields=phone`);
    expect(found.body).toMatchObject({ success: true, data: { items: [{ result_score: expect.any(Number), item: { id: personId, phones: ['+44 20 7946 0321'] } }] } });
    const exact = await api('GET', '/api/v2/persons/search?term=ELENA@example.com&fields=email&exact_match=true');
    expect(exact.body.data.items).toHaveLength(1);
  });

  it('lets a new or changed person reach the person search only after the lag, while reads by id show the write at once', async () => {
    const lagging = await startPipedriveFake({ burstLimit: false, searchLagMs: 300 });
    try {
      const [seeded] = lagging.seed({ persons: [{ name: 'Ana Old', emails: ['ana@old.example'] }] }).persons;
      const on = (method: string, path: string, body?: unknown) =>
        fetch(lagging.baseUrl + path, { method, headers: { 'x-api-token': lagging.apiToken, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }).then(
          async (r) => (await r.json()) as { data: { id: number; items: { item: { id: number } }[] } },
        );
      const searchEmail = async (email: string) => (await on('GET', `/api/v2/persons/search?term=${encodeURIComponent(email)}&fields=email&exact_match=true`)).data.items.map((i) => i.item.id);
      // What the company had before is indexed.
      expect(await searchEmail('ana@old.example')).toEqual([Number(seeded)]);
      const made = (await on('POST', '/api/v2/persons', { name: 'Ivo', emails: [{ value: 'ivo@new.example', primary: true }] })).data;
      await on('PATCH', `/api/v2/persons/${seeded}`, { emails: [{ value: 'ana@new.example', primary: true }] });
      expect(await searchEmail('ivo@new.example')).toEqual([]);
      expect(await searchEmail('ana@new.example')).toEqual([]);
      expect(await searchEmail('ana@old.example')).toEqual([Number(seeded)]);
      expect((await on('GET', `/api/v2/persons/${made.id}`)).data).toMatchObject({ id: made.id, name: 'Ivo' });
      await new Promise((r) => setTimeout(r, 350));
      expect(await searchEmail('ivo@new.example')).toEqual([made.id]);
      expect(await searchEmail('ana@new.example')).toEqual([Number(seeded)]);
      expect(await searchEmail('ana@old.example')).toEqual([]);
    } finally {
      await lagging.close();
    }
  });

  it('validates deal updates: existing stage ids, known statuses, known fields', async () => {
    expect((await api('PATCH', `/api/v2/deals/${dealId}`, { stage_id: 999 })).status).toBe(400);
    expect((await api('PATCH', `/api/v2/deals/${dealId}`, { status: 'closed' })).status).toBe(400);
    expect((await api('PATCH', `/api/v2/deals/${dealId}`, { dealstage: 'x' })).status).toBe(400);
    expect((await api('PATCH', '/api/v2/deals/999999', { status: 'won' })).status).toBe(404);
    const moved = await api('PATCH', `/api/v2/deals/${dealId}`, { stage_id: 3 });
    expect(moved.body).toMatchObject({ success: true, data: { id: dealId, stage_id: 3, pipeline_id: 1, status: 'open' } });
  });

  it('pages v2 lists with a cursor and filters activities by deal, person and owner', async () => {
    for (let i = 0; i < 3; i++) await activity({ deal_id: dealId });
    await activity({ person_id: personId });
    const first = await api('GET', `/api/v2/activities?deal_id=${dealId}&limit=2`);
    expect(first.body.data).toHaveLength(2);
    const second = await api('GET', `/api/v2/activities?deal_id=${dealId}&limit=2&cursor=${first.body.additional_data.next_cursor}`);
    expect(second.body.data).toHaveLength(1);
    expect(second.body.additional_data.next_cursor).toBeNull();
    expect((await api('GET', `/api/v2/activities?person_id=${personId}`)).body.data).toHaveLength(1);
    expect((await api('GET', '/api/v2/activities?deal_id=abc')).status).toBe(400);
    expect((await api('GET', '/api/v2/deals?status=closed')).status).toBe(400);
  });

  it('injects failures with rate-limit headers, and replays chaos from a seed', async () => {
    fake.failNext(1, { status: 429 });
    const limited = await api('GET', '/api/v2/stages');
    expect(limited.status).toBe(429);
    expect(limited.body).toMatchObject({ success: false, errorCode: 429 });
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(limited.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
    const run = async () => {
      fake.chaos({ rate: 0.5, statuses: [429, 503], seed: 42 });
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) statuses.push((await api('GET', '/api/v2/stages')).status);
      fake.chaos(null);
      return statuses;
    };
    const a = await run();
    expect(a.some((s) => s !== 200)).toBe(true);
    expect(await run()).toEqual(a);
  });

  it('enforces its burst limit with real 429s', async () => {
    const tight = await startPipedriveFake({ burstLimit: 1 });
    try {
      const get = () => fetch(`${tight.baseUrl}/api/v2/stages`, { headers: { 'x-api-token': tight.apiToken } });
      expect((await get()).status).toBe(200);
      const second = await get();
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    } finally {
      await tight.close();
    }
  });

  it('updates an activity by PATCH /api/v2/activities/{id} with the create\'s validation; unknown or deleted ids are 404', async () => {
    const { body } = await activity({ person_id: personId, deal_id: dealId, note: '<p>Old</p>' });
    const path = `/api/v2/activities/${body.data.id}`;
    expect((await api('PATCH', path, { subject: 'New' }, null)).status).toBe(401);
    expect((await api('PATCH', path, { summary: 'x' })).status).toBe(400);
    expect((await api('PATCH', path, { subject: 5 })).status).toBe(400);
    expect((await api('PATCH', path, { done: 1 })).status).toBe(400);
    expect((await api('PATCH', path, { subject: 'x'.repeat(256) })).status).toBe(400);
    expect((await api('PATCH', '/api/v2/activities/999999', { subject: 'New' })).status).toBe(404);
    expect(fake.objects('activities')[0]).toMatchObject({ subject: 'Call', note: '<p>Old</p>' });
    const patched = await api('PATCH', path, { subject: 'New', note: '<p>New</p>' });
    expect(patched).toMatchObject({ status: 200, body: { success: true, data: { id: body.data.id, subject: 'New', note: '<p>New</p>', type: 'call', person_id: personId } } });
    expect((await api('GET', path)).body.data).toMatchObject({ subject: 'New', is_deleted: false });
    expect((await api('DELETE', path)).status).toBe(200);
    expect((await api('GET', path)).body.data).toMatchObject({ is_deleted: true });
    expect((await api('PATCH', path, { subject: 'Again' })).status).toBe(404);
    expect((await api('GET', '/api/v2/activities/999999')).status).toBe(404);
  });
});
