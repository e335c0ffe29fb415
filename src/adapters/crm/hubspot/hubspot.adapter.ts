import { companyDomain } from '../../../domain/email-domain.ts';
import { AppError, permanent, refusedChange, toAppError } from '../../../errors/app-error.ts';
import type { CrmAdapter, CrmDeal, DealStage } from '../../../ports/crm.ts';
import { createHubSpotClient, type HubSpotClient } from './hubspot.client.ts';
import { parseHubSpotConfig, type HubSpotCrmConfig } from './hubspot.config.ts';
import { conflictingContactId, contactLookups } from './hubspot.contacts.ts';
import { decide } from '../contact-match.ts';
import { createdRecords } from '../created-records.ts';
import { keyPropertyCheck, type KeyedType } from './hubspot.key-property.ts';
import {
  ASSOCIATION,
  DEAL_PROPERTIES,
  KEY_PROPERTY,
  callProperties,
  callUpdateProperties,
  contactProperties,
  describeStages,
  isHubSpotId,
  newestFirst,
  stageIdFor,
  stageKeyOf,
  taskProperties,
  taskUpdateProperties,
  TASK_UPDATE_PROPERTIES,
  CONTACT_PROPERTIES,
  CONTACT_FIELD_PROPERTY,
  closeDateOf,
  dateTimestamp,
  toContact,
  toDeal,
} from './hubspot.mapper.ts';
import { phoneQuery } from '../../../domain/phone.ts';
import { HsAssociationBatch, HsAssociationPage, HsBatchRead, HsObject, HsOwners, HsPipelines, HsSearchPage, parseAnswer, type HsPipeline } from './hubspot.schemas.ts';
import { amountOf, dealFieldValue, holdsValue } from '../deal-field.ts';
import { ownerDirectory } from '../owner-directory.ts';

export { HubSpotCrmConfig } from './hubspot.config.ts';

/**
 * CrmAdapter on HubSpot's CRM v3/v4 APIs (api-contracts.md §1). Exactly-once writes: HubSpot has no
 * idempotency header, so calls and tasks carry the key in the custom property `callscribe_key`, and each write
 * first searches for it; the key lives in HubSpot, so a new process or adapter instance finds it too, once the search
 * index has it (a retry that may follow a sent create waits for that: created-records.ts).
 * Stage keys are the default pipeline's stage ids; other pipelines are matched by label or `stageMap`.
 */
