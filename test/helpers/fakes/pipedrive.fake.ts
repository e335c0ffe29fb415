import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { badRequest, defaultFailure, forbidden, pdError, rateLimited, unauthorized, type FakeReply, type RecordedRequest } from './pipedrive-http.ts';
import { closeServer, mulberry32, startFakeServer, type ChaosSpec, type RequestMatch } from './fake-server.ts';
import { createPipedriveStore, type FakeActivity, type FakeDeal, type FakePerson, type FakeStage, type FakeUser } from './pipedrive-store.ts';

export type { RecordedRequest } from './pipedrive-http.ts';
export type { FakeActivity, FakeDeal, FakePerson, FakeStage, FakeUser } from './pipedrive-store.ts';

export interface PipedriveFakeOptions {
  /** The API token clients must send as `x-api-token` (or `?api_token=`). */
  apiToken?: string;
  /** Requests per 2 s burst window, enforced with real 429s; `false` turns it off. Default 80. */
  burstLimit?: number | false;
  /** How long a person's creation or change takes to reach the person search (see PipedriveStoreOptions). Default 0. */
  searchLagMs?: number;
}

export type { ChaosSpec, RequestMatch } from './fake-server.ts';

export interface FailureSpec {
  status: number;
  match?: RequestMatch;
  headers?: Record<string, string>;
  /** Defaults to the body Pipedrive sends for the status. */
  body?: unknown;
  delayMs?: number;
  /** Serve the request first (its writes happen), then answer with the failure: a lost response. */
  commit?: boolean;
}


export interface PipedriveSeed {
  persons?: (Partial<FakePerson> & { name: string })[];
  deals?: (Partial<FakeDeal> & { title: string })[];
  users?: FakeUser[];
  /** Replace the stages (default: pipeline 1 with Pipedrive's five default stages). */
  stages?: FakeStage[];
}

export interface PipedriveFake {
  baseUrl: string;
  apiToken: string;
  requests: RecordedRequest[];
  failNext(n: number, spec: FailureSpec): void;
  chaos(spec: ChaosSpec | null): void;
  seed(data: PipedriveSeed): { persons: string[]; deals: string[] };
  /** Deactivates a user (`active_flag: false`, as an admin does in Company settings → Manage users) or activates it again. */
  setUserActive(id: number, active: boolean): void;
  /**
   * What the token's user may do with one item, as visibility groups and permission sets decide: `none` (hidden: reading
   * it, changing it, or linking an activity to it answers 403), `read` (seen, but changing it answers 403), `full`
   * (the default). Lists still show a hidden item (real Pipedrive leaves it out).
   */
  restrict(type: 'deals' | 'persons' | 'activities', id: string | number, access: 'none' | 'read' | 'full'): void;
  objects(type: 'activities'): FakeActivity[];
  objects(type: 'deals'): FakeDeal[];
  objects(type: 'persons'): FakePerson[];
  close(): Promise<void>;
}

const WINDOW_MS = 2000;
const DAILY = 30_000;

/**
 * A local Pipedrive API (v2, and v1 users) on loopback, following api-contracts.md §3: token auth, validated
 * query parameters and bodies, cursor pagination, `x-ratelimit-*` headers on every answer, a burst limit with
 * 429s, failure injection, and a person search that can lag behind writes (`searchLagMs`).
 */
