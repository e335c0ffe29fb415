import { badRequest, notFound, pdError, schemaError, type FakeReply } from './pipedrive-http.ts';

/** The fake's in-memory Pipedrive company: persons, deals, stages, users and activities, with v2-style validation. */

export interface FakePerson {
  id: number;
  name: string;
  phones: string[];
  emails: string[];
  org_name?: string | null;
  job_title?: string | null;
}
export interface FakeDeal {
  id: number;
  title: string;
  status: 'open' | 'won' | 'lost';
  stage_id: number;
  pipeline_id: number;
  person_id: number | null;
  add_time: string;
  /** When the deal last changed (v2 `update_time`); the add time until then. */
  update_time?: string;
  /** The deal's value (a number; 0 when never set) in `currency`, and its expected close date (YYYY-MM-DD or null). */
  value?: number;
  currency?: string;
  expected_close_date?: string | null;
}
export interface FakeStage {
  id: number;
  name: string;
  pipeline_id: number;
  order_nr: number;
  is_deleted?: boolean;
}
export interface FakeUser {
  id: number;
  name: string;
  email: string;
  active_flag?: boolean;
}
export type FakeActivity = Record<string, unknown> & { id: number; type: string };

/** Pipedrive's default pipeline (id 1) and its stages. */
export const DEFAULT_STAGES: FakeStage[] = ['Qualified', 'Contact Made', 'Demo Scheduled', 'Proposal Made', 'Negotiations Started'].map((name, i) => ({
  id: i + 1,
  name,
  pipeline_id: 1,
  order_nr: i + 1,
}));

/** Activity types every company has (`key_string`s of GET /v1/activityTypes). */
export const ACTIVITY_TYPES = ['call', 'meeting', 'task', 'deadline', 'email', 'lunch'];

/**
 * Fields `POST /api/v2/activities` takes (v2 names: `owner_id`, the activity's owner, where v1 had `user_id`;
 * api-contracts.md §3 lists the v2 body; the SDK's v2 AddActivityRequest has `owner_id` and no `user_id`).
 */
const ACTIVITY_FIELDS = new Set(['subject', 'type', 'owner_id', 'deal_id', 'lead_id', 'person_id', 'org_id', 'project_id', 'due_date', 'due_time', 'duration', 'busy', 'done', 'location', 'participants', 'attendees', 'public_description', 'priority', 'note']);

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const validDate = (s: string) => DATE.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

export type PipedriveStore = ReturnType<typeof createPipedriveStore>;

export interface PipedriveStoreOptions {
  /**
   * A person's creation or change reaches the person search only this long after it (0: at once). Search is a
   * service of its own, fed from the writes: `/api/v2/persons/search` wraps `/v1/itemSearch`, served by Pipedrive's
   * Elasticsearch cluster, which a Kafka stream feeds ("Elasticsearch in Pipedrive", University of Tartu, 2020). Reads
   * by id and lists (`/api/v2/persons/{id}`, `/api/v2/activities?deal_id=`) come from the records themselves and show
   * a write at once. How long the lag is, Pipedrive does not say.
   */
  searchLagMs: number;
}

