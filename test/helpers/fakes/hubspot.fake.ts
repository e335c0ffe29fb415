import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultFailure, hsError, invalidJson, missingScopes, rateLimited, recordForbidden, unauthorized, type FakeReply, type RatePolicy, type RecordedRequest } from './hubspot-http.ts';
import { closeServer, mulberry32, startFakeServer, type ChaosSpec, type RequestMatch } from './fake-server.ts';
import { route } from './hubspot-routes.ts';
import { ALL_SCOPES, requiredScope } from './hubspot-scopes.ts';
import type { FakePipeline, ObjectType, PropertyDef } from './hubspot-schema.ts';
import { createHubSpotStore, type FakeOwner } from './hubspot-store.ts';

export type { RecordedRequest } from './hubspot-http.ts';
export type { FakePipeline, ObjectType } from './hubspot-schema.ts';
export type { FakeOwner } from './hubspot-store.ts';

export interface HubSpotFakeOptions {
  /** The private-app token clients must send as `Authorization: Bearer …`. */
  accessToken?: string;
  /** The account's country, used to read numbers stored without a country code (default US). */
  defaultCountry?: string;
  /** Delay before a write is visible to search (HubSpot indexes asynchronously); default 0. */
  searchLagMs?: number;
  /** HubSpot's burst limits, enforced with real 429s; `false` turns them off. Default: 100 per 10 s, search 5 per second. */
  limits?: { tenSecondly: number; searchPerSecond: number } | false;
  /** Send `Retry-After` on 429s (HubSpot's docs do not promise it; default true). */
  retryAfterHeader?: boolean;
  /** Seconds sent in `Retry-After` (default 1 for the secondly limit, 10 for the ten-secondly one); small values keep tests fast. */
  retryAfterSec?: number;
  /** The scopes the private app holds (default: every scope the fake checks, see hubspot-scopes.ts). */
  scopes?: readonly string[];
}

export type { ChaosSpec, RequestMatch } from './fake-server.ts';

export interface FailureSpec {
  status: number;
  match?: RequestMatch;
  headers?: Record<string, string>;
  /** Defaults to the body HubSpot sends for the status (429: the rate limiter's body with its policyName). */
  body?: unknown;
  delayMs?: number;
  /** Serve the request first (its writes happen), then answer with the failure: a lost response. */
  commit?: boolean;
}


/** A record to seed: property values by name, optionally its id; deals may name associated contacts. */
type SeedRecord = { id?: string } & Record<string, unknown>;
export interface HubSpotSeed {
  contacts?: SeedRecord[];
  deals?: (SeedRecord & { contactIds?: string[] })[];
  owners?: FakeOwner[];
  /** Replace the account's deal pipelines (default: HubSpot's default "Sales Pipeline"). */
  pipelines?: FakePipeline[];
}

export interface FakeRecord {
  id: string;
  properties: Record<string, string | null>;
  /** Associated record ids by object type. */
  associations: Partial<Record<ObjectType, string[]>>;
}

export interface HubSpotFake {
  /** `http://127.0.0.1:PORT`, what the adapter takes as `baseUrl`. */
  baseUrl: string;
  accessToken: string;
  requests: RecordedRequest[];
  /** The next `n` authenticated requests (matching `spec.match`) get this answer instead of being served. */
  failNext(n: number, spec: FailureSpec): void;
  /** The next `n` matching requests are served normally, after `ms` (slow upstream; a write still happens if the client gave up). */
  delayNext(n: number, ms: number, match?: RequestMatch): void;
  /** Random failures from a seeded generator, until `chaos(null)`. */
  chaos(spec: ChaosSpec | null): void;
  seed(data: HubSpotSeed): { contacts: string[]; deals: string[] };
  /**
   * Archives the owner (its user deactivated or removed in HubSpot) or brings it back: an archived owner is listed only
   * with `archived=true`, and a write naming it as `hubspot_owner_id` is refused with 400 INVALID_OWNER_ID.
   */
  setOwnerArchived(id: string, archived: boolean): void;
  /** The token the account accepts from now on (an admin rotating the private-app token). */
  setAccessToken(token: string): void;
  /**
   * The private app's scopes from now on (an admin editing them and committing the change; the token stays the same).
   * A request that needs a scope the app lacks answers HubSpot's 403 MISSING_SCOPES naming it.
   */
  setScopes(scopes: readonly string[]): void;
  /**
   * The token may no longer reach this record: reading or changing it (`/crm/v3/objects/{type}/{id}`) answers a 403
   * that names no missing scope. `false` gives it back. Searches and batch reads still list it.
   */
  restrict(type: ObjectType, id: string, restricted?: boolean): void;
  objects(type: ObjectType): FakeRecord[];
  property(type: ObjectType, name: string): PropertyDef | undefined;
  close(): Promise<void>;
}

