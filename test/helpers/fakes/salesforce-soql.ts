import { ID_PREFIX, malformedQuery, sfError, type FakeReply } from './salesforce-schema.ts';
import { isId, type SalesforceStore, type SRecord } from './salesforce-store.ts';

/**
 * Exactly the SOQL statements the adapter sends, as patterns; anything else is a 400 MALFORMED_QUERY, so the adapter
 * cannot drift to a query this fake does not really evaluate. Semantics kept: `=` and LIKE on strings are
 * case-insensitive, LIKE has `%`/`_` wildcards, an Id filter with a malformed id is INVALID_QUERY_FILTER_OPERATOR.
 */

const LIT = `'((?:[^'\\\\]|\\\\.)*)'`;
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');
/** The columns of a person query: `Id, FirstName, LastName, Email` and then fields of the object (its phones). */
const PERSON = `Id, FirstName, LastName, Email((?:, \\w+)*)`;
/** The phone search's condition: one or more `…Phone LIKE 'x'` joined by OR. */
const LIT_NC = `'(?:[^'\\\\]|\\\\.)*'`;
const PHONES_LIKE = `(\\w*Phone LIKE ${LIT_NC}(?: OR \\w*Phone LIKE ${LIT_NC})*)`;
const OPP = 'Id, Name, StageName, IsClosed, CreatedDate, LastModifiedDate, Amount, CloseDate, \\(SELECT ContactId FROM OpportunityContactRoles\\)';

const eqi = (a: unknown, b: string) => typeof a === 'string' && a.toLowerCase() === b.toLowerCase();
function like(value: unknown, pattern: string): boolean {
  if (typeof value !== 'string') return false;
  const re = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
  return new RegExp(`^${re}$`, 'i').test(value);
}

/** The domain of `Email LIKE '%@domain'`: no unescaped wildcard in it (`\%`, `\_` escaped), matched literally. */
const DOMAIN_LIT = `'%@((?:[^'\\\\%_]|\\\\.)+)'`;
const atDomain = (value: unknown, domain: string) => typeof value === 'string' && value.toLowerCase().endsWith(`@${domain.toLowerCase()}`);

interface Template {
  re: RegExp;
  run(store: SalesforceStore, m: string[], base: string, soql: string): FakeReply | object[];
}

const attributes = (type: string, id: string, base: string) => ({ type, url: `${base}/sobjects/${type}/${id}` });
const pick = (type: string, rec: SRecord, fields: string[], base: string) => ({ attributes: attributes(type, rec.Id, base), ...Object.fromEntries(fields.map((f) => [f, rec[f] ?? null])) });

/** The fields a person query selects, each checked against the object like Salesforce (INVALID_FIELD for one it lacks). */
function personColumns(store: SalesforceStore, type: 'Contact' | 'Lead', extra: string, soql: string): string[] | FakeReply {
  const columns = ['Id', 'FirstName', 'LastName', 'Email', ...extra.split(', ').filter(Boolean)];
  const unknown = columns.find((c) => !store.schema[type][c]);
  return unknown ? noSuchColumn(type, unknown, soql) : columns;
}

const noSuchColumn = (type: string, field: string, soql: string) =>
  sfError(400, 'INVALID_FIELD', `\n${soql}\n^\nERROR at Row:1:Column:1\nNo such column '${field}' on entity '${type}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);

/**
 * `F1 LIKE 'x' OR F2 LIKE 'x' …` over phone fields of the object (a Contact's Phone, MobilePhone, HomePhone,
 * OtherPhone, AssistantPhone; a Lead's Phone, MobilePhone): a field the object lacks is INVALID_FIELD, like Salesforce;
 * the adapter's patterns are all the same.
 */
function phoneCondition(store: SalesforceStore, type: 'Contact' | 'Lead', where: string, soql: string): { fields: string[]; pattern: string } | FakeReply {
  const terms = [...where.matchAll(/(\w+) LIKE '((?:[^'\\]|\\.)*)'/g)].map((t) => ({ field: t[1]!, pattern: unescape(t[2]!) }));
  const unknown = terms.find((t) => !store.schema[type][t.field]);
  if (unknown) return noSuchColumn(type, unknown.field, soql);
  if (terms.some((t) => store.schema[type][t.field]!.type !== 'phone')) return malformedQuery('fake: the phone search names a field that is not a phone');
  if (new Set(terms.map((t) => t.pattern)).size !== 1) return malformedQuery('fake: the LIKE patterns must be the same');
  return { fields: terms.map((t) => t.field), pattern: terms[0]!.pattern };
}

function contactRow(store: SalesforceStore, rec: SRecord, base: string, columns: string[]) {
  const account = typeof rec.AccountId === 'string' ? store.find(rec.AccountId) : undefined;
  return { ...pick('Contact', rec, columns, base), Account: account ? { attributes: attributes('Account', account.Id, base), Name: account.Name } : null };
}

function opportunityRow(store: SalesforceStore, rec: SRecord, base: string) {
  const roles = [...store.records.OpportunityContactRole.values()].filter((r) => r.OpportunityId === rec.Id);
  return {
    ...pick('Opportunity', rec, ['Id', 'Name', 'StageName', 'IsClosed', 'CreatedDate', 'LastModifiedDate', 'Amount', 'CloseDate'], base),
    OpportunityContactRoles: roles.length ? { totalSize: roles.length, done: true, records: roles.map((r) => pick('OpportunityContactRole', r, ['ContactId'], base)) } : null,
  };
}

const badId = (id: string) => sfError(400, 'INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${id}`);
const limit = <T>(rows: T[], n: string | undefined) => (n ? rows.slice(0, Number(n)) : rows);
const phoneMatch = (r: SRecord, fields: string[], pattern: string) => fields.some((f) => like(r[f], pattern));
const failed = (v: unknown): v is FakeReply => !Array.isArray(v) && typeof v === 'object' && v !== null && 'status' in v;