export function createPipedriveStore(opts: PipedriveStoreOptions = { searchLagMs: 0 }) {
  const persons = new Map<number, FakePerson>();
  /** Persons as the search service has them, and the writes on their way to it (in the order they were made). */
  const searchIndex = new Map<number, FakePerson>();
  const toIndex: { at: number; person: FakePerson }[] = [];
  const deals = new Map<number, FakeDeal>();
  const activities = new Map<number, FakeActivity>();
  const stages: FakeStage[] = structuredClone(DEFAULT_STAGES);
  const users: FakeUser[] = [{ id: 1, name: 'Token Owner', email: 'owner@example.com' }];
  let nextId = 101;
  const newId = () => nextId++;

  /** Sends a person's new state to the search service: searchable after the lag, or at once (`now`: data the company had before the test). */
  function index(person: FakePerson, now = false) {
    if (now) searchIndex.set(person.id, structuredClone(person));
    else toIndex.push({ at: Date.now() + opts.searchLagMs, person: structuredClone(person) });
  }

  function searchable(): FakePerson[] {
    while (toIndex.length && toIndex[0]!.at <= Date.now()) {
      const { person } = toIndex.shift()!;
      searchIndex.set(person.id, person);
    }
    return [...searchIndex.values()];
  }

  /** v2 cursors are opaque strings; here base64 of the offset. */
  function page<T>(items: T[], q: URLSearchParams): FakeReply {
    const limit = q.has('limit') ? Number(q.get('limit')) : 100;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) return badRequest('Parameter "limit" must be an integer between 1 and 500');
    const start = q.get('cursor') ? Number(Buffer.from(q.get('cursor')!, 'base64').toString()) : 0;
    if (!Number.isInteger(start) || start < 0) return badRequest('Invalid cursor');
    const next = start + limit < items.length ? Buffer.from(String(start + limit)).toString('base64') : null;
    return { status: 200, body: { success: true, data: items.slice(start, start + limit), additional_data: { next_cursor: next } } };
  }

  const intParam = (q: URLSearchParams, name: string): number | null | 'bad' => {
    if (!q.has(name)) return null;
    const n = Number(q.get(name));
    return isInt(n) ? n : 'bad';
  };

  function personSearch(q: URLSearchParams): FakeReply {
    const term = q.get('term');
    const exact = q.get('exact_match') ?? 'false';
    if (term === null) return badRequest('Parameter "term" is required');
    if (!['true', 'false'].includes(exact)) return badRequest('Parameter "exact_match" must be a boolean');
    if (term.length < (exact === 'true' ? 1 : 2)) return badRequest('Search term must be at least 2 characters long (1 with exact_match)');
    const fields = (q.get('fields') ?? 'custom_fields,email,notes,phone,name').split(',');
    if (fields.some((f) => !['custom_fields', 'email', 'notes', 'phone', 'name'].includes(f))) return badRequest('Parameter "fields" has an invalid value');
    const t = term.toLowerCase();
    const textHit = (v: string) => (exact === 'true' ? v.toLowerCase() === t : v.toLowerCase().includes(t));
    // Without exact_match a term matches part of a value, as in Pipedrive: "@brightline.example" finds every address there.
    // Phones are matched like any text, as stored: the documentation ("Search persons": term, fields=phone,
    // exact_match "When enabled, only full exact matches against the given term are returned") says nothing of
    // ignoring a phone's spaces, dashes or country code, so the fake does not: "2079460321" does not find
    // "+44 20 7946 0321", and the adapter must search the forms numbers are typed in.
    const phoneHit = textHit;
    const hits = searchable().filter(
      (p) => (fields.includes('name') && textHit(p.name)) || (fields.includes('email') && p.emails.some(textHit)) || (fields.includes('phone') && p.phones.some(phoneHit)),
    );
    const reply = page(
      hits.map((p) => ({ result_score: 1, item: { id: p.id, type: 'person', name: p.name, phones: p.phones, emails: p.emails, visible_to: 3, owner: { id: 1 }, organization: p.org_name ? { id: 1, name: p.org_name, address: null } : null } })),
      q,
    );
    if (reply.status !== 200) return reply;
    const body = reply.body as { data: unknown[]; additional_data: unknown };
    return { status: 200, body: { success: true, data: { items: body.data }, additional_data: body.additional_data } };
  }

  /** Fields `POST /api/v2/persons` takes (v2: `emails` / `phones` are arrays of `{value, primary, label}`). */
  const PERSON_FIELDS = new Set(['name', 'owner_id', 'org_id', 'emails', 'phones', 'visible_to', 'label_ids', 'marketing_status', 'add_time', 'custom_fields', 'job_title']);
  const personOut = (p: FakePerson) => ({
    id: p.id,
    name: p.name,
    owner_id: 1,
    org_id: null,
    emails: p.emails.map((value, i) => ({ value, primary: i === 0, label: 'work' })),
    phones: p.phones.map((value, i) => ({ value, primary: i === 0, label: 'work' })),
    is_deleted: false,
    visible_to: 3,
    job_title: p.job_title ?? null,
  });

  /**
   * `PATCH /api/v2/persons/{id}` (Pipedrive API reference, Persons, "Update a person"): the fields given replace the
   * stored ones, `emails` / `phones` whole lists of `{value, primary, label}`; the same fields and checks as a create.
   */
  function patchPerson(id: number, body: unknown): FakeReply {
    const person = persons.get(id);
    if (!person) return notFound('Person');
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('Request body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (!PERSON_FIELDS.has(k)) return schemaError(k, 'unknown field');
    if (b.name !== undefined && (typeof b.name !== 'string' || !b.name.trim())) return badRequest('Field "name" must not be empty');
    if (b.job_title !== undefined && b.job_title !== null && (typeof b.job_title !== 'string' || b.job_title.length > 255)) return badRequest('Field "job_title" must be a string of at most 255 characters');
    if (b.org_id !== undefined && b.org_id !== null) return badRequest('Organization not found');
    const lists: Partial<Record<'emails' | 'phones', string[]>> = {};
    for (const k of ['emails', 'phones'] as const) {
      const v = b[k];
      if (v === undefined) continue;
      const ok = Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && typeof e.value === 'string' && e.value.trim() !== '' && (e.primary === undefined || typeof e.primary === 'boolean'));
      if (!ok) return badRequest(`Field "${k}" must be an array of {value, primary, label}`);
      const entries = v as { value: string; primary?: boolean }[];
      lists[k] = [...entries.filter((e) => e.primary), ...entries.filter((e) => !e.primary)].map((e) => e.value);
    }
    Object.assign(person, lists, typeof b.name === 'string' ? { name: b.name } : {}, b.job_title !== undefined ? { job_title: b.job_title } : {});
    index(person);
    return { status: 200, body: { success: true, data: personOut(person) } };
  }

  /** Validates a new person like v2: a non-empty name, known fields, `{value, primary?, label?}` contact lists. */
  function createPerson(body: unknown): FakeReply {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('Request body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (!PERSON_FIELDS.has(k)) return schemaError(k, 'unknown field');
    if (b.owner_id !== undefined && !isInt(b.owner_id)) return schemaError('owner_id', 'must be an integer (a numeric string is refused)');
    if (typeof b.name !== 'string' || !b.name.trim()) return badRequest('Field "name" is required');
    if (b.name.length > 255) return badRequest('Field "name" must be at most 255 characters');
    if (b.org_id !== undefined && b.org_id !== null) return badRequest('Organization not found'); // the fake has no organizations
    if (b.owner_id !== undefined && !users.some((u) => u.id === b.owner_id)) return badRequest('User not found');
    const list = (k: 'emails' | 'phones'): string[] | 'bad' => {
      const v = b[k];
      if (v === undefined) return [];
      const ok =
        Array.isArray(v) &&
        v.every((e) => typeof e === 'object' && e !== null && typeof e.value === 'string' && e.value.trim() !== '' && (e.primary === undefined || typeof e.primary === 'boolean') && (e.label === undefined || typeof e.label === 'string'));
      return ok ? (v as { value: string }[]).map((e) => e.value) : 'bad';
    };
    const emails = list('emails');
    const phones = list('phones');
    if (emails === 'bad') return badRequest('Field "emails" must be an array of {value, primary, label}');
    if (phones === 'bad') return badRequest('Field "phones" must be an array of {value, primary, label}');
    const person: FakePerson = { id: newId(), name: b.name, emails, phones, org_name: null };
    persons.set(person.id, person);
    index(person);
    return { status: 200, body: { success: true, data: personOut(person) } };
  }

  function dealList(q: URLSearchParams): FakeReply {
    const person = intParam(q, 'person_id');
    if (person === 'bad') return badRequest('Parameter "person_id" must be a positive integer');
    const status = q.get('status');
    if (status && status.split(',').some((s) => !['open', 'won', 'lost', 'deleted'].includes(s))) return badRequest('Parameter "status" must be open, won, lost or deleted');
    const sortBy = q.get('sort_by') ?? 'id';
    const dir = q.get('sort_direction') ?? 'asc';
    if (!['id', 'update_time', 'add_time'].includes(sortBy) || !['asc', 'desc'].includes(dir)) return badRequest('Invalid sort_by or sort_direction');
    const list = [...deals.values()]
      .filter((d) => (person === null || d.person_id === person) && (!status || status.split(',').includes(d.status)))
      .sort((a, b) => (sortBy === 'id' ? a.id - b.id : a.add_time.localeCompare(b.add_time)) * (dir === 'desc' ? -1 : 1));
    return page(list, q);
  }

  function patchDeal(id: number, body: unknown): FakeReply {
    const deal = deals.get(id);
    if (!deal) return notFound('Deal');
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('Request body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (!['title', 'stage_id', 'pipeline_id', 'status', 'person_id', 'value', 'currency', 'expected_close_date', 'owner_id'].includes(k)) return schemaError(k, 'unknown field');
    if ('value' in b && (typeof b.value !== 'number' || !Number.isFinite(b.value) || b.value < 0)) return schemaError('value', 'must be a number (a numeric string is refused)');
    if ('currency' in b && (typeof b.currency !== 'string' || !/^[A-Z]{3}$/.test(b.currency))) return badRequest('Field "currency" must be a 3-letter currency code');
    if ('expected_close_date' in b && b.expected_close_date !== null && (typeof b.expected_close_date !== 'string' || !validDate(b.expected_close_date))) {
      return badRequest('Field "expected_close_date" must be a date in format YYYY-MM-DD');
    }
    for (const k of ['stage_id', 'pipeline_id', 'person_id', 'owner_id'] as const) if (k in b && b[k] !== null && !isInt(b[k])) return schemaError(k, 'must be an integer (a numeric string is refused)');
    if ('status' in b && !['open', 'won', 'lost'].includes(b.status as string)) return badRequest('Field "status" must be one of open, won, lost');
    if ('stage_id' in b) {
      const stage = stages.find((s) => s.id === b.stage_id && !s.is_deleted);
      if (!isInt(b.stage_id) || !stage) return badRequest('Stage not found');
      if ('pipeline_id' in b && b.pipeline_id !== stage.pipeline_id) return badRequest('Stage does not belong to the pipeline');
      deal.stage_id = stage.id;
      deal.pipeline_id = stage.pipeline_id;
    }
    if ('status' in b) deal.status = b.status as FakeDeal['status'];
    if (typeof b.title === 'string') deal.title = b.title;
    if (typeof b.value === 'number') deal.value = b.value;
    if (typeof b.currency === 'string') deal.currency = b.currency;
    if ('expected_close_date' in b) deal.expected_close_date = b.expected_close_date as string | null;
    deal.update_time = new Date().toISOString();
    return { status: 200, body: { success: true, data: dealOut(deal) } };
  }

  const dealOut = (d: FakeDeal) => ({ value: 0, currency: 'USD', expected_close_date: null, ...d, update_time: d.update_time ?? d.add_time, is_deleted: false, owner_id: 1 });

  /** Checks an activity body like v2 (create and update take the same fields): known fields and types, formats, linked records. */
  function activityProblem(body: unknown): FakeReply | null {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return badRequest('Request body must be a JSON object');
    const b = body as Record<string, unknown>;
    for (const k of Object.keys(b)) if (!ACTIVITY_FIELDS.has(k)) return schemaError(k, 'unknown field');
    if (b.type !== undefined && (typeof b.type !== 'string' || !ACTIVITY_TYPES.includes(b.type))) return badRequest(`Activity type "${String(b.type)}" does not exist`);
    for (const k of ['subject', 'note', 'public_description', 'location'] as const) if (b[k] !== undefined && typeof b[k] !== 'string') return badRequest(`Field "${k}" must be a string`);
    if (typeof b.subject === 'string' && b.subject.length > 255) return badRequest('Field "subject" must be at most 255 characters');
    if (b.due_date !== undefined && (typeof b.due_date !== 'string' || !validDate(b.due_date))) return badRequest('Field "due_date" must be a date in format YYYY-MM-DD');
    for (const k of ['due_time', 'duration'] as const) if (b[k] !== undefined && (typeof b[k] !== 'string' || !HHMM.test(b[k]))) return badRequest(`Field "${k}" must be in format HH:MM`);
    for (const k of ['done', 'busy'] as const) if (b[k] !== undefined && typeof b[k] !== 'boolean') return schemaError(k, 'must be a boolean (true or false, not 0/1 or a string)');
    for (const k of ['owner_id', 'deal_id', 'person_id', 'org_id'] as const) if (b[k] !== undefined && b[k] !== null && !isInt(b[k])) return schemaError(k, 'must be an integer (a numeric string is refused)');
    if (b.deal_id && !deals.has(b.deal_id as number)) return badRequest('Deal not found');
    if (b.person_id && !persons.has(b.person_id as number)) return badRequest('Person not found');
    if (b.owner_id && !users.some((u) => u.id === b.owner_id)) return badRequest('User not found');
    // A deactivated user keeps its id (v1 users/find still lists it, `active_flag: false`) but owns nothing new. Wording ⚠️.
    if (b.owner_id && users.some((u) => u.id === b.owner_id && u.active_flag === false)) return badRequest('User is not active');
    if (b.participants !== undefined) {
      const ok = Array.isArray(b.participants) && b.participants.every((p) => typeof p === 'object' && p !== null && persons.has((p as { person_id?: number }).person_id ?? -1) && typeof (p as { primary?: unknown }).primary === 'boolean');
      if (!ok) return badRequest('Field "participants" must be an array of {person_id, primary} naming existing persons');
    }
    return null;
  }

  function createActivity(body: unknown): FakeReply {
    const problem = activityProblem(body);
    if (problem) return problem;
    const b = body as Record<string, unknown>;
    const at = new Date().toISOString().replace('T', ' ').slice(0, 19);
    const activity: FakeActivity = { owner_id: 1, done: false, is_deleted: false, due_date: null, due_time: null, subject: b.subject ?? String(b.type ?? 'task'), type: 'task', ...b, id: newId(), add_time: at, update_time: at } as FakeActivity;
    activities.set(activity.id, activity);
    return { status: 200, body: { success: true, data: activity } };
  }

  /** `PATCH /api/v2/activities/{id}`: the given fields replace the stored ones. A deleted activity answers 404 (⚠️ assumed). */
  function patchActivity(id: number, body: unknown): FakeReply {
    const activity = activities.get(id);
    if (!activity || activity.is_deleted) return notFound('Activity');
    const problem = activityProblem(body);
    if (problem) return problem;
    Object.assign(activity, body, { update_time: new Date().toISOString().replace('T', ' ').slice(0, 19) });
    return { status: 200, body: { success: true, data: activity } };
  }

  function activityList(q: URLSearchParams): FakeReply {
    const filters: [string, number][] = [];
    for (const k of ['deal_id', 'person_id', 'owner_id']) {
      const v = intParam(q, k);
      if (v === 'bad') return badRequest(`Parameter "${k}" must be a positive integer`);
      if (v !== null) filters.push([k, v]);
    }
    return page([...activities.values()].filter((a) => filters.every(([k, v]) => a[k] === v)), q);
  }

  function userFind(q: URLSearchParams): FakeReply {
    const term = q.get('term');
    if (!term) return badRequest('Parameter "term" is required');
    const byEmail = q.get('search_by_email') === '1' || q.get('search_by_email') === 'true';
    const found = users.filter((u) => (byEmail ? u.email : u.name).toLowerCase().includes(term.toLowerCase()));
    return { status: 200, body: { success: true, data: found.length ? found.map((u) => ({ active_flag: true, ...u })) : null } };
  }

  function route(method: string, path: string, q: URLSearchParams, body: unknown): FakeReply {
    const id = Number(path.split('/').pop());
    if (method === 'GET' && path === '/api/v2/persons/search') return personSearch(q);
    if (method === 'POST' && path === '/api/v2/persons') return createPerson(body);
    // Pipedrive API reference, Persons: "Get details of a person" and "Update a person" (v2).
    if (/^\/api\/v2\/persons\/\d+$/.test(path)) {
      if (method === 'GET') return persons.has(id) ? { status: 200, body: { success: true, data: personOut(persons.get(id)!) } } : notFound('Person');
      if (method === 'PATCH') return patchPerson(id, body);
    }
    if (method === 'GET' && path === '/api/v2/deals') return dealList(q);
    if (/^\/api\/v2\/deals\/\d+$/.test(path)) {
      if (method === 'GET') return deals.has(id) ? { status: 200, body: { success: true, data: dealOut(deals.get(id)!) } } : notFound('Deal');
      if (method === 'PATCH') return patchDeal(id, body);
    }
    if (method === 'GET' && path === '/api/v2/stages') {
      const pipeline = intParam(q, 'pipeline_id');
      if (pipeline === 'bad') return badRequest('Parameter "pipeline_id" must be a positive integer');
      return page(stages.filter((s) => !s.is_deleted && (pipeline === null || s.pipeline_id === pipeline)), q);
    }
    if (path === '/api/v2/activities') {
      if (method === 'GET') return activityList(q);
      if (method === 'POST') return createActivity(body);
    }
    if (/^\/api\/v2\/activities\/\d+$/.test(path)) {
      const activity = activities.get(id);
      // DELETE marks the activity deleted (purged after 30 days); it is still read, with is_deleted: true.
      if (method === 'GET') return activity ? { status: 200, body: { success: true, data: activity } } : notFound('Activity');
      if (method === 'PATCH') return patchActivity(id, body);
      if (method === 'DELETE') {
        if (!activity || activity.is_deleted) return notFound('Activity');
        activity.is_deleted = true;
        return { status: 200, body: { success: true, data: { id } } };
      }
    }
    if (method === 'GET' && path === '/v1/users/find') return userFind(q);
    if (method === 'GET' && path === '/v1/users/me') return { status: 200, body: { success: true, data: { active_flag: true, ...users[0] } } };
    return pdError(404, `Unknown method ${method} ${path}`);
  }

  return { persons, deals, activities, stages, users, newId, index, route };
}
