import { join } from 'node:path';
import { companyDomain } from '../../../domain/email-domain.ts';
import { permanent } from '../../../errors/app-error.ts';
import type { CrmAdapter, CrmContact, CrmDeal } from '../../../ports/crm.ts';
import { dealFieldValue, holdsValue } from '../deal-field.ts';
import { createLocalCrmStore, type LocalCrmData, type LocalCrmSeed } from './local-crm.store.ts';

export interface LocalCrmConfig {
  dataDir: string;
  /** Contacts and deals to start from when the CRM file does not exist yet. */
  seed?: LocalCrmSeed;
  clock?: () => Date;
}

export interface LocalCrm extends CrmAdapter {
  /** Everything the CRM holds (for the demo's report and for tests). */
  snapshot(): Promise<LocalCrmData>;
}

/** A CRM kept in `DATA_DIR/crm/local-crm.json`: contacts, deals, call logs, tasks and stage changes. */
export function createLocalCrm(config: LocalCrmConfig): LocalCrm {
  const store = createLocalCrmStore(join(config.dataDir, 'crm', 'local-crm.json'), config.seed ?? { contacts: [], deals: [] });
  const now = () => (config.clock?.() ?? new Date()).toISOString();
  const nextId = (prefix: string, taken: { id: string }[]) => `${prefix}-${String(taken.length + 1).padStart(4, '0')}`;
  const toDeal = (d: LocalCrmData['deals'][number]): CrmDeal => ({
    id: d.id, name: d.name, stage: d.stage, contactIds: d.contactIds, open: d.open, updatedAt: d.updatedAt, amount: d.amount, currency: d.currency, closeDate: d.closeDate,
  });
  const toContact = ({ createdBy: _, ...c }: LocalCrmData['contacts'][number]): CrmContact => c;

  return {
    kind: 'local',
    snapshot: () => store.read(),

    async findContact(who) {
      const data = await store.read();
      const phone = digits(who.phone);
      const email = who.email?.trim().toLowerCase();
      const domain = companyDomain(email);
      const byPhone = phone ? data.contacts.filter((c) => digits(c.phone) === phone) : [];
      const byEmail = email ? data.contacts.filter((c) => c.email?.toLowerCase() === email) : [];
      const byDomain = domain ? data.contacts.filter((c) => companyDomain(c.email) === domain) : [];
      const matches = byPhone.length ? byPhone : byEmail.length ? byEmail : byDomain;
      if (matches.length === 1) return { kind: 'found', contact: toContact(matches[0]!) };
      if (matches.length > 1) return { kind: 'ambiguous', candidates: matches.map(toContact) };
      return { kind: 'not_found' };
    },

    createContact(who, idempotencyKey) {
      return store.update((data) => {
        const existing = data.contacts.find((c) => c.createdBy === idempotencyKey);
        if (existing) return { id: existing.id, created: false };
        const id = nextId('contact', data.contacts);
        data.contacts.push({ id, name: who.name ?? null, email: who.email ?? null, phone: who.phone ?? null, company: who.company ?? null, title: null, createdBy: idempotencyKey });
        return { id, created: true };
      });
    },

    async getDeal(dealId) {
      const deal = (await store.read()).deals.find((d) => d.id === dealId);
      return deal ? toDeal(deal) : null;
    },

    async getContact(contactId) {
      const contact = (await store.read()).contacts.find((c) => c.id === contactId);
      return contact ? toContact(contact) : null;
    },

    updateContactField(contactId, field, value, idempotencyKey) {
      return store.update((data) => {
        const contact = data.contacts.find((c) => c.id === contactId);
        if (!contact) throw permanent('CRM_LOCAL_CONTACT_NOT_FOUND', `The local CRM (${store.path}) has no contact ${contactId}, so its ${field} was not changed.`);
        if (data.fieldChanges.some((f) => f.idempotencyKey === idempotencyKey) || contact[field] === value) return { changed: false };
        data.fieldChanges.push({ id: nextId('change', data.fieldChanges), idempotencyKey, createdAt: now(), recordId: contactId, field, from: contact[field], to: value });
        contact[field] = value;
        return { changed: true };
      });
    },

    async updateDealField(dealId, field, value, idempotencyKey) {
      const change = dealFieldValue(dealId, field, value);
      return store.update((data) => {
        const deal = data.deals.find((d) => d.id === dealId);
        if (!deal) throw permanent('CRM_LOCAL_DEAL_NOT_FOUND', `The local CRM (${store.path}) has no deal ${dealId}, so its ${field} was not changed.`);
        if (data.fieldChanges.some((f) => f.idempotencyKey === idempotencyKey) || holdsValue(change, deal)) return { changed: false };
        data.fieldChanges.push({ id: nextId('change', data.fieldChanges), idempotencyKey, createdAt: now(), recordId: dealId, field, from: deal[field] === null ? null : String(deal[field]), to: value });
        if (change.field === 'amount') deal.amount = change.value;
        else deal.closeDate = change.value;
        deal.updatedAt = now();
        return { changed: true };
      });
    },

    /** Each field it changes is a field change (`subject`, `owner`, `dueDate`, `ownerEmail`) keyed `<key>:<field>`. */
    updateTask(taskId, change, idempotencyKey) {
      return store.update((data) => {
        const task = data.tasks.find((t) => t.id === taskId);
        if (!task) return null;
        const wanted = { subject: change.subject, owner: change.owner, dueDate: change.dueDate, ownerEmail: change.ownerEmail };
        let changed = false;
        for (const [field, to] of Object.entries(wanted) as [keyof typeof wanted, string | undefined][]) {
          if (to === undefined || task[field] === to) continue;
          data.fieldChanges.push({ id: nextId('change', data.fieldChanges), idempotencyKey: `${idempotencyKey}:${field}`, createdAt: now(), recordId: taskId, field, from: task[field], to });
          task[field] = to;
          changed = true;
        }
        if (changed) task.updatedAt = now();
        return { changed };
      });
    },

    async findOpenDeals(contactId) {
      const deals = (await store.read()).deals.filter((d) => d.open && d.contactIds.includes(contactId));
      return deals.reverse().map(toDeal);
    },

    logCall(input) {
      return store.update((data) => {
        const existing = data.callLogs.find((c) => c.idempotencyKey === input.idempotencyKey);
        if (existing) return { id: existing.id, created: false };
        const id = nextId('call', data.callLogs);
        data.callLogs.push({ id, createdAt: now(), updatedAt: null, ...input });
        return { id, created: true };
      });
    },

    updateCallLog(id, input) {
      return store.update((data) => {
        const log = data.callLogs.find((c) => c.id === id);
        if (!log) {
          throw permanent(
            'CRM_LOCAL_CALL_LOG_NOT_FOUND',
            `The local CRM (${store.path}) has no call log ${id}, so the corrected summary was not written. The file may have been replaced by an older copy or edited by hand; restore the log there or add the summary by hand.`,
          );
        }
        if (log.title === input.title && log.body === input.body) return;
        Object.assign(log, { title: input.title, body: input.body, updatedAt: now() });
      });
    },

    createTask(input) {
      return store.update((data) => {
        const existing = data.tasks.find((t) => t.idempotencyKey === input.idempotencyKey);
        if (existing) return { id: existing.id, created: false };
        const id = nextId('task', data.tasks);
        data.tasks.push({ id, createdAt: now(), status: 'open', updatedAt: null, ...input });
        return { id, created: true };
      });
    },

    updateDealStage(dealId, stage, idempotencyKey) {
      return store.update((data) => {
        const deal = data.deals.find((d) => d.id === dealId);
        if (!deal || data.stageChanges.some((s) => s.idempotencyKey === idempotencyKey) || deal.stage === stage) {
          return { changed: false };
        }
        data.stageChanges.push({ id: nextId('stage', data.stageChanges), idempotencyKey, createdAt: now(), dealId, from: deal.stage, to: stage });
        deal.stage = stage;
        deal.open = stage !== 'closedwon' && stage !== 'closedlost';
        deal.updatedAt = now();
        return { changed: true };
      });
    },
  };
}

function digits(phone: string | null | undefined): string | null {
  const d = phone?.replace(/\D/g, '') ?? '';
  return d.length >= 7 ? d : null;
}