const TEMPLATES: Template[] = [
  {
    re: new RegExp(`^SELECT ${PERSON}, Account\\.Name FROM Contact WHERE ${PHONES_LIKE}(?: LIMIT (\\d+))?$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Contact', m[1]!, soql);
      const cond = phoneCondition(store, 'Contact', m[2]!, soql);
      if (failed(columns)) return columns;
      if (failed(cond)) return cond;
      return limit([...store.records.Contact.values()].filter((r) => phoneMatch(r, cond.fields, cond.pattern)).map((r) => contactRow(store, r, base, columns)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${PERSON}, Account\\.Name FROM Contact WHERE Email = ${LIT} LIMIT (\\d+)$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Contact', m[1]!, soql);
      if (failed(columns)) return columns;
      return limit([...store.records.Contact.values()].filter((r) => eqi(r.Email, unescape(m[2]!))).map((r) => contactRow(store, r, base, columns)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${PERSON}, Company FROM Lead WHERE IsConverted = false AND \\(${PHONES_LIKE}\\)(?: LIMIT (\\d+))?$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Lead', m[1]!, soql);
      const cond = phoneCondition(store, 'Lead', m[2]!, soql);
      if (failed(columns)) return columns;
      if (failed(cond)) return cond;
      return limit([...store.records.Lead.values()].filter((r) => !r.IsConverted && phoneMatch(r, cond.fields, cond.pattern)).map((r) => pick('Lead', r, [...columns, 'Company'], base)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${PERSON}, Company FROM Lead WHERE IsConverted = false AND Email = ${LIT} LIMIT (\\d+)$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Lead', m[1]!, soql);
      if (failed(columns)) return columns;
      return limit([...store.records.Lead.values()].filter((r) => !r.IsConverted && eqi(r.Email, unescape(m[2]!))).map((r) => pick('Lead', r, [...columns, 'Company'], base)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${PERSON}, Account\\.Name FROM Contact WHERE Email LIKE ${DOMAIN_LIT} LIMIT (\\d+)$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Contact', m[1]!, soql);
      if (failed(columns)) return columns;
      return limit([...store.records.Contact.values()].filter((r) => atDomain(r.Email, unescape(m[2]!))).map((r) => contactRow(store, r, base, columns)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${PERSON}, Company FROM Lead WHERE IsConverted = false AND Email LIKE ${DOMAIN_LIT} LIMIT (\\d+)$`),
    run: (store, m, base, soql) => {
      const columns = personColumns(store, 'Lead', m[1]!, soql);
      if (failed(columns)) return columns;
      return limit([...store.records.Lead.values()].filter((r) => !r.IsConverted && atDomain(r.Email, unescape(m[2]!))).map((r) => pick('Lead', r, [...columns, 'Company'], base)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT ${OPP} FROM Opportunity WHERE Id = ${LIT}$`),
    run: (store, m, base) => {
      const id = unescape(m[1]!);
      if (!isId(id)) return badId(id);
      const rec = store.find(id);
      return rec && id.startsWith(ID_PREFIX.Opportunity) ? [opportunityRow(store, rec, base)] : [];
    },
  },
  {
    re: new RegExp(`^SELECT ${OPP} FROM Opportunity WHERE IsClosed = false AND Id IN \\(SELECT OpportunityId FROM OpportunityContactRole WHERE ContactId = ${LIT}\\) ORDER BY CreatedDate DESC LIMIT (\\d+)$`),
    run: (store, m, base) => {
      const contactId = unescape(m[1]!);
      if (!isId(contactId)) return badId(contactId);
      const contact = store.find(contactId)?.Id;
      const oppIds = new Set([...store.records.OpportunityContactRole.values()].filter((r) => r.ContactId === contact).map((r) => r.OpportunityId));
      const rows = [...store.records.Opportunity.values()]
        .filter((o) => oppIds.has(o.Id) && o.IsClosed === false)
        .sort((a, b) => String(b.CreatedDate).localeCompare(String(a.CreatedDate)));
      return limit(rows.map((r) => opportunityRow(store, r, base)), m[2]);
    },
  },
  {
    re: new RegExp(`^SELECT AccountId FROM Contact WHERE Id = ${LIT}$`),
    run: (store, m, base) => {
      const id = unescape(m[1]!);
      if (!isId(id)) return badId(id);
      const rec = store.find(id);
      return rec && id.startsWith(ID_PREFIX.Contact) ? [pick('Contact', rec, ['AccountId'], base)] : [];
    },
  },
  {
    re: new RegExp(`^SELECT ${OPP} FROM Opportunity WHERE IsClosed = false AND AccountId = ${LIT} ORDER BY CreatedDate DESC LIMIT (\\d+)$`),
    run: (store, m, base) => {
      const accountId = unescape(m[1]!);
      if (!isId(accountId)) return badId(accountId);
      const account = store.find(accountId)?.Id;
      const rows = [...store.records.Opportunity.values()]
        .filter((o) => o.AccountId === account && o.IsClosed === false)
        .sort((a, b) => String(b.CreatedDate).localeCompare(String(a.CreatedDate)));
      return limit(rows.map((r) => opportunityRow(store, r, base)), m[2]);
    },
  },
  {
    re: new RegExp(`^SELECT Id FROM Task WHERE (\\w+) = ${LIT} LIMIT (\\d+)$`),
    run: (store, m, base) => {
      const field = m[1]!;
      if (!store.schema.Task[field]) return sfError(400, 'INVALID_FIELD', `\nSELECT Id FROM Task WHERE ${field} = \n                           ^\nERROR at Row:1:Column:28\nNo such column '${field}' on entity 'Task'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`);
      return limit([...store.records.Task.values()].filter((r) => eqi(r[field], unescape(m[2]!))).map((r) => pick('Task', r, ['Id'], base)), m[3]);
    },
  },
  {
    re: new RegExp(`^SELECT Id, UserType FROM User WHERE Email = ${LIT} AND IsActive = true ORDER BY CreatedDate ASC, Id ASC LIMIT (\\d+)$`),
    run: (store, m, base) => {
      const rows = [...store.records.User.values()]
        .filter((r) => r.IsActive === true && eqi(r.Email, unescape(m[1]!)))
        .sort((a, b) => String(a.CreatedDate).localeCompare(String(b.CreatedDate)) || a.Id.localeCompare(b.Id));
      return limit(rows.map((r) => pick('User', r, ['Id', 'UserType'], base)), m[2]);
    },
  },
];

/** Where the rows past a query's first batch wait for `GET …/query/<locator>` (Salesforce's query locator). */
export interface QueryBatches {
  /** Rows per answer (Salesforce's default 2,000; it may send fewer). */
  size: number;
  /** Keeps the rest of a result and names its locator. */
  keep(rest: object[], totalSize: number): string;
}

/** One batch of a result: `{totalSize, done, nextRecordsUrl?, records}`, the rest kept behind a locator. */
export function batchOf(rows: object[], totalSize: number, batches: QueryBatches, base: string): FakeReply {
  if (rows.length <= batches.size) return { status: 200, body: { totalSize, done: true, records: rows } };
  const locator = batches.keep(rows.slice(batches.size), totalSize);
  return { status: 200, body: { totalSize, done: false, nextRecordsUrl: `${base}/query/${locator}`, records: rows.slice(0, batches.size) } };
}

/** `GET …/query?q=`: `{totalSize, done, records}`; a result larger than a batch gives its first batch and a `nextRecordsUrl`. */
export function runSoql(store: SalesforceStore, soql: string | null, base: string, batches: QueryBatches): FakeReply {
  if (!soql) return malformedQuery('A query string must be supplied in the q parameter');
  for (const t of TEMPLATES) {
    const m = t.re.exec(soql);
    if (!m) continue;
    const out = t.run(store, [...m].map((s) => s ?? ''), base, soql);
    if (!Array.isArray(out)) return out as FakeReply;
    return batchOf(out, out.length, batches, base);
  }
  return malformedQuery(`fake Salesforce does not support this SOQL statement (only the adapter's own queries): ${soql}`);
}