export function createHubSpotCrm(config: HubSpotCrmConfig): CrmAdapter {
  const cfg = parseHubSpotConfig(config);
  const http: HubSpotClient = createHubSpotClient({ ...cfg, fetch: cfg.fetch ?? globalThis.fetch, readRetry: { tries: cfg.readTries, sleep: cfg.sleep, onRetry: cfg.onReadRetry } });
  const now = () => cfg.clock?.() ?? new Date();
  const region = cfg.defaultPhoneRegion;

  let pipelines: Promise<HsPipeline[]> | null = null;
  const ensureKeyProperty = keyPropertyCheck(http, cfg.createKeyProperty);

  async function search(type: string, body: Record<string, unknown>) {
    const res = await http.request({ method: 'POST', path: `/crm/v3/objects/${type}/search`, body, reads: true });
    return parseAnswer(HsSearchPage, res.body, `the ${type} search`);
  }

  const loadPipelines = (): Promise<HsPipeline[]> => {
    const p = http.request({ method: 'GET', path: '/crm/v3/pipelines/deals' }).then((res) => parseAnswer(HsPipelines, res.body, 'the deal pipelines').results);
    p.catch(() => {
      if (pipelines === p) pipelines = null;
    });
    return (pipelines = p);
  };

  /**
   * The deal's pipeline, from a per-instance cache; `fresh` reloads it, for a pipeline or stage added since
   * (a missing pipeline reloads on its own).
   */
  async function pipelineOf(pipelineId: string | null | undefined, fresh = false): Promise<HsPipeline> {
    const id = pipelineId || 'default';
    const cached = fresh ? undefined : (await (pipelines ?? loadPipelines())).find((p) => p.id === id);
    const found = cached ?? (await loadPipelines()).find((p) => p.id === id);
    if (!found) throw permanent('HUBSPOT_PIPELINE_UNKNOWN', `HubSpot has no deal pipeline "${id}", yet a deal points at it; check the deal in HubSpot.`);
    return found;
  }

  /**
   * The deal's stage key; a stage that maps to none (another pipeline's own, or a pipeline archived since) is named
   * instead, so the deal can still be chosen: moving it is refused when it is tried (`updateDealStage`).
   */
  async function dealStage(deal: HsObject): Promise<DealStage> {
    const stageId = deal.properties.dealstage ?? '';
    let pipeline: HsPipeline;
    try {
      pipeline = await pipelineOf(deal.properties.pipeline);
      if (!pipeline.stages.some((s) => s.id === stageId)) pipeline = await pipelineOf(deal.properties.pipeline, true);
    } catch (thrown) {
      if (toAppError(thrown).code !== 'HUBSPOT_PIPELINE_UNKNOWN') throw thrown;
      return { stage: null, unmappedStage: `stage ${stageId} of pipeline ${deal.properties.pipeline ?? 'default'}, which HubSpot no longer lists` };
    }
    const key = stageKeyOf(pipeline, stageId, cfg.stageMap);
    if (key) return { stage: key };
    const label = pipeline.stages.find((s) => s.id === stageId)?.label;
    return { stage: null, unmappedStage: `${label ? `"${label}" (${stageId})` : stageId} of pipeline "${pipeline.label}"` };
  }

  async function associatedIds(from: string, id: string, to: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page++) {
      const res = await http.request({ method: 'GET', path: `/crm/v4/objects/${from}/${id}/associations/${to}`, query: { limit: 500, after } });
      const body = parseAnswer(HsAssociationPage, res.body, `the ${from} → ${to} associations`);
      ids.push(...body.results.map((r) => r.toObjectId));
      after = body.paging?.next?.after;
      if (!after) break;
    }
    return [...new Set(ids)];
  }

  const { existing, remember } = createdRecords(cfg.searchSettleMs);

  async function findByKey(type: KeyedType, key: string): Promise<string | null> {
    await ensureKeyProperty(type);
    const page = await search(type, {
      filterGroups: [{ filters: [{ propertyName: KEY_PROPERTY, operator: 'EQ', value: key }] }],
      properties: [KEY_PROPERTY],
      sorts: [{ propertyName: 'hs_createdate', direction: 'ASCENDING' }],
      limit: 1,
    });
    return page.results[0]?.id ?? null;
  }

  // HubSpot refuses an owner that is no longer active with a 400 (INVALID_OWNER_ID); the directory confirms it by looking the owner up again.
  const owners = ownerDirectory<string>({
    lookup: async (email) => {
      const res = await http.request({ method: 'GET', path: '/crm/v3/owners', query: { email, limit: 1, archived: 'false' } });
      return parseAnswer(HsOwners, res.body, 'the owner lookup').results.find((o) => o.email?.toLowerCase() === email)?.id ?? null;
    },
    refusesOwner: (err) => err instanceof AppError && err.kind === 'rejected' && err.status === 400,
    now: () => now().getTime(),
  });

  const associations = (pairs: [string | null, number][]) =>
    pairs.filter(([id]) => isHubSpotId(id)).map(([id, typeId]) => ({ to: { id }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: typeId }] }));

  async function create(type: KeyedType, key: string, properties: Record<string, string>, assoc: ReturnType<typeof associations>) {
    const res = await http.request({ method: 'POST', path: `/crm/v3/objects/${type}`, body: { properties, associations: assoc }, creates: true });
    const id = parseAnswer(HsObject, res.body, `the new ${type.slice(0, -1)}`).id;
    remember(type, key, id);
    return id;
  }

  const contacts = contactLookups(search);

  /** The contact a 409 to a contact's create names (see conflictingContactId). */
  function existingContact(body: unknown, email: string | null): string {
    const id = conflictingContactId(body);
    if (id) return id;
    // The e-mail is taken, but HubSpot did not say by whom: search finds the contact once its index has it.
    throw new AppError('HUBSPOT_CONTACT_CONFLICT', `HubSpot says a contact with the e-mail ${email ?? '(none)'} already exists but names none; the retry looks for it by e-mail.`, {
      retryable: true,
      retryAfterMs: cfg.searchSettleMs,
      status: 409,
      kind: 'unavailable',
    });
  }

  async function readContact(contactId: string): Promise<HsObject | null> {
    if (!isHubSpotId(contactId)) return null;
    const res = await http.request({ method: 'GET', path: `/crm/v3/objects/contacts/${contactId}`, query: { properties: CONTACT_PROPERTIES.join(',') }, accept: [404] });
    return res.status === 404 ? null : parseAnswer(HsObject, res.body, `contact ${contactId}`);
  }

  return {
    kind: 'hubspot',
    // A sync makes about ten requests (four of them searches, limited to five a second per account).
    jobsPerSecond: 1,

    async ping() {
      await http.checkCredentials();
    },

    async findContact(who) {
      const email = who.email?.trim().toLowerCase() || null;
      const phone = phoneQuery(who.phone, region);
      if (phone) {
        const matches = await contacts.byPhone(phone);
        if (matches.length) return decide(matches.map(toContact), email);
      }
      if (email) {
        const matches = await contacts.byEmail(email);
        if (matches.length) return decide(matches.map(toContact), null);
      }
      // Free-mail domains (gmail.com …) say nothing about the company: companyDomain is null for them.
      const domain = companyDomain(email);
      if (domain) {
        const matches = (await contacts.atDomain(domain)).map(toContact);
        if (matches.length === 1) return { kind: 'found', contact: matches[0]! };
        if (matches.length > 1) return { kind: 'ambiguous', candidates: matches };
      }
      return { kind: 'not_found' };
    },

    /**
     * Exactly once per customer without a stored key: contacts have no `callscribe_key`, so an earlier attempt's
     * contact is found by its phone or e-mail (which this method always writes) before creating one. A lost answer
     * to the create asks the retry to wait for search, like calls and tasks, and a retry that may follow a sent create
     * searches again once search has caught up (created-records.ts). The key names the attempt (this instance
     * remembers the contact it made under it); a customer with neither phone nor e-mail cannot be created safely and
     * is refused. Several contacts with the phone (unless the e-mail picks one) or the e-mail are refused (permanent,
     * HUBSPOT_CONTACT_AMBIGUOUS): never a guess between them, as findContact never guesses. HubSpot itself refuses a
     * second contact with an e-mail (409, naming the contact that has it, also when search has not caught up): that
     * contact is the answer.
     */
    async createContact(who, idempotencyKey, attempt = {}) {
      const email = who.email?.trim().toLowerCase() || null;
      const phone = phoneQuery(who.phone, region);
      if (!phone && !email) {
        throw permanent(
          'HUBSPOT_CONTACT_UNIDENTIFIABLE',
          'Cannot create a HubSpot contact for a customer with neither a phone number nor an e-mail: a retry could not find it again and would create a duplicate. Add the contact by hand.',
        );
      }
      const found = await existing('contacts', idempotencyKey, attempt, async () => {
        const byPhone = phone ? await contacts.byPhone(phone) : [];
        const matches = byPhone.length ? byPhone : email ? await contacts.byEmail(email) : [];
        const match = decide(matches.map(toContact), byPhone.length ? email : null);
        if (match.kind !== 'ambiguous') return match.kind === 'found' ? match.contact.id : null;
        const ids = match.candidates.map((c) => c.id).sort((a, b) => a.length - b.length || a.localeCompare(b));
        throw permanent(
          'HUBSPOT_CONTACT_AMBIGUOUS',
          `HubSpot already has several contacts with the customer's phone or e-mail (${ids.join(', ')}), so callscribe created none and did not guess between them. ` +
            `Merge them in HubSpot, or name the contact with the call (crm.contactId), then retry the call.`,
        );
      });
      if (found) return { id: found, created: false };
      const res = await http.request({ method: 'POST', path: '/crm/v3/objects/contacts', body: { properties: contactProperties(who, phone, email) }, creates: true, accept: [409] });
      const id = res.status === 409 ? existingContact(res.body, email) : parseAnswer(HsObject, res.body, 'the new contact').id;
      remember('contacts', idempotencyKey, id);
      return { id, created: res.status !== 409 };
    },

    async findOwner(email) {
      const id = await owners.idFor(email);
      return id ? { id } : null;
    },

    async getContact(contactId) {
      const contact = await readContact(contactId);
      return contact && toContact(contact);
    },

    async updateContactField(contactId, field, value) {
      const contact = await readContact(contactId);
      if (!contact) throw permanent('HUBSPOT_CONTACT_NOT_FOUND', `HubSpot has no contact ${contactId} (deleted or merged?), so its ${field} was not changed to ${value}.`);
      const property = CONTACT_FIELD_PROPERTY[field];
      if ((contact.properties[property] ?? '') === value) return { changed: false };
      const res = await http.request({ method: 'PATCH', path: `/crm/v3/objects/contacts/${contactId}`, body: { properties: { [property]: value } }, accept: field === 'email' ? [409] : [] });
      if (res.status === 409) {
        const other = conflictingContactId(res.body);
        throw permanent(
          'HUBSPOT_EMAIL_TAKEN',
          `HubSpot contact ${other ?? '(not named by HubSpot)'} already has the e-mail ${value} (as its e-mail or an additional one), and HubSpot gives an address to one contact only, ` +
            `so contact ${contactId}'s e-mail was not changed. If they are the same person, merge the two contacts in HubSpot; otherwise reject this fix.`,
        );
      }
      return { changed: true };
    },

    /** Reads the task, then PATCHes only the properties that differ (see taskUpdateProperties); the key property is untouched. */
    async updateTask(taskId, change) {
      const res = isHubSpotId(taskId)
        ? await http.request({ method: 'GET', path: `/crm/v3/objects/tasks/${taskId}`, query: { properties: TASK_UPDATE_PROPERTIES.join(',') }, accept: [404] })
        : { status: 404, body: null };
      if (res.status === 404) return null;
      const task = parseAnswer(HsObject, res.body, `task ${taskId}`);
      return owners.writing(change.ownerEmail, async (ownerId) => {
        const properties = taskUpdateProperties(change, task.properties, ownerId);
        if (!Object.keys(properties).length) return { changed: false };
        const patched = await http.request({ method: 'PATCH', path: `/crm/v3/objects/tasks/${taskId}`, body: { properties }, accept: [404] });
        return patched.status === 404 ? null : { changed: true };
      });
    },

    async getDeal(dealId) {
      if (!isHubSpotId(dealId)) return null;
      const res = await http.request({ method: 'GET', path: `/crm/v3/objects/deals/${dealId}`, query: { properties: DEAL_PROPERTIES.join(',') }, accept: [404] });
      if (res.status === 404) return null;
      const deal = parseAnswer(HsObject, res.body, `deal ${dealId}`);
      return toDeal(deal, await dealStage(deal), await associatedIds('deals', deal.id, 'contacts'));
    },

    /** `amount` is written as text in the deal's currency; `closedate` as noon UTC of the day (see closeDateOf). */
    async updateDealField(dealId, field, value) {
      const change = dealFieldValue(dealId, field, value);
      const res = isHubSpotId(dealId)
        ? await http.request({ method: 'GET', path: `/crm/v3/objects/deals/${dealId}`, query: { properties: 'amount,closedate' }, accept: [404] })
        : { status: 404, body: null };
      if (res.status === 404) throw permanent('HUBSPOT_DEAL_NOT_FOUND', `HubSpot has no deal ${dealId} (deleted or merged?), so its ${field} was not set to ${value}.`);
      const { properties: p } = parseAnswer(HsObject, res.body, `deal ${dealId}`);
      if (holdsValue(change, { amount: amountOf(p.amount), closeDate: closeDateOf(p.closedate) })) return { changed: false };
      const properties = change.field === 'amount' ? { amount: String(change.value) } : { closedate: dateTimestamp(change.value) };
      await http.request({ method: 'PATCH', path: `/crm/v3/objects/deals/${dealId}`, body: { properties } });
      return { changed: true };
    },

    async findOpenDeals(contactId) {
      if (!isHubSpotId(contactId)) return [];
      const ids = await associatedIds('contacts', contactId, 'deals');
      const deals: HsObject[] = [];
      for (let i = 0; i < ids.length; i += 100) {
        const res = await http.request({
          method: 'POST',
          path: '/crm/v3/objects/deals/batch/read',
          body: { inputs: ids.slice(i, i + 100).map((id) => ({ id })), properties: DEAL_PROPERTIES },
          reads: true,
        });
        deals.push(...parseAnswer(HsBatchRead, res.body, 'the deals batch read').results);
      }
      const open = deals.filter((d) => d.properties.hs_is_closed !== 'true').sort(newestFirst);
      const contacts = new Map<string, string[]>();
      for (let i = 0; i < open.length; i += 100) {
        const res = await http.request({
          method: 'POST',
          path: '/crm/v4/associations/deals/contacts/batch/read',
          body: { inputs: open.slice(i, i + 100).map((d) => ({ id: d.id })) },
          reads: true,
        });
        for (const r of parseAnswer(HsAssociationBatch, res.body, 'the deal → contact associations').results) contacts.set(r.from.id, r.to.map((t) => t.toObjectId));
      }
      const result: CrmDeal[] = [];
      for (const d of open) result.push(toDeal(d, await dealStage(d), contacts.get(d.id) ?? [contactId]));
      return result;
    },

    async logCall(input) {
      const found = await existing('calls', input.idempotencyKey, input, () => findByKey('calls', input.idempotencyKey));
      if (found) return { id: found, created: false };
      const assoc = associations([
        [input.contactId, ASSOCIATION.callToContact],
        [input.dealId, ASSOCIATION.callToDeal],
      ]);
      return { id: await owners.writing(input.ownerEmail, (ownerId) => create('calls', input.idempotencyKey, callProperties(input, ownerId, now()), assoc)), created: true };
    },

    /** A PATCH sets the same properties every time, so a replay changes nothing; the call's key property is untouched. */
    async updateCallLog(id, input) {
      const res = isHubSpotId(id) ? await http.request({ method: 'PATCH', path: `/crm/v3/objects/calls/${id}`, body: { properties: callUpdateProperties(input) }, accept: [404] }) : { status: 404 };
      if (res.status === 404) {
        throw permanent(
          'HUBSPOT_CALL_LOG_NOT_FOUND',
          `HubSpot has no call ${id} (deleted or merged there?), so the corrected summary was not written. Add it to the call's record in HubSpot by hand.`,
        );
      }
    },

    async createTask(input) {
      const found = await existing('tasks', input.idempotencyKey, input, () => findByKey('tasks', input.idempotencyKey));
      if (found) return { id: found, created: false };
      const assoc = associations([
        [input.contactId, ASSOCIATION.taskToContact],
        [input.dealId, ASSOCIATION.taskToDeal],
      ]);
      return { id: await owners.writing(input.ownerEmail, (ownerId) => create('tasks', input.idempotencyKey, taskProperties(input, ownerId, now()), assoc)), created: true };
    },

    /** Setting a stage is idempotent by nature (a replay finds the deal already there), so the key is not stored. */
    async updateDealStage(dealId, stage) {
      const res = isHubSpotId(dealId)
        ? await http.request({ method: 'GET', path: `/crm/v3/objects/deals/${dealId}`, query: { properties: 'dealstage,pipeline' }, accept: [404] })
        : { status: 404, body: null };
      if (res.status === 404) throw refusedChange('HUBSPOT_DEAL_NOT_FOUND', `HubSpot has no deal ${dealId} (deleted or merged?), so its stage was not set to ${stage}.`);
      const deal = parseAnswer(HsObject, res.body, `deal ${dealId}`);
      let pipeline = await pipelineOf(deal.properties.pipeline);
      let target = stageIdFor(pipeline, stage, cfg.stageMap);
      if (!target) {
        pipeline = await pipelineOf(deal.properties.pipeline, true);
        target = stageIdFor(pipeline, stage, cfg.stageMap);
      }
      if (!target) {
        throw refusedChange(
          'HUBSPOT_STAGE_UNKNOWN',
          `Stage "${stage}" does not exist in HubSpot pipeline "${pipeline.label}" (${pipeline.id}) of deal ${dealId}; its stages are ${describeStages(pipeline)}. ` +
            `Map one of them to "${stage}" in CRM_STAGE_MAP (HubSpot stage ids), or move the deal by hand.`,
        );
      }
      if (deal.properties.dealstage === target) return { changed: false };
      await http.request({ method: 'PATCH', path: `/crm/v3/objects/deals/${dealId}`, body: { properties: { dealstage: target } } });
      return { changed: true };
    },
  };
}
