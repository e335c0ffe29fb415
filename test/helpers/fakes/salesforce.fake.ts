import type { KeyObject } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { MASTER_RECORD_TYPE, STEP_NAMES, notFound, requestLimit, sfError, unauthorized, type FakeReply, type RecordedRequest, type SObjectType } from './salesforce-schema.ts';
import { closeServer, failureQueue, mulberry32, requestMatches, startFakeServer, type ChaosSpec as SharedChaosSpec, type RequestMatch } from './fake-server.ts';
import { batchOf, runSoql, type QueryBatches } from './salesforce-soql.ts';
import { createSalesforceStore, type SRecord, type SalesforceStore } from './salesforce-store.ts';
import { publicKeyOf, tokenEndpoint } from './salesforce-oauth.ts';

export type { RecordedRequest, SObjectType } from './salesforce-schema.ts';

export interface SalesforceFakeOptions {
  /** A session valid from the start (what SALESFORCE_ACCESS_TOKEN holds). */
  accessToken?: string;
  /** The connected app the token endpoint issues sessions to (client-credentials flow). */
  clientId?: string;
  clientSecret?: string;
  /** The certificate (PEM) uploaded to the connected app for the JWT bearer flow, or its public key; unset: the app has none. */
  jwtCertificate?: KeyObject | string;
  apiVersion?: string;
  /** The Task External ID field the admin created; null: the org has none (default CallScribe_Key__c). */
  keyField?: string | null;
  /** Whether the key field is marked Unique (default true); false allows duplicates, so an upsert can answer 300. */
  keyUnique?: boolean;
  /** Rows per query answer before `nextRecordsUrl` (Salesforce's default 2,000); small values keep tests small. */
  queryBatchSize?: number;
  /**
   * Whether the integration user has the "View Setup and Configuration" permission (default true), without which
   * Salesforce refuses `GET /limits` with 403; a least-privilege integration user often lacks it. The error code of
   * that 403 is ⚠️ (the documentation names only the permission).
   */
  viewSetup?: boolean;
  /**
   * Opportunity record types, each with its sales process: the StageNames (of the org's picklist) its opportunities go
   * through. Given, opportunities carry a `RecordTypeId`, and `GET …/ui-api/object-info/Opportunity/picklist-values/
   * {recordTypeId}/StageName` answers the process's StageNames (the master record type, every one). Like the API, the fake
   * still takes any StageName of the picklist on an opportunity of any record type: the sales process binds the UI only ⚠️.
   */
  recordTypes?: { id: string; name: string; stages: string[] }[];
}

export interface FailureSpec {
  status: number;
  /** Which requests fail (default: the next ones), e.g. `{ method: 'PATCH' }`. */
  match?: RequestMatch;
  /** Defaults to Salesforce's body for the status (403: REQUEST_LIMIT_EXCEEDED), or for `errorCode`. */
  body?: unknown;
  /** Salesforce's body for this error code, e.g. `UNABLE_TO_LOCK_ROW` (with a 400, as Salesforce sends it). */
  errorCode?: keyof typeof KNOWN_ERRORS;
  /** Extra answer headers, e.g. a gateway's `Retry-After: 0` on a 503. */
  headers?: Record<string, string>;
  delayMs?: number;
}

/** Salesforce's chaos has no lost responses (no `commit`). */
export type ChaosSpec = Omit<SharedChaosSpec, 'commit'>;

type Fields = Record<string, unknown>;
export interface SalesforceSeed {
  accounts?: Fields[];
  contacts?: Fields[];
  leads?: Fields[];
  /** `contactIds` become OpportunityContactRoles. */
  opportunities?: (Fields & { contactIds?: string[] })[];
  users?: Fields[];
  contactRoles?: Fields[];
  tasks?: Fields[];
}
export type SeededIds = Record<'accounts' | 'contacts' | 'leads' | 'opportunities' | 'users' | 'contactRoles' | 'tasks', string[]>;