export async function startPipedriveFake(opts: PipedriveFakeOptions = {}): Promise<PipedriveFake> {
  const apiToken = opts.apiToken ?? 'fake-pipedrive-token';
  const burst = opts.burstLimit === false ? null : (opts.burstLimit ?? 80);
  const store = createPipedriveStore({ searchLagMs: opts.searchLagMs ?? 0 });
  const requests: RecordedRequest[] = [];
  const failures: { left: number; spec: FailureSpec }[] = [];
  const served: number[] = [];
  let dailyUsed = 0;
  let chaos: (ChaosSpec & { next: () => number }) | null = null;
  const access = new Map<string, 'none' | 'read'>();

  /** Whether visibility refuses the request: the item it names, or a deal or person a write links to. */
  const refusedByVisibility = (method: string, path: string, body: unknown): boolean => {
    const one = /^\/api\/v2\/(deals|persons|activities)\/(\d+)$/.exec(path);
    const own = one ? access.get(`${one[1]}/${one[2]}`) : undefined;
    if (own === 'none' || (own === 'read' && method !== 'GET')) return true;
    if (method === 'GET' || !body || typeof body !== 'object') return false;
    const links = body as { deal_id?: unknown; person_id?: unknown };
    return access.get(`deals/${links.deal_id}`) === 'none' || access.get(`persons/${links.person_id}`) === 'none';
  };

  const matches = (m: RequestMatch | undefined, r: RecordedRequest) =>
    !m || ((!m.method || m.method === r.method) && (!m.path || (typeof m.path === 'string' ? m.path === r.path : m.path.test(r.path))));
  const inWindow = () => {
    while (served.length && served[0]! <= Date.now() - WINDOW_MS) served.shift();
    return served.length;
  };
  const rateHeaders = (): Record<string, string> => {
    const limit = burst ?? 1_000_000;
    const reset = served.length ? Math.max(1, Math.ceil((served[0]! + WINDOW_MS - Date.now()) / 1000)) : 2;
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(Math.max(0, limit - inWindow())),
      'x-ratelimit-reset': String(reset),
      'x-daily-requests-left': String(Math.max(0, DAILY - dailyUsed)),
    };
  };

  const serve = async (req: IncomingMessage, record: RecordedRequest, url: URL, raw: string): Promise<FakeReply> => {
    const token = req.headers['x-api-token'] ?? url.searchParams.get('api_token');
    if (token !== apiToken) return unauthorized();
    const handle = () => handleRequest(req, record, url, raw);
    const i = failures.findIndex((f) => matches(f.spec.match, record));
    let failure = failures[i]?.spec;
    if (failure && --failures[i]!.left <= 0) failures.splice(i, 1);
    if (!failure && chaos && chaos.next() < chaos.rate) {
      const status = chaos.statuses[Math.floor(chaos.next() * chaos.statuses.length)] ?? 503;
      failure = { status, commit: status >= 500 && chaos.next() < (chaos.commit ?? 0) };
    }
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs);
      if (failure.commit) {
        const done = handle();
        record.committed = done.status < 300;
      }
      const base = failure.body !== undefined ? { status: failure.status, body: failure.body } : defaultFailure(failure.status);
      return { ...base, headers: { ...rateHeaders(), ...(failure.status === 429 && { 'x-ratelimit-remaining': '0' }), ...failure.headers } };
    }
    if (burst !== null && inWindow() >= burst) return { ...rateLimited(), headers: { ...rateHeaders(), 'x-ratelimit-remaining': '0' } };
    return handle();
  };

  const handleRequest = (req: IncomingMessage, record: RecordedRequest, url: URL, raw: string): FakeReply => {
    if (raw && !String(req.headers['content-type'] ?? '').startsWith('application/json')) return badRequest('Content-Type must be application/json');
    try {
      record.body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return badRequest('Request body is not valid JSON');
    }
    served.push(Date.now());
    dailyUsed++;
    if (refusedByVisibility(record.method, url.pathname, record.body)) return forbidden();
    return store.route(record.method, url.pathname, url.searchParams, record.body);
  };

  const { server, baseUrl } = await startFakeServer({
    requests,
    serve,
    crashed: (detail) => pdError(500, detail),
    jsonContentType: 'application/json',
    headers: rateHeaders,
  });

  function objects(type: 'activities' | 'deals' | 'persons') {
    return structuredClone([...store[type].values()]);
  }

  return {
    baseUrl,
    apiToken,
    requests,
    failNext: (n, spec) => void failures.push({ left: n, spec }),
    chaos(spec) {
      chaos = spec && { ...spec, next: mulberry32(spec.seed) };
    },
    seed(data) {
      if (data.stages) store.stages.splice(0, store.stages.length, ...structuredClone(data.stages));
      store.users.push(...(data.users ?? []));
      const persons = (data.persons ?? []).map((p) => {
        const person: FakePerson = { phones: [], emails: [], ...p, id: p.id ?? store.newId() };
        store.persons.set(person.id, person);
        store.index(person, true);
        return String(person.id);
      });
      const deals = (data.deals ?? []).map((d) => {
        const stage = store.stages.find((s) => s.id === (d.stage_id ?? store.stages[0]?.id));
        if (!stage) throw new Error(`fake seed: deal "${d.title}" names stage ${d.stage_id}, which does not exist`);
        const deal: FakeDeal = { status: 'open', person_id: null, add_time: new Date().toISOString(), ...d, stage_id: stage.id, pipeline_id: stage.pipeline_id, id: d.id ?? store.newId() };
        store.deals.set(deal.id, deal);
        return String(deal.id);
      });
      return { persons, deals };
    },
    setUserActive(id, active) {
      const user = store.users.find((u) => u.id === id);
      if (!user) throw new Error(`fake: no user ${id}`);
      user.active_flag = active;
    },
    restrict(type, id, level) {
      if (level === 'full') access.delete(`${type}/${id}`);
      else access.set(`${type}/${id}`, level);
    },
    objects: objects as PipedriveFake['objects'],
    close: () => closeServer(server),
  };
}

