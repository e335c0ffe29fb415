import { companyDomain } from '../../../domain/email-domain.ts';
import { AppError, permanent, refusedChange } from '../../../errors/app-error.ts';
import type { ContactMatch, CrmAdapter, CrmDeal, DealStage } from '../../../ports/crm.ts';
import { phoneQuery, storedPhoneMatches } from '../../../domain/phone.ts';
import { phoneSearchTerms } from '../hubspot/hubspot.phone.ts';
import { createPipedriveClient, type PipedriveClient } from './pipedrive.client.ts';
import { parsePipedriveConfig, type PipedriveCrmConfig } from './pipedrive.config.ts';
import { dealFieldValue, holdsValue } from '../deal-field.ts';
import { callActivity, callActivityUpdate, describeStages, hasMarker, newestFirst, newPerson, primaryOf, stageIdFor, stageKeyOf, taskActivity, taskActivityUpdate, toContact, toDeal, toPipedriveId, withPrimary } from './pipedrive.mapper.ts';
import { PdActivityAnswer, PdActivityList, PdDealAnswer, PdDealList, PdOrganizationRead, PdPersonAnswer, PdPersonRead, PdPersonSearch, PdStageList, PdUserAnswer, PdUserList, parseAnswer, type PdDeal, type PdPerson, type PdPersonHit, type PdStage } from './pipedrive.schemas.ts';
import { once } from '../memo.ts';
import { createdRecords } from '../created-records.ts';
import { decide } from '../contact-match.ts';
import { ownerDirectory } from '../owner-directory.ts';

export { PipedriveCrmConfig } from './pipedrive.config.ts';

/** Pages followed at most per listing (500 items each); beyond that the marker search gives up looking. */
const MAX_PAGES = 20;

/**
 * CrmAdapter on Pipedrive's API v2 (v1 only for users), api-contracts.md §3. Contacts are persons; a deal's
 * contact is its `person_id`. Exactly-once writes carry the key as a marker line in the activity note (see
 * `keyMarker` in the mapper for why, and its trade-offs); the marker lives in Pipedrive, so a new process or
 * adapter instance finds it too. Stages: `stageMap`, then stage names (`STAGE_NAMES`); won / lost are statuses.
 */