export interface SalesforceFake {
  /** `http://127.0.0.1:PORT`, what the adapter takes as `instanceUrl`. */
  instanceUrl: string;
  accessToken: string;
  clientId: string;
  clientSecret: string;
  /** The integration user's Username: the `sub` of a JWT bearer assertion. */
  integrationUsername: string;
  /** Usernames pre-authorized for the connected app (JWT bearer flow); at first the integration user's. Delete one to withdraw it. */
  jwtApprovedUsers: Set<string>;
  /** Sessions issued by `POST /services/oauth2/token`, in order. */
  issuedTokens: string[];
  /**
   * Expires every session valid now (`accessToken` and those issued so far), as the org's session timeout does:
   * at once, or as the first request matching `when` arrives (so that very request is refused with 401).
   */
  expireSessions(when?: RequestMatch): void;
  apiVersion: string;
  requests: RecordedRequest[];
  /** The User the access token belongs to (the integration user): it owns what is created without an OwnerId. */
  integrationUserId: string;
  /** The next `n` authenticated requests (matching `spec.match`) get this answer instead of being served. */
  failNext(n: number, spec: FailureSpec): void;
  /**
   * The next `n` Task lookups by key (`SELECT Id FROM Task WHERE <key> = …`) answer no records, as when another worker
   * creates the Task between a write's lookup and its upsert: the upsert then finds it and takes the update path.
   */
  missNextTaskLookups(n: number): void;
  /** Random failures from a seeded generator, until `chaos(null)`. */
  chaos(spec: ChaosSpec | null): void;
  /**
   * What the integration user may do with one record, as sharing decides (see RecordAccess); `full` is the default.
   * Queries still return the record.
   */
  restrict(id: string, access: RecordAccess): void;
  seed(data: SalesforceSeed): SeededIds;
  /** Changes a record's fields as an admin does in Setup (a User's `IsActive: false` deactivates them), bypassing the API's checks. */
  edit(id: string, fields: Fields): void;
  objects(type: SObjectType): SRecord[];
  close(): Promise<void>;
}

const API_DAILY_MAX = 100_000;

/**
 * A record's sharing for the integration user, and how Salesforce refuses it (errors are array bodies, api-contracts.md
 * §2): `read` (read-only: changing it is 403 INSUFFICIENT_ACCESS_OR_READONLY), `locked` (an approval process: changing
 * it is 400 ENTITY_IS_LOCKED), `none` (not shared: changing it as for `read`, a write that links a Task to it is 400
 * INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY). The statuses that go with these codes are ⚠️.
 */
export type RecordAccess = 'read' | 'locked' | 'none' | 'full';

