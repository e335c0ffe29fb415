import type { z } from 'zod';
import { companyDomain } from '../../../domain/email-domain.ts';
import type { ContactField } from '../../../domain/hygiene.ts';
import { AppError, permanent, refusedChange } from '../../../errors/app-error.ts';
import type { CrmAdapter, CrmDeal, DealStage } from '../../../ports/crm.ts';
import { phoneQuery } from '../../../domain/phone.ts';
import { dealFieldValue, holdsValue } from '../deal-field.ts';
import { clientCredentials, fixedToken, jwtBearer } from './salesforce.auth.ts';
import { SalesforceError, createSalesforceClient } from './salesforce.client.ts';
import { parseSalesforceConfig, type SalesforceCrmConfig } from './salesforce.config.ts';
import { ownerDirectory } from '../owner-directory.ts';
import {
  CREATE_ONLY_TASK_FIELDS,
  ID_PREFIX,
  accountOpenOpportunitiesSoql,
  contactAccountSoql,
  callTaskFields,
  callTaskUpdate,
  isLeadId,
  isCreateOnly,
  isSalesforceId,
  leadFields,
  openOpportunitiesSoql,
  opportunitySoql,
  stageKeyOf,
  supportsUpdateOnly,
  taskByKeySoql,
  toContact,
  toDeal,
  todoTaskFields,
  todoTaskUpdate,
  repUser,
  userByEmailSoql,
  withoutCreateOnly,
} from './salesforce.mapper.ts';
import { SfAccountRow, SfContactAccountRow, SfContactRow, SfCreateResult, SfIdRow, SfOpportunityRow, SfUpsertResult, SfUserRow, parseAnswer, sfQueryResult } from './salesforce.schemas.ts';
import { personLookups } from './salesforce.people.ts';
import { salesProcesses } from './salesforce.sales-process.ts';

export { SalesforceCrmConfig, DEFAULT_STAGE_MAP } from './salesforce.config.ts';

/**
 * CrmAdapter on the Salesforce REST API (api-contracts.md §2). Calls and to-dos are Tasks (TaskSubtype Call / Task)
 * written by upsert on an External ID field (`keyField`, default CallScribe_Key__c) that an admin creates once;
 * the key lives in Salesforce, so a new process or adapter instance finds it too. A write first looks the key up and
 * leaves an existing task alone (a rep may have edited or completed it); the upsert itself makes a concurrent
 * duplicate impossible. Contacts are Contacts, then Leads; deals are Opportunities, linked through contact roles, else through the contact's Account.
 */
/** Rows read at most by one phone search (five pages of 2,000): four digits shared that widely are not a search. */
const MAX_QUERY_ROWS = 10_000;

const SF_CONTACT_FIELD = { email: 'Email', phone: 'Phone', title: 'Title', company: 'Company' } as const satisfies Record<ContactField, keyof SfContactRow>;