const TEN_SECONDS = 10_000;
const TOKEN_INFO_PATH = '/oauth/v2/private-apps/get/access-token-info';
const DAILY_LIMIT = 250_000;

/**
 * A local HubSpot CRM API on loopback that follows the documented contract (shared/reference/api-contracts.md §1):
 * Bearer auth, validated bodies (properties, types, association type ids, search shape and limits), in-memory
 * records with a lagging search index, burst rate limits with HubSpot's 429 bodies and X-HubSpot-RateLimit-*
 * headers, and failure injection.
 */
export async function startHubSpotFake(opts: HubSpotFakeOptions = {}): Promise<HubSpotFake> {
  let accessToken = opts.accessToken ?? 'pat-na1-fake-token';
  const store = createHubSpotStore({ defaultCountry: opts.defaultCountry ?? 'US', searchLagMs: opts.searchLagMs ?? 0 });
  const limits = opts.limits === false ? null : (opts.limits ?? { tenSecondly: 100, searchPerSecond: 5 });
  const requests: RecordedRequest[] = [];
  const failures: { left: number; spec: FailureSpec; match?: RequestMatch }[] = [];
  const delays: { left: number; ms: number; match?: RequestMatch }[] = [];
  const served: number[] = [];
  const searches: number[] = [];
  let dailyUsed = 0;
  let chaos: (ChaosSpec & { next: () => number }) | null = null;
  const restricted = new Set<string>();
  let scopes = new Set<string>(opts.scopes ?? ALL_SCOPES);

  const matches = (m: RequestMatch | undefined, r: RecordedRequest) =>
    !m || ((!m.method || m.method === r.method) && (!m.path || (typeof m.path === 'string' ? m.path === r.path : m.path.test(r.path))));
  const take = <T extends { left: number; match?: RequestMatch }>(queue: T[], r: RecordedRequest): T | undefined => {
    const i = queue.findIndex((q) => matches(q.match, r));
    const found = queue[i];
    if (found && --found.left <= 0) queue.splice(i, 1);
    return found;
  };
  const inWindow = (times: number[], ms: number) => {
    const since = Date.now() - ms;
    while (times.length && times[0]! <= since) times.shift();
    return times.length;
  };
  const rateHeaders = (): Record<string, string> => {
    const max = limits?.tenSecondly ?? 1_000_000;
    return {
      'x-hubspot-ratelimit-daily': String(DAILY_LIMIT),
      'x-hubspot-ratelimit-daily-remaining': String(Math.max(0, DAILY_LIMIT - dailyUsed)),
      'x-hubspot-ratelimit-interval-milliseconds': String(TEN_SECONDS),
      'x-hubspot-ratelimit-max': String(max),
      'x-hubspot-ratelimit-remaining': String(Math.max(0, max - inWindow(served, TEN_SECONDS))),
    };
  };
  const tooMany = (policy: RatePolicy, search: boolean): FakeReply => {
    const reply = rateLimited(policy);
    const wait = String(opts.retryAfterSec ?? (policy === 'SECONDLY' ? 1 : 10));
    reply.headers = { ...(search ? {} : rateHeaders()), ...(opts.retryAfterHeader !== false && { 'retry-after': wait }) };
    return reply;
  };
  const failureReply = (spec: FailureSpec, search: boolean): FakeReply => {
    const base = spec.body !== undefined ? { status: spec.status, body: spec.body } : spec.status === 429 ? tooMany(search ? 'SECONDLY' : 'TEN_SECONDLY_ROLLING', search) : defaultFailure(spec.status, search);
    return { ...base, headers: { ...base.headers, ...spec.headers } };
  };

  /**
   * The private-app token-info endpoint: `{tokenKey}` in, the app's user, account, app and scopes out. Needs no scope.
   * The answer for a key that is not the account's token is ⚠️ (401 here).
   */
  const tokenInfo = (body: unknown): FakeReply => {
    const key = (body as { tokenKey?: unknown } | undefined)?.tokenKey;
    if (typeof key !== 'string') return invalidJson('Cannot build AccessTokenInfoRequest, some of required attributes are not set [tokenKey]');
    if (key !== accessToken) return unauthorized();
    return { status: 200, body: { userId: 1001, hubId: 62515, appId: 3001, scopes: [...scopes] } };
  };

  const serve = async (req: IncomingMessage, record: RecordedRequest, url: URL, raw: string): Promise<FakeReply> => {
    if (req.headers.authorization !== `Bearer ${accessToken}`) return unauthorized();
    const search = record.method === 'POST' && record.path.endsWith('/search');
    const handle = (): FakeReply => {
      if (raw && !String(req.headers['content-type'] ?? '').startsWith('application/json')) return hsError(415, 'Unsupported Media Type: send application/json');
      try {
        record.body = raw ? JSON.parse(raw) : undefined;
      } catch (err) {
        return invalidJson(`Unexpected character: ${(err as Error).message}`);
      }
      served.push(Date.now());
      if (search) searches.push(Date.now());
      dailyUsed++;
      if (record.method === 'POST' && record.path === TOKEN_INFO_PATH) return tokenInfo(record.body);
      const needs = requiredScope(record.method, record.path);
      if (needs && !scopes.has(needs)) return { ...missingScopes([needs]), headers: rateHeaders() };
      const one = /^\/crm\/v3\/objects\/(\w+)\/([^/]+)$/.exec(record.path);
      if (one && restricted.has(`${one[1]}/${one[2]}`)) return { ...recordForbidden(one[1]!, one[2]!), headers: rateHeaders() };
      const reply = route(store, record.method, record.path, url.searchParams, record.body);
      if (!search) reply.headers = { ...rateHeaders(), ...reply.headers };
      return reply;
    };

    let failure = take(failures, record)?.spec;
    if (!failure && chaos && chaos.next() < chaos.rate) {
      const status = chaos.statuses[Math.floor(chaos.next() * chaos.statuses.length)] ?? 503;
      failure = { status, commit: status >= 500 && chaos.next() < (chaos.commit ?? 0) };
    }
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs);
      if (failure.commit) {
        handle();
        record.committed = true;
      }
      return failureReply(failure, search);
    }
    if (limits && search && inWindow(searches, 1000) >= limits.searchPerSecond) return tooMany('SECONDLY', true);
    if (limits && inWindow(served, TEN_SECONDS) >= limits.tenSecondly) return tooMany('TEN_SECONDLY_ROLLING', search);
    const delay = take(delays, record);
    if (delay) await sleep(delay.ms);
    return handle();
  };

  const { server, baseUrl } = await startFakeServer({
    requests,
    serve,
    crashed: (detail) => hsError(500, detail),
    jsonContentType: 'application/json;charset=utf-8',
    headers: () => ({ 'x-hubspot-correlation-id': randomUUID() }),
  });

  return {
    baseUrl,
    accessToken,
    requests,
    failNext: (n, spec) => void failures.push({ left: n, spec, match: spec.match }),
    delayNext: (n, ms, match) => void delays.push({ left: n, ms, match }),
    chaos(spec) {
      chaos = spec && { ...spec, next: mulberry32(spec.seed) };
    },
    setAccessToken(token) {
      accessToken = token;
    },
    setScopes(next) {
      scopes = new Set(next);
    },
    restrict(type, id, on = true) {
      if (on) restricted.add(`${type}/${id}`);
      else restricted.delete(`${type}/${id}`);
    },
    seed(data) {
      if (data.pipelines) store.pipelines.splice(0, store.pipelines.length, ...structuredClone(data.pipelines));
      store.owners.push(...(data.owners ?? []));
      const put = (type: ObjectType, rec: Record<string, unknown>) => {
        const { id, contactIds: _, ...props } = rec;
        const made = store.create(type, props, [], { id: id as string | undefined });
        if ('reply' in made) throw new Error(`fake seed: ${type} rejected: ${JSON.stringify(made.reply.body)}`);
        [made.obj.indexed, made.obj.pending] = [{ ...made.obj.properties }, null];
        return made.obj.id;
      };
      const contacts = (data.contacts ?? []).map((c) => put('contacts', c));
      const deals = (data.deals ?? []).map((d) => {
        const id = put('deals', d);
        for (const c of d.contactIds ?? []) store.associate('deals', id, 'contacts', c);
        return id;
      });
      return { contacts, deals };
    },
    objects(type) {
      return [...store.objects[type].values()].map((o) => ({
        id: o.id,
        properties: { ...o.properties },
        associations: Object.fromEntries(
          (['contacts', 'deals', 'calls', 'tasks'] as const)
            .map((to) => [to, store.associationsOf(type, o.id, to).map((a) => a.toId)] as const)
            .filter(([, ids]) => ids.length > 0),
        ),
      }));
    },
    setOwnerArchived(id, archived) {
      const owner = store.owners.find((o) => o.id === id);
      if (!owner) throw new Error(`fake: no owner ${id}`);
      owner.archived = archived;
    },
    property: (type, name) => store.propertyDef(type, name),
    close: () => closeServer(server),
  };
}