export function createPipedriveCrm(config: PipedriveCrmConfig): CrmAdapter {
  const cfg = parsePipedriveConfig(config);
  const http: PipedriveClient = createPipedriveClient({ ...cfg, fetch: cfg.fetch ?? globalThis.fetch, readRetry: { tries: cfg.readTries, sleep: cfg.sleep, onRetry: cfg.onReadRetry } });
  const now = () => cfg.clock?.() ?? new Date();
  const region = cfg.defaultPhoneRegion;

  const stagesByPipeline = new Map<number, Promise<PdStage[]>>();
  const tokenUser = new Map<'me', Promise<number>>();

  /** Every page of a v2 cursor listing (bounded by MAX_PAGES). */
  async function listAll<T>(path: string, query: Record<string, string | number>, read: (body: unknown) => { data: T[] | null; additional_data?: { next_cursor?: string | null } | null }) {
    const items: T[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const res = await http.request({ method: 'GET', path, query: { ...query, limit: 500, cursor } });
      const body = read(res.body);
      items.push(...(body.data ?? []));
      cursor = body.additional_data?.next_cursor ?? undefined;
      if (!cursor) break;
    }
    return items;
  }

  /** A pipeline's stages, cached per instance; `fresh` reloads them for a stage added since. */
  function stagesOf(pipelineId: number, fresh = false): Promise<PdStage[]> {
    if (fresh) stagesByPipeline.delete(pipelineId);
    return once(stagesByPipeline, pipelineId, () => listAll('/api/v2/stages', { pipeline_id: pipelineId }, (b) => parseAnswer(PdStageList, b, 'the stages')));
  }

  /** The deal's stage key; a stage that maps to none (another pipeline's own, one deleted since) is named instead, so the deal can still be chosen. */
  async function dealStage(deal: PdDeal): Promise<DealStage> {
    const pipelineId = deal.pipeline_id ?? 0;
    let stages = await stagesOf(pipelineId);
    if (deal.status === 'open' && !stages.some((s) => s.id === deal.stage_id)) stages = await stagesOf(pipelineId, true);
    const key = stageKeyOf(deal, stages, cfg.stageMap);
    if (key) return { stage: key };
    const name = stages.find((s) => s.id === deal.stage_id)?.name;
    return { stage: null, unmappedStage: `${name ? `"${name}" (stage_id ${deal.stage_id})` : `stage_id ${deal.stage_id}`} of pipeline ${pipelineId}` };
  }

  async function readDeal(id: number): Promise<PdDeal | null> {
    const res = await http.request({ method: 'GET', path: `/api/v2/deals/${id}`, accept: [404] });
    if (res.status === 404) return null;
    const deal = parseAnswer(PdDealAnswer, res.body, `deal ${id}`).data;
    return deal.is_deleted ? null : deal;
  }

  async function readPerson(contactId: string): Promise<PdPerson | null> {
    const id = toPipedriveId(contactId);
    if (!id) return null;
    const res = await http.request({ method: 'GET', path: `/api/v2/persons/${id}`, accept: [404] });
    if (res.status === 404) return null;
    const person = parseAnswer(PdPersonRead, res.body, `person ${id}`).data;
    return person.is_deleted ? null : person;
  }

  async function searchPersons(term: string, field: 'phone' | 'email', exact: boolean): Promise<PdPersonHit[]> {
    const res = await http.request({ method: 'GET', path: '/api/v2/persons/search', query: { term, fields: field, exact_match: exact, limit: 100 } });
    return parseAnswer(PdPersonSearch, res.body, 'the person search').data.items.map((i) => i.item);
  }

  // Pipedrive refuses a write owned by a user that is no longer active with a 400 whose wording it does not document;
  // the directory confirms that it was the owner by looking the user up again.
  const users = ownerDirectory<number>({
    lookup: async (email) => {
      const res = await http.request({ method: 'GET', path: '/v1/users/find', query: { term: email, search_by_email: 1 } });
      const found = (parseAnswer(PdUserList, res.body, 'the user lookup').data ?? []).filter((u) => u.email?.toLowerCase() === email && u.active_flag !== false);
      return found[0]?.id ?? null;
    },
    refusesOwner: (err) => err instanceof AppError && err.kind === 'rejected' && err.status === 400,
    now: () => now().getTime(),
  });

  /** The token's own user: where an activity with neither deal nor person is looked for (it becomes its owner). */
  const me = () => once(tokenUser, 'me', async () => parseAnswer(PdUserAnswer, (await http.request({ method: 'GET', path: '/v1/users/me' })).body, 'the current user').data.id);

  /**
   * An activity carrying the key's marker, looked for where the write would put it: the deal's activities,
   * else the person's, else the owner's.
   */
  async function findByKey(type: 'call' | 'task', key: string, anchor: { deal: number | null; person: number | null; owner: number | null }): Promise<string | null> {
    const query: Record<string, number> = anchor.deal ? { deal_id: anchor.deal } : anchor.person ? { person_id: anchor.person } : { owner_id: anchor.owner ?? (await me()) ?? 0 };
    const activities = await listAll('/api/v2/activities', query, (b) => parseAnswer(PdActivityList, b, 'the activity list'));
    const found = activities.filter((a) => a.type === type && !a.is_deleted && hasMarker(a.note, key)).sort((a, b) => a.id - b.id)[0];
    return found ? String(found.id) : null;
  }

  async function create(body: Record<string, unknown>): Promise<string> {
    const res = await http.request({ method: 'POST', path: '/api/v2/activities', body });
    return String(parseAnswer(PdActivityAnswer, res.body, 'the new activity').data.id);
  }

  /**
   * Phone first: Pipedrive stores numbers as typed and its search matches part of a value as stored; its documentation
   * promises no normalising of phone formatting, so the number is searched in each of the forms people type (see
   * `phoneSearchTerms`; all of them, since two people may hold the number in two forms and a match is never a guess
   * between them), and each hit's numbers are checked again against the E.164 form. A miss on phone goes on to the
   * e-mail (exact match). Then, with `byDomain`, the e-mail's company domain: Pipedrive's non-exact search
   * matches parts of a value, so `@domain` finds every address there (and some longer domains, filtered out);
   * one person there is a match, several are ambiguous. Free-mail domains are never searched.
   */
  async function lookup(who: { phone?: string | null; email?: string | null }, byDomain: boolean): Promise<ContactMatch> {
    const email = who.email?.trim().toLowerCase() || null;
    const phone = phoneQuery(who.phone, region);
    if (phone) {
      const matches = new Map<number, PdPersonHit>();
      for (const term of phoneSearchTerms(phone)) {
        for (const p of await searchPersons(term, 'phone', false)) if ((p.phones ?? []).some((n) => storedPhoneMatches(n, phone))) matches.set(p.id, p);
      }
      if (matches.size) return decide([...matches.values()].map(toContact), email);
    }
    if (email) {
      const hits = await searchPersons(email, 'email', true);
      const match = decide(hits.filter((p) => (p.emails ?? []).some((e) => e.trim().toLowerCase() === email)).map(toContact), null);
      if (match.kind !== 'not_found' || !byDomain) return match;
    }
    const domain = byDomain ? companyDomain(email) : null;
    if (domain) {
      const hits = await searchPersons(`@${domain}`, 'email', false);
      const atDomain = hits.filter((p) => (p.emails ?? []).some((e) => e.trim().toLowerCase().endsWith(`@${domain}`))).map(toContact);
      if (atDomain.length === 1) return { kind: 'found', contact: atDomain[0]! };
      if (atDomain.length > 1) return { kind: 'ambiguous', candidates: atDomain };
    }
    return { kind: 'not_found' };
  }

  const { existing: createdBefore, remember } = createdRecords(cfg.searchSettleMs);

  return {
    kind: 'pipedrive',
    // Pipedrive allows a few dozen requests per 2 s per token; a sync makes about ten.
    jobsPerSecond: 3,

    /** `GET /v1/users/me`, the token's own user: a revoked or mistyped token answers 401 (PIPEDRIVE_AUTH). */
    async ping() {
      await http.checkCredentials();
    },

    /**
     * Phone first, then the exact e-mail, then the e-mail's company domain (see `lookup`).
     */
    async findContact(who) {
      return lookup(who, true);
    },

    /**
     * Pipedrive has no idempotency key or external id on persons, so "exactly once" rests on the contact
     * details themselves: a person with the phone or e-mail (the one this call created on an earlier try, or
     * one added since) is returned with created:false. Several such persons are refused (permanent,
     * PIPEDRIVE_CONTACT_AMBIGUOUS): never a guess between them, as findContact never guesses. Hence it needs a phone or
     * an e-mail; the company name is not linked (v2 takes only an `org_id`, and matching or creating organisations is
     * out of scope). The person search lags behind writes, so a retry that may follow a sent create (a lost answer, a
     * worker that died) searches again once `searchSettleMs` has passed before it creates (created-records.ts); this
     * instance remembers the person it made or found under the key.
     */
    async createContact(who, idempotencyKey, attempt = {}) {
      const name = who.name?.trim() || who.email?.trim() || who.phone?.trim() || '';
      const email = who.email?.trim().toLowerCase() || null;
      const phone = phoneQuery(who.phone, region);
      if (!email && !phone) {
        throw permanent(
          'PIPEDRIVE_CONTACT_UNIDENTIFIABLE',
          `Cannot create a Pipedrive person for key ${idempotencyKey} without a phone number or e-mail: a retry could not find it again, so it might be created twice. Add the person by hand.`,
        );
      }
      const found = await createdBefore('persons', idempotencyKey, attempt, async () => {
        const match = await lookup(who, false);
        if (match.kind !== 'ambiguous') return match.kind === 'found' ? match.contact.id : null;
        const ids = match.candidates.map((c) => c.id).sort((a, b) => Number(a) - Number(b));
        throw permanent(
          'PIPEDRIVE_CONTACT_AMBIGUOUS',
          `Pipedrive already has several persons with the customer's phone or e-mail (${ids.join(', ')}), so callscribe created none and did not guess between them. ` +
            `Merge them in Pipedrive, or name the person with the call (crm.contactId), then retry the call.`,
        );
      });
      if (found) return { id: found, created: false };
      const res = await http.request({ method: 'POST', path: '/api/v2/persons', body: newPerson(name, email, phone?.e164 ?? phone?.raw ?? null) });
      const id = String(parseAnswer(PdPersonAnswer, res.body, 'the new person').data.id);
      remember('persons', idempotencyKey, id);
      return { id, created: true };
    },

    /** Users are looked up in v1 (`/v1/users/find`): v2 has no users endpoint. An activity's owner is its v2 `owner_id` (v1's `user_id`). */
    async findOwner(email) {
      const id = await users.idFor(email);
      return id ? { id: String(id) } : null;
    },

    async getContact(contactId) {
      const person = await readPerson(contactId);
      if (!person) return null;
      let company: string | null = null;
      if (person.org_id) {
        const res = await http.request({ method: 'GET', path: `/api/v2/organizations/${person.org_id}`, accept: [404] });
        if (res.status !== 404) company = parseAnswer(PdOrganizationRead, res.body, `organization ${person.org_id}`).data.name ?? null;
      }
      return { id: String(person.id), name: person.name || null, email: primaryOf(person.emails), phone: primaryOf(person.phones), company, title: person.job_title || null };
    },

    /**
     * A PATCH of the person (v2 "Update a person"): a new e-mail or phone becomes the primary one, the others are kept;
     * `title` is `job_title`. A person's company is its organization, which is not re-linked from a call: that fix is
     * refused (permanent) for a person to make in Pipedrive.
     */
    async updateContactField(contactId, field, value) {
      const person = await readPerson(contactId);
      if (!person) throw permanent('PIPEDRIVE_PERSON_NOT_FOUND', `Pipedrive has no person ${contactId} (deleted or merged?), so its ${field} was not changed to ${value}.`);
      if (field === 'company') throw permanent('PIPEDRIVE_PERSON_COMPANY', `A Pipedrive person's company is its organization; link person ${contactId} to the organization ${value} in Pipedrive.`);
      const body =
        field === 'title'
          ? person.job_title === value ? null : { job_title: value }
          : primaryOf(person[field === 'email' ? 'emails' : 'phones']) === value ? null : { [field === 'email' ? 'emails' : 'phones']: withPrimary(person[field === 'email' ? 'emails' : 'phones'], value) };
      if (!body) return { changed: false };
      await http.request({ method: 'PATCH', path: `/api/v2/persons/${person.id}`, body });
      return { changed: true };
    },

    /**
     * Reads the activity, then PATCHes (v2) only the fields that differ (see taskActivityUpdate). A deleted activity
     * (`is_deleted`, or 404) is none.
     */
    async updateTask(taskId, change) {
      const id = toPipedriveId(taskId);
      const res = id ? await http.request({ method: 'GET', path: `/api/v2/activities/${id}`, accept: [404] }) : { status: 404, body: null };
      const activity = res.status === 404 ? null : parseAnswer(PdActivityAnswer, res.body, `activity ${taskId}`).data;
      if (!activity || activity.is_deleted) return null;
      return users.writing(change.ownerEmail, async (ownerId) => {
        const body = taskActivityUpdate(change, activity, ownerId);
        if (!Object.keys(body).length) return { changed: false };
        const patched = await http.request({ method: 'PATCH', path: `/api/v2/activities/${activity.id}`, body, accept: [404] });
        return patched.status === 404 ? null : { changed: true };
      });
    },

    async getDeal(dealId) {
      const id = toPipedriveId(dealId);
      const deal = id ? await readDeal(id) : null;
      return deal ? toDeal(deal, await dealStage(deal)) : null;
    },

    async findOpenDeals(contactId) {
      const person = toPipedriveId(contactId);
      if (!person) return [];
      const deals = await listAll('/api/v2/deals', { person_id: person, status: 'open', sort_by: 'add_time', sort_direction: 'desc' }, (b) => parseAnswer(PdDealList, b, 'the deal list'));
      const result: CrmDeal[] = [];
      for (const d of deals.filter((x) => x.status === 'open' && !x.is_deleted).sort(newestFirst)) result.push(toDeal(d, await dealStage(d)));
      return result;
    },

    logCall(input) {
      return users.writing(input.ownerEmail, async (owner) => {
        const ids = { person: toPipedriveId(input.contactId), deal: toPipedriveId(input.dealId), owner };
        const existing = await findByKey('call', input.idempotencyKey, ids);
        if (existing) return { id: existing, created: false };
        return { id: await create(callActivity(input, ids, now())), created: true };
      });
    },

    /**
     * Reads the activity for its note (the key marker and facts stay, see callActivityUpdate), then PATCHes subject
     * and note. Deleted activities (`is_deleted`, or 404) and task activities are not call logs it can correct.
     */
    async updateCallLog(id, input) {
      const activityId = toPipedriveId(id);
      const res = activityId ? await http.request({ method: 'GET', path: `/api/v2/activities/${activityId}`, accept: [404] }) : { status: 404, body: null };
      const activity = res.status === 404 ? null : parseAnswer(PdActivityAnswer, res.body, `activity ${id}`).data;
      const patched =
        activity && !activity.is_deleted && activity.type === 'call'
          ? await http.request({ method: 'PATCH', path: `/api/v2/activities/${activity.id}`, body: callActivityUpdate(input, activity.note), accept: [404] })
          : { status: 404 };
      if (patched.status === 404) {
        throw permanent(
          'PIPEDRIVE_CALL_LOG_NOT_FOUND',
          `Pipedrive has no call activity ${id} (deleted, or not a call?), so the corrected summary was not written. Add it to the call's note in Pipedrive by hand.`,
        );
      }
    },

    createTask(input) {
      return users.writing(input.ownerEmail, async (owner) => {
        const ids = { person: toPipedriveId(input.contactId), deal: toPipedriveId(input.dealId), owner };
        const existing = await findByKey('task', input.idempotencyKey, ids);
        if (existing) return { id: existing, created: false };
        return { id: await create(taskActivity(input, ids)), created: true };
      });
    },

    /** A deal's `value` (a number, in its currency) or `expected_close_date`, by a PATCH of the deal (v2). */
    async updateDealField(dealId, field, value) {
      const change = dealFieldValue(dealId, field, value);
      const id = toPipedriveId(dealId);
      const deal = id ? await readDeal(id) : null;
      if (!deal) throw permanent('PIPEDRIVE_DEAL_NOT_FOUND', `Pipedrive has no deal ${dealId} (deleted or merged?), so its ${field} was not set to ${value}.`);
      if (holdsValue(change, { amount: deal.value ?? null, closeDate: deal.expected_close_date ?? null })) return { changed: false };
      const body = change.field === 'amount' ? { value: change.value } : { expected_close_date: change.value };
      await http.request({ method: 'PATCH', path: `/api/v2/deals/${deal.id}`, body });
      return { changed: true };
    },

    /** Setting a stage or status is idempotent by nature (a replay finds the deal already there), so the key is not stored. */
    async updateDealStage(dealId, stage) {
      const id = toPipedriveId(dealId);
      const deal = id ? await readDeal(id) : null;
      if (!deal) throw refusedChange('PIPEDRIVE_DEAL_NOT_FOUND', `Pipedrive has no deal ${dealId} (deleted or merged?), so its stage was not set to ${stage}.`);
      if (stage === 'closedwon' || stage === 'closedlost') {
        const status = stage === 'closedwon' ? 'won' : 'lost';
        if (deal.status === status) return { changed: false };
        await http.request({ method: 'PATCH', path: `/api/v2/deals/${deal.id}`, body: { status } });
        return { changed: true };
      }
      if (deal.status !== 'open') {
        throw refusedChange('PIPEDRIVE_DEAL_CLOSED', `Pipedrive deal ${deal.id} is ${deal.status}; callscribe does not reopen it to move it to ${stage}. Reopen it in Pipedrive if the call says so.`);
      }
      const pipelineId = deal.pipeline_id ?? 0;
      const target = stageIdFor(pipelineId, stage, await stagesOf(pipelineId), cfg.stageMap) ?? stageIdFor(pipelineId, stage, await stagesOf(pipelineId, true), cfg.stageMap);
      if (!target) {
        throw refusedChange(
          'PIPEDRIVE_STAGE_UNKNOWN',
          `Stage "${stage}" has no match in Pipedrive pipeline ${pipelineId} of deal ${deal.id}; its stages are ${describeStages(pipelineId, await stagesOf(pipelineId))}. ` +
            `Map one of them to "${stage}" in CRM_STAGE_MAP (Pipedrive stage ids), or move the deal by hand.`,
        );
      }
      if (deal.stage_id === target) return { changed: false };
      await http.request({ method: 'PATCH', path: `/api/v2/deals/${deal.id}`, body: { stage_id: target } });
      return { changed: true };
    },
  };
}