function refusedBySharing(access: ReadonlyMap<string, RecordAccess>, method: string, rest: string[], body: unknown): FakeReply | null {
  if (rest[0] !== 'sobjects' || method === 'GET') return null;
  const own = rest.length === 3 ? access.get(rest[2]!) : undefined;
  if (own === 'read' || own === 'none') return sfError(403, 'INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id');
  if (own === 'locked') return sfError(400, 'ENTITY_IS_LOCKED', 'the entity is locked for editing');
  const fields = (body ?? {}) as Fields;
  for (const link of ['WhoId', 'WhatId']) {
    const id = fields[link];
    if (typeof id === 'string' && access.get(id) === 'none') return sfError(400, 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', `insufficient access rights on cross-reference id: ${id}`, [link]);
  }
  return null;
}

/** Salesforce's messages for error codes a test can name (`FailureSpec.errorCode`). */
const KNOWN_ERRORS = {
  UNABLE_TO_LOCK_ROW: 'unable to obtain exclusive access to this record or 1 records: 006000000000001AAA',
  SERVER_UNAVAILABLE: 'Server unavailable, please try again later.',
  REQUEST_LIMIT_EXCEEDED: 'TotalRequests Limit exceeded.',
} as const;

/** Bodies for injected failures when the test gives none. */
function defaultFailure(status: number, errorCode?: keyof typeof KNOWN_ERRORS): FakeReply {
  if (errorCode) return sfError(status, errorCode, KNOWN_ERRORS[errorCode]);
  if (status === 401) return unauthorized();
  if (status === 403) return requestLimit();
  if (status === 503) return sfError(503, 'SERVER_UNAVAILABLE', 'Server unavailable, please try again later.');
  if (status >= 500) return sfError(status, 'UNKNOWN_EXCEPTION', 'An unexpected error occurred. Please include this ErrorId if you contact support: 1234567-89 (-123456789)');
  return sfError(status, 'INVALID_INPUT', `Injected failure ${status}`);
}

/** What the org keeps between requests beyond its records: query batches, and the API requests used today. */
interface OrgState {
  batches: QueryBatches & { more(locator: string): FakeReply };
  apiUsed(): number;
  viewSetup: boolean;
  recordTypes: { id: string; stages: string[] }[];
}

function route(store: SalesforceStore, method: string, rest: string[], url: URL, body: unknown, base: string, org: OrgState): FakeReply {
  if (method === 'GET' && rest.length === 1 && rest[0] === 'query') return runSoql(store, url.searchParams.get('q'), base, org.batches);
  if (method === 'GET' && rest.length === 2 && rest[0] === 'query') return org.batches.more(rest[1]!);
  // `GET /` of the version: the resources it has; any session with API access may read it.
  if (method === 'GET' && rest.length === 1 && rest[0] === '') {
    return { status: 200, body: Object.fromEntries(['limits', 'query', 'search', 'sobjects'].map((name) => [name, `${base}/${name}`])) };
  }
  // `GET /limits` (a subset: the daily API allowance); only a user with "View Setup and Configuration" may read it.
  if (method === 'GET' && rest.length === 1 && rest[0] === 'limits') {
    if (!org.viewSetup) return sfError(403, 'INSUFFICIENT_ACCESS', 'The REST API Limits resource requires the View Setup and Configuration permission');
    return { status: 200, body: { DailyApiRequests: { Max: API_DAILY_MAX, Remaining: API_DAILY_MAX - org.apiUsed() } } };
  }
  // User Interface API, "Get Values for a Picklist Field": `{controllerValues, defaultValue, url, values:[{attributes, label, validFor, value}]}`.
  if (method === 'GET' && rest[0] === 'ui-api' && rest.slice(1, 4).join('/') === 'object-info/Opportunity/picklist-values' && rest[5] === 'StageName' && rest.length === 6) {
    const recordType = rest[4]!;
    const stages = recordType === MASTER_RECORD_TYPE ? Object.keys(STEP_NAMES) : org.recordTypes.find((r) => r.id === recordType || r.id.slice(0, 15) === recordType)?.stages;
    if (!stages) return sfError(404, 'NOT_FOUND', `The requested resource does not exist`);
    const values = stages.map((value) => ({ attributes: null, label: value, validFor: [], value }));
    return { status: 200, body: { controllerValues: {}, defaultValue: null, url: `${base}/ui-api/object-info/Opportunity/picklist-values/${recordType}/StageName`, values } };
  }
  if (rest[0] !== 'sobjects' || !rest[1]) return notFound();
  const type = rest[1] as SObjectType;
  if (!(type in store.schema)) return notFound(`The requested resource does not exist`);
  const fields = (body ?? {}) as Fields;
  if (method === 'POST' && rest.length === 2) {
    const made = store.create(type, fields);
    return 'reply' in made ? made.reply : { status: 201, body: { id: made.rec.Id, success: true, errors: [] } };
  }
  if (method === 'GET' && rest.length === 3) {
    const rec = store.find(rest[2]!);
    return rec && store.records[type].has(rec.Id) ? { status: 200, body: { attributes: { type, url: `${base}/sobjects/${type}/${rec.Id}` }, ...rec } } : notFound();
  }
  if (method === 'PATCH' && rest.length === 3) return store.update(type, rest[2]!, fields);
  if (method === 'PATCH' && rest.length === 4) {
    const updateOnly = url.searchParams.get('updateOnly') === 'true';
    if (updateOnly && Number(base.split('/v').pop()) < 61) return sfError(400, 'INVALID_QUERY_PARAMETER', 'updateOnly is not supported before v61.0');
    return store.upsert(type, rest[2]!, rest[3]!, fields, updateOnly);
  }
  return sfError(405, 'METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are GET,PATCH,POST`);
}

const TOKEN_PATH = '/services/oauth2/token';

/**
 * A local Salesforce REST API on loopback (api-contracts.md §2 and the Mock-fidelity checklist, item 2): Bearer auth,
 * array error bodies, the adapter's SOQL (and nothing else), sObject create / read / update / upsert by External ID
 * with field validation, 403 REQUEST_LIMIT_EXCEEDED (never 429), and failure injection. Its OAuth token endpoint serves the
 * client-credentials and JWT bearer flows (salesforce-oauth.ts); its own URL is both the login host and the instance.
 */
export async function startSalesforceFake(opts: SalesforceFakeOptions = {}): Promise<SalesforceFake> {
  const accessToken = opts.accessToken ?? '00DFAKE!fake-session-token';
  const clientId = opts.clientId ?? '3MVG9FAKE.connected-app-consumer-key';
  const clientSecret = opts.clientSecret ?? 'FAKE0CONSUMER0SECRET';
  const sessions = new Set([accessToken]);
  const issuedTokens: string[] = [];
  let expireWhen: RequestMatch | null = null;
  const apiVersion = opts.apiVersion ?? 'v62.0';
  const store = createSalesforceStore({ keyField: opts.keyField === undefined ? 'CallScribe_Key__c' : opts.keyField, keyUnique: opts.keyUnique ?? true, apiVersion, recordTypes: Boolean(opts.recordTypes?.length) });
  const requests: RecordedRequest[] = [];
  const failures = failureQueue<FailureSpec>();
  let chaos: (ChaosSpec & { next: () => number }) | null = null;
  let used = 0;
  let lookupsToMiss = 0;
  const access = new Map<string, RecordAccess>();
  const prefix = `/services/data/${apiVersion}`;
  const pending = new Map<string, { rows: object[]; totalSize: number }>();
  const batches = {
    size: opts.queryBatchSize ?? 2000,
    keep(rows: object[], totalSize: number) {
      const locator = `01gFAKE${String(pending.size + 1).padStart(8, '0')}-${totalSize - rows.length}`;
      pending.set(locator, { rows, totalSize });
      return locator;
    },
    /** `GET …/query/<locator>`: the next batch; a locator used up (or never given) is INVALID_QUERY_LOCATOR. */
    more(locator: string): FakeReply {
      const rest = pending.get(locator);
      if (!rest) return sfError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
      pending.delete(locator);
      return batchOf(rest.rows, rest.totalSize, batches, prefix);
    },
  };

  const jwtApprovedUsers = new Set<string>();
  const issueToken = tokenEndpoint({
    clientId,
    clientSecret,
    jwt: { publicKey: opts.jwtCertificate ? publicKeyOf(opts.jwtCertificate) : null, approvedUsers: jwtApprovedUsers },
    baseUrl: () => baseUrl,
    integrationUserId: () => integrationUserId,
    newSession(flow) {
      const token = `00DFAKE!${flow}${issuedTokens.length + 1}.${Math.random().toString(36).slice(2)}`;
      issuedTokens.push(token);
      sessions.add(token);
      return token;
    },
  });

  const serve = async (req: IncomingMessage, record: RecordedRequest, url: URL, raw: string): Promise<FakeReply> => {
    if (record.path === TOKEN_PATH) return issueToken(req, record, raw);
    if (expireWhen && requestMatches(expireWhen, record)) {
      expireWhen = null;
      sessions.clear();
    }
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!bearer || !sessions.has(bearer)) return unauthorized();
    let failure = failures.take(record);
    if (!failure && chaos && chaos.next() < chaos.rate) failure = { status: chaos.statuses[Math.floor(chaos.next() * chaos.statuses.length)] ?? 503 };
    if (failure) {
      if (failure.delayMs) await sleep(failure.delayMs);
      const base = failure.body !== undefined ? { status: failure.status, body: failure.body } : defaultFailure(failure.status, failure.errorCode);
      return failure.headers ? { ...base, headers: { ...base.headers, ...failure.headers } } : base;
    }
    if (!record.path.startsWith(`${prefix}/`)) return notFound();
    if (raw && !String(req.headers['content-type'] ?? '').startsWith('application/json')) return sfError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content type not supported');
    try {
      record.body = raw ? JSON.parse(raw) : undefined;
    } catch {
      return sfError(400, 'JSON_PARSER_ERROR', 'Unexpected character in the request body');
    }
    if (record.body !== undefined && (typeof record.body !== 'object' || record.body === null || Array.isArray(record.body))) {
      return sfError(400, 'JSON_PARSER_ERROR', 'Cannot deserialize the request body into an sObject');
    }
    used++;
    const rest = record.path.slice(prefix.length + 1).split('/').map(decodeURIComponent);
    if (lookupsToMiss > 0 && record.method === 'GET' && rest[0] === 'query' && /^SELECT Id FROM Task WHERE \w+ = /.test(url.searchParams.get('q') ?? '')) {
      lookupsToMiss--;
      return { status: 200, body: { totalSize: 0, done: true, records: [] } };
    }
    return refusedBySharing(access, record.method, rest, record.body) ?? route(store, record.method, rest, url, record.body, prefix, { batches, apiUsed: () => used, viewSetup: opts.viewSetup ?? true, recordTypes: opts.recordTypes ?? [] });
  };

  const { server, baseUrl } = await startFakeServer({
    requests,
    serve,
    crashed: (detail) => sfError(500, 'UNKNOWN_EXCEPTION', detail),
    jsonContentType: 'application/json;charset=UTF-8',
    headers: () => ({ 'sforce-limit-info': `api-usage=${used}/${API_DAILY_MAX}` }),
  });

  const put = (type: SObjectType, fields: Fields): string => {
    const { Id, CreatedDate, LastModifiedDate, IsConverted, UserType, contactIds: _, ...rest } = fields;
    const system = Object.fromEntries(Object.entries({ Id, CreatedDate, LastModifiedDate: LastModifiedDate ?? CreatedDate, IsConverted, UserType }).filter(([, v]) => v !== undefined));
    const made = store.create(type, rest, system);
    if ('reply' in made) throw new Error(`fake seed: ${type} rejected: ${JSON.stringify(made.reply.body)}`);
    return made.rec.Id;
  };

  const integrationUsername = 'integration@callscribe.example.acme';
  const integrationUserId = put('User', { LastName: 'Integration', Email: 'integration@callscribe.example', Username: integrationUsername });
  jwtApprovedUsers.add(integrationUsername);

  return {
    instanceUrl: baseUrl,
    integrationUserId,
    accessToken,
    clientId,
    clientSecret,
    integrationUsername,
    jwtApprovedUsers,
    issuedTokens,
    expireSessions(when) {
      if (when) expireWhen = when;
      else sessions.clear();
    },
    apiVersion,
    requests,
    failNext: (n, spec) => failures.push(n, spec),
    missNextTaskLookups: (n) => void (lookupsToMiss = n),
    restrict(id, level) {
      if (level === 'full') access.delete(id);
      else access.set(id, level);
    },
    chaos(spec) {
      chaos = spec && { ...spec, next: mulberry32(spec.seed) };
    },
    seed(data) {
      const ids: SeededIds = { accounts: [], contacts: [], leads: [], opportunities: [], users: [], contactRoles: [], tasks: [] };
      ids.users = (data.users ?? []).map((u) => put('User', u));
      ids.accounts = (data.accounts ?? []).map((a) => put('Account', a));
      ids.contacts = (data.contacts ?? []).map((c) => put('Contact', c));
      ids.leads = (data.leads ?? []).map((l) => put('Lead', l));
      ids.opportunities = (data.opportunities ?? []).map((o) => {
        const id = put('Opportunity', { CloseDate: '2026-12-31', ...o });
        for (const ContactId of o.contactIds ?? []) ids.contactRoles.push(put('OpportunityContactRole', { OpportunityId: id, ContactId }));
        return id;
      });
      ids.contactRoles.push(...(data.contactRoles ?? []).map((r) => put('OpportunityContactRole', r)));
      ids.tasks = (data.tasks ?? []).map((t) => put('Task', t));
      return ids;
    },
    edit(id, fields) {
      const rec = store.find(id);
      if (!rec) throw new Error(`fake: no record ${id}`);
      Object.assign(rec, fields);
    },
    objects: (type) => [...store.records[type].values()].map((r) => ({ ...r })),
    close: () => closeServer(server),
  };
}