export function createSalesforceCrm(config: SalesforceCrmConfig): CrmAdapter {
  const cfg = parseSalesforceConfig(config);
  const fetchImpl = cfg.fetch ?? globalThis.fetch;
  const now = () => cfg.clock?.() ?? new Date();
  const { credentials } = cfg;
  const flow = { instanceUrl: cfg.instanceUrl, timeoutMs: cfg.timeoutMs, fetch: fetchImpl, clock: now, logger: cfg.logger };
  const auth =
    credentials.kind === 'token'
      ? fixedToken(cfg.instanceUrl, credentials.accessToken)
      : credentials.kind === 'client_credentials'
        ? clientCredentials({ ...credentials, ...flow })
        : jwtBearer({ ...credentials, ...flow });
  const http = createSalesforceClient({ ...cfg, auth, fetch: fetchImpl, readRetry: { tries: cfg.readTries, sleep: cfg.sleep, onRetry: cfg.onReadRetry } });
  const region = cfg.defaultPhoneRegion;

  async function query<T extends z.ZodType>(row: T, soql: string, what: string): Promise<z.output<T>[]> {
    const res = await http.request({ method: 'GET', path: '/query', query: { q: soql } });
    return parseAnswer(sfQueryResult(row), res.body, what).records;
  }

  /**
   * Every row of a query without a LIMIT, following `nextRecordsUrl` (Salesforce answers in batches of up to 2,000).
   * Past MAX_QUERY_ROWS it cannot tell whether the person is among the rest: a permanent error, never "not found".
   */
  async function queryAll<T extends z.ZodType>(row: T, soql: string, what: string): Promise<z.output<T>[]> {
    let page = parseAnswer(sfQueryResult(row), (await http.request({ method: 'GET', path: '/query', query: { q: soql } })).body, what);
    const rows: z.output<T>[] = [...page.records];
    while (!page.done && page.nextRecordsUrl) {
      const next = /^\/services\/data\/v[\d.]+(\/query\/[A-Za-z0-9-]+)$/.exec(page.nextRecordsUrl)?.[1];
      if (!next) throw permanent('SALESFORCE_BAD_RESPONSE', `Salesforce answered ${what} with a nextRecordsUrl callscribe cannot follow: ${page.nextRecordsUrl.slice(0, 200)}.`);
      if (rows.length >= MAX_QUERY_ROWS) {
        throw permanent(
          'SALESFORCE_SEARCH_TOO_BROAD',
          `${what} matched more than ${MAX_QUERY_ROWS} records, so callscribe cannot tell whether the customer is among them and created nothing. Name the contact with the call (crm.contactId) or pick it on the call page.`,
        );
      }
      page = parseAnswer(sfQueryResult(row), (await http.request({ method: 'GET', path: next })).body, what);
      rows.push(...page.records);
    }
    return rows;
  }

  const setupRequired = (cause: unknown) =>
    permanent(
      'SALESFORCE_SETUP_REQUIRED',
      `Salesforce Tasks have no usable External ID field "${cfg.keyField}", which callscribe uses to never log the same call or task twice. ` +
        `An admin creates it in Setup → Object Manager → Task (Activity) → Fields & Relationships → New: Text(255), field name ${cfg.keyField.replace(/__c$/, '')}, ` +
        `tick "Unique" and "External ID", and make it visible and editable for the integration user's profile (or set keyField to an existing one).`,
      cause,
    );

  /** Whether a failure is Salesforce saying the key field is missing, not an External ID, or not accessible. */
  const isKeyFieldProblem = (err: unknown) =>
    err instanceof SalesforceError &&
    (err.status === 400 || err.status === 404) &&
    err.problems.some((p) => ['INVALID_FIELD', 'NOT_FOUND', 'INVALID_FIELD_FOR_INSERT_UPDATE'].includes(p.errorCode) && p.message.includes(cfg.keyField));

  async function keyed<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw isKeyFieldProblem(err) ? setupRequired(err) : err;
    }
  }

  /**
   * Writes a Task once per key: an existing one is returned untouched; otherwise an upsert on the key creates it.
   * Between the lookup and the upsert another worker (or a duplicate delivery) may create the Task: the upsert then
   * takes the update path, where Salesforce refuses the whole body because of its create-only fields
   * (INVALID_FIELD_FOR_INSERT_UPDATE on TaskSubtype). That refusal means "it exists now", so the write goes again
   * down the update path on purpose, without the create-only fields (and, from v61.0, with updateOnly=true so it
   * can never create a Task that lacks them).
   */
  function writeTask(key: string, ownerEmail: string | null, fields: (ownerId: string | null) => Record<string, unknown>): Promise<{ id: string; created: boolean }> {
    return keyed(async () => {
      const existing = await query(SfIdRow, taskByKeySoql(cfg.keyField, key), 'the task lookup by key');
      if (existing.length > 1) throw duplicateKey(key);
      if (existing[0]) return { id: existing[0].Id, created: false };
      return owners.writing(ownerEmail, async (ownerId) => {
        const body = fields(ownerId);
        try {
          return await upsertTask(key, body, false);
        } catch (err) {
          if (!refusedCreateOnly(err)) throw err;
          return upsertTask(key, withoutCreateOnly(body), true);
        }
      });
    });
  }

  async function upsertTask(key: string, body: Record<string, unknown>, updateOnly: boolean): Promise<{ id: string; created: boolean }> {
    const path = `/sobjects/Task/${cfg.keyField}/${encodeURIComponent(key)}`;
    const onlyUpdate = updateOnly && supportsUpdateOnly(cfg.apiVersion);
    const res = await http.request({ method: 'PATCH', path, body, accept: onlyUpdate ? [300, 404] : [300], ...(onlyUpdate && { query: { updateOnly: 'true' } }) });
    if (res.status === 300) throw duplicateKey(key);
    if (res.status === 404) {
      throw new AppError('SALESFORCE_TASK_RACE', `The Salesforce Task with ${cfg.keyField} = "${key}" appeared and vanished while callscribe wrote it (deleted meanwhile?).`, {
        retryable: true,
        status: 404,
        kind: 'unavailable',
      });
    }
    const result = parseAnswer(SfUpsertResult, res.body, 'the task upsert');
    return { id: result.id, created: res.status === 201 };
  }

  /** Salesforce refused a create-only field because the upsert found the record (the update path). */
  const refusedCreateOnly = (err: unknown) =>
    err instanceof SalesforceError &&
    err.status === 400 &&
    err.problems.some((p) => p.errorCode === 'INVALID_FIELD_FOR_INSERT_UPDATE' && (p.fields.some(isCreateOnly) || CREATE_ONLY_TASK_FIELDS.some((f) => p.message.includes(f))));

  const duplicateKey = (key: string) =>
    permanent(
      'SALESFORCE_DUPLICATE_KEY',
      `Several Salesforce Tasks carry ${cfg.keyField} = "${key}" (the field is not marked Unique), so callscribe cannot tell which one is its own. ` +
        `Delete the duplicates and tick "Unique" on the field.`,
    );

  /** The opportunity's stage key; a StageName that maps to none is named instead, so the opportunity can still be chosen. */
  function stageOf(row: SfOpportunityRow): DealStage {
    const key = stageKeyOf(row.StageName, cfg.stageMap);
    return key ? { stage: key } : { stage: null, unmappedStage: `"${row.StageName}"` };
  }

  async function opportunity(id: string): Promise<SfOpportunityRow | null> {
    if (!isSalesforceId(id) || !id.startsWith(ID_PREFIX.opportunity)) return null;
    const [row] = await query(SfOpportunityRow, opportunitySoql(id), `opportunity ${id}`);
    return row ?? null;
  }

  // A write owned by a user deactivated since the lookup is refused with INACTIVE_OWNER_OR_USER.
  const owners = ownerDirectory<string>({
    lookup: async (email) => {
      const user = repUser(await query(SfUserRow, userByEmailSoql(email), 'the user lookup'));
      if (user?.others.length) {
        cfg.logger?.warn(
          { adapter: 'salesforce', chosen: user.id, passedOver: user.others },
          "Several active Salesforce users of one kind share a rep's e-mail; the rep's records go to the oldest. Give the others another e-mail, or deactivate them",
        );
      }
      return user?.id ?? null;
    },
    refusesOwner: (err) => err instanceof SalesforceError && err.problems.some((p) => p.errorCode === 'INACTIVE_OWNER_OR_USER'),
    now: () => now().getTime(),
  });

  const { findIn, findByDomain } = personLookups({ query, queryAll });

  /** The Contact, else the unconverted Lead, with the customer's phone or e-mail (what a Lead created earlier is found by). */
  async function existingPerson(phone: ReturnType<typeof phoneQuery>, email: string | null): Promise<{ id: string; created: false } | null> {
    const match = (await findIn('Contact', phone, email)) ?? (await findIn('Lead', phone, email));
    if (!match) return null;
    if (match.kind === 'found') return { id: match.contact.id, created: false };
    const ids = match.kind === 'ambiguous' ? match.candidates.map((c) => c.id) : [];
    throw permanent(
      'SALESFORCE_CONTACT_AMBIGUOUS',
      `Salesforce already has several contacts or leads with the customer's phone or e-mail (${ids.join(', ')}), so callscribe created none and did not guess between them. ` +
        `Merge them in Salesforce, or name the contact with the call (crm.contactId), then retry the call.`,
    );
  }

  /** A Contact (id prefix 003) or an unconverted Lead (00Q) by id, as a row; null when there is none. */
  async function readPerson(id: string): Promise<{ row: SfContactRow; type: 'Contact' | 'Lead' } | null> {
    const type = id.startsWith(ID_PREFIX.contact) ? 'Contact' : id.startsWith(ID_PREFIX.lead) ? 'Lead' : null;
    if (!type || !isSalesforceId(id)) return null;
    const res = await http.request({ method: 'GET', path: `/sobjects/${type}/${id}`, accept: [404] });
    return res.status === 404 ? null : { row: parseAnswer(SfContactRow, res.body, `${type} ${id}`), type };
  }

  const { stageNameFor } = salesProcesses(http, cfg.stageMap);

  return {
    kind: 'salesforce',
    // Salesforce meters requests per day, not per second; a gentle limiter keeps bursts off the org's API.
    jobsPerSecond: 5,

    /** `GET /` of the API version: any session with API access may read it, and an expired or revoked one answers 401 (SALESFORCE_AUTH). */
    async ping() {
      await http.checkCredentials();
    },

    async findContact(who) {
      const email = who.email?.trim().toLowerCase() || null;
      const phone = phoneQuery(who.phone, region);
      if (!phone && !email) return { kind: 'not_found' };
      const direct = (await findIn('Contact', phone, email)) ?? (await findIn('Lead', phone, email));
      if (direct) return direct;
      const domain = companyDomain(email); // null for free-mail: gmail.com says nothing about the company
      if (!domain) return { kind: 'not_found' };
      return (await findByDomain('Contact', domain)) ?? (await findByDomain('Lead', domain)) ?? { kind: 'not_found' };
    },

    /**
     * Unknown callers become Leads (Salesforce's convention). Exactly once per key without storing the key: a Contact
     * or Lead with the customer's phone or e-mail (one created by an earlier attempt included) is returned instead, so
     * a retry, a duplicate delivery or a new adapter instance finds the Lead the first attempt made.
     */
    async createContact(who, _idempotencyKey) {
      const email = who.email?.trim().toLowerCase() || null;
      const phone = phoneQuery(who.phone, region);
      if (!phone && !email) {
        throw permanent(
          'SALESFORCE_CONTACT_UNIDENTIFIABLE',
          "The customer has no usable phone number or e-mail, so callscribe cannot tell whether it created their Salesforce lead already; it created none.",
        );
      }
      const existing = await existingPerson(phone, email);
      if (existing) return existing;
      const res = await http.request({ method: 'POST', path: '/sobjects/Lead', body: leadFields(who, phone?.e164 ?? phone?.raw ?? null) });
      return { id: parseAnswer(SfCreateResult, res.body, 'the lead creation').id, created: true };
    },

    async findOwner(email) {
      const id = await owners.idFor(email);
      return id ? { id } : null;
    },

    async getContact(contactId) {
      const person = await readPerson(contactId);
      if (!person) return null;
      const { row, type } = person;
      const account = type === 'Contact' && row.AccountId ? await http.request({ method: 'GET', path: `/sobjects/Account/${row.AccountId}`, accept: [404] }) : null;
      const name = account?.status === 200 ? parseAnswer(SfAccountRow, account.body, `account ${row.AccountId}`).Name : null;
      return toContact({ ...row, Account: name === null ? null : { Name: name } });
    },

    /**
     * A PATCH of the Contact (or Lead) by id. A Contact's company is its Account, which is not re-linked from a call:
     * that fix is refused (permanent) for a person to make in Salesforce; a Lead's Company is written.
     */
    async updateContactField(contactId, field, value) {
      const person = await readPerson(contactId);
      if (!person) throw permanent('SALESFORCE_CONTACT_NOT_FOUND', `Salesforce has no contact or lead ${contactId} (deleted or merged?), so its ${field} was not changed to ${value}.`);
      if (field === 'company' && person.type === 'Contact') {
        throw permanent('SALESFORCE_CONTACT_COMPANY', `A Salesforce contact's company is its Account; move contact ${contactId} to the account of ${value} in Salesforce.`);
      }
      const name = SF_CONTACT_FIELD[field];
      if ((person.row[name] ?? '') === value) return { changed: false };
      await http.request({ method: 'PATCH', path: `/sobjects/${person.type}/${contactId}`, body: { [name]: value } });
      return { changed: true };
    },

    /** Reads the Task, then PATCHes only the fields that differ (see todoTaskUpdate): 204 No Content. A deleted Task answers 404. */
    async updateTask(taskId, change) {
      const found = isSalesforceId(taskId) && taskId.startsWith(ID_PREFIX.task);
      const res = found ? await http.request({ method: 'GET', path: `/sobjects/Task/${taskId}`, accept: [404] }) : { status: 404, body: null };
      if (res.status === 404) return null;
      return owners.writing(change.ownerEmail, async (ownerId) => {
        const fields = todoTaskUpdate(change, (res.body ?? {}) as Record<string, unknown>, ownerId);
        if (!Object.keys(fields).length) return { changed: false };
        const patched = await http.request({ method: 'PATCH', path: `/sobjects/Task/${taskId}`, body: fields, accept: [404] });
        return patched.status === 404 ? null : { changed: true };
      });
    },

    async getDeal(dealId) {
      const row = await opportunity(dealId);
      return row && toDeal(row, stageOf(row));
    },

    /**
     * The open opportunities the contact has a role on; when it has none (contact roles are optional and many orgs
     * never fill them), the open opportunities of the contact's Account, marked `via: 'account'`.
     */
    async findOpenDeals(contactId) {
      if (!isSalesforceId(contactId) || !contactId.startsWith(ID_PREFIX.contact)) return []; // leads have no opportunities until converted
      const rows = await query(SfOpportunityRow, openOpportunitiesSoql(contactId), 'the open opportunities of a contact');
      if (rows.length) return rows.map((r): CrmDeal => toDeal(r, stageOf(r)));
      const [contact] = await query(SfContactAccountRow, contactAccountSoql(contactId), "the contact's account");
      if (!contact?.AccountId) return [];
      const byAccount = await query(SfOpportunityRow, accountOpenOpportunitiesSoql(contact.AccountId), "the open opportunities of the contact's account");
      return byAccount.map((r): CrmDeal => ({ ...toDeal(r, stageOf(r)), via: 'account' }));
    },

    logCall(input) {
      return writeTask(input.idempotencyKey, input.ownerEmail, (ownerId) => callTaskFields(input, ownerId, now()));
    },

    /** A PATCH of the Task by id: 204 No Content; a replay writes the same values. A deleted Task answers 404 (ENTITY_IS_DELETED). */
    async updateCallLog(id, input) {
      const res = isSalesforceId(id) && id.startsWith(ID_PREFIX.task) ? await http.request({ method: 'PATCH', path: `/sobjects/Task/${id}`, body: callTaskUpdate(input), accept: [404] }) : { status: 404 };
      if (res.status === 404) {
        throw permanent(
          'SALESFORCE_CALL_LOG_NOT_FOUND',
          `Salesforce has no call Task ${id} (deleted?), so the corrected summary was not written. Undelete it from the Recycle Bin and correct the call again, or edit the Task's Comments by hand.`,
        );
      }
    },

    createTask(input) {
      return writeTask(input.idempotencyKey, input.ownerEmail, (ownerId) => todoTaskFields(input, ownerId));
    },

    /** Setting a stage is idempotent by nature (a replay finds the opportunity already there), so the key is not stored. */
    /** An opportunity's `Amount` (in its currency) or `CloseDate`, by a PATCH of the record (204). */
    async updateDealField(dealId, field, value) {
      const change = dealFieldValue(dealId, field, value);
      const row = await opportunity(dealId);
      if (!row) throw permanent('SALESFORCE_DEAL_NOT_FOUND', `Salesforce has no opportunity ${dealId} (deleted or merged?), so its ${field} was not set to ${value}.`);
      if (holdsValue(change, { amount: row.Amount, closeDate: row.CloseDate })) return { changed: false };
      const body = change.field === 'amount' ? { Amount: change.value } : { CloseDate: change.value };
      await http.request({ method: 'PATCH', path: `/sobjects/Opportunity/${row.Id}`, body });
      return { changed: true };
    },

    async updateDealStage(dealId, stage) {
      const row = await opportunity(dealId);
      if (!row) throw refusedChange('SALESFORCE_DEAL_NOT_FOUND', `Salesforce has no opportunity ${dealId} (deleted or merged?), so its stage was not set to ${stage}.`);
      if (stageKeyOf(row.StageName, cfg.stageMap) === stage) return { changed: false };
      const target = await stageNameFor(row.Id, stage);
      try {
        await http.request({ method: 'PATCH', path: `/sobjects/Opportunity/${row.Id}`, body: { StageName: target } });
      } catch (err) {
        if (err instanceof SalesforceError && err.problems.some((p) => p.errorCode === 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' || p.fields.includes('StageName'))) {
          throw refusedChange(
            'SALESFORCE_STAGE_UNKNOWN',
            `Salesforce refused StageName "${target}" for ${stage} on opportunity ${dealId}: the org's sales process has no such stage. Map ${stage} to one of its stages in CRM_STAGE_MAP (StageNames).`,
            { cause: err, status: err.status },
          );
        }
        throw err;
      }
      return { changed: true };
    },
  };
}
