import { createHash } from 'node:crypto';
import type { Call } from '../domain/call.ts';
import { contactClaims, samePhone } from '../domain/contact-claims.ts';
import type { CrmRecord } from '../domain/crm-record.ts';
import { dealClaims } from '../domain/deal-claims.ts';
import { FIELD_LABEL, FINDING_NOTED, isDealField, type ContactField, type FindingField } from '../domain/hygiene.ts';
import { currencyFits, formatAmount, sameAmount } from '../domain/money.ts';
import type { ActionItem, Evidence, Insights } from '../domain/insights.ts';
import { redact } from '../domain/redact.ts';
import { normalizeText } from '../domain/text.ts';
import type { Transcript } from '../domain/transcript.ts';
import type { CrmAdapter, CrmContact, CrmDeal } from '../ports/crm.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import type { DecisionBook } from './review-decisions.ts';

/**
 * Hygiene findings (`crm_hygiene` decisions, see domain/hygiene.ts): what sync notices about the CRM's records while
 * it writes a call, each with its evidence and a proposed fix a person approves. They never hold the call, and only
 * an approved fix writes anything (applyFindings), once.
 */

export const DUPLICATE_CONTACTS_ID = 'hygiene-duplicate-contacts';
export const DUPLICATE_DEALS_ID = 'hygiene-duplicate-deals';
export const STALE_DEAL_ID = 'hygiene-stale-deal';
export const fieldFindingId = (field: FindingField) => `hygiene-${field}`;
export const dueDateFindingId = (taskKey: string) => `hygiene-due-${taskKey.split(':').pop()}`;

const OWNER_WORDS: Record<ActionItem['owner'], string> = { rep: 'the rep', customer: 'the customer', unknown: 'not said' };
const describe = (c: CrmContact) => [c.name, c.email, c.phone, c.company].filter(Boolean).join(' · ') || c.id;

/** Several contacts share the customer's phone or e-mail: they are probably one person, to merge in the CRM. */
export function raiseDuplicateContacts(book: DecisionBook, candidates: readonly CrmContact[]): void {
  book.raise({
    id: DUPLICATE_CONTACTS_ID,
    kind: 'crm_hygiene',
    proposed: FINDING_NOTED,
    options: candidates.map((c) => ({ value: c.id, label: describe(c), url: null })),
    finding: { type: 'duplicate_contacts', record: null, field: null, crmValue: null, callValue: null },
    reason: `DUPLICATE_CONTACTS: ${candidates.length} CRM contacts share the customer's phone or e-mail (${candidates.map((c) => c.id).join(', ')}). Merge them in the CRM so later calls match one contact.`,
  });
}

/**
 * Duplicates of a contact named with the call (meta) or created for it are not met while matching: on the call's
 * first sync, the customer's phone or e-mail is looked up once, and several contacts are a finding. The same goes
 * for the deals of a deal named with the call: several open deals of the contact's own are a finding.
 */
export async function checkNamedRecords(call: Call, record: CrmRecord, book: DecisionBook, ports: PipelinePorts): Promise<void> {
  if (record.syncedAt || !record.contact) return;
  const customer = call.meta.customer;
  if (record.contact.matchedBy === 'meta' && (customer?.phone || customer?.email) && !book.get(DUPLICATE_CONTACTS_ID)) {
    const match = await ports.crm.findContact(customer);
    if (match.kind === 'ambiguous' && match.candidates.some((c) => c.id === record.contact!.id)) raiseDuplicateContacts(book, match.candidates);
  }
  if (record.deal?.matchedBy === 'meta' && !book.get(DUPLICATE_DEALS_ID)) {
    const own = (await ports.crm.findOpenDeals(record.contact.id)).filter((d) => d.via !== 'account');
    if (own.length > 1) raiseDuplicateDeals(book, record.contact.id, own);
  }
}

/** The contact is on several open deals: an extra one is often a duplicate, or a deal left open. */
export function raiseDuplicateDeals(book: DecisionBook, contactId: string, deals: readonly CrmDeal[]): void {
  book.raise({
    id: DUPLICATE_DEALS_ID,
    kind: 'crm_hygiene',
    proposed: FINDING_NOTED,
    options: deals.map((d) => ({ value: d.id, label: d.name || d.id, url: null })),
    finding: { type: 'duplicate_deals', record: { kind: 'contact', id: contactId }, field: null, crmValue: null, callValue: null },
    reason: `SEVERAL_OPEN_DEALS: the contact is on ${deals.length} open deals (${deals.map((d) => d.id).join(', ')}). Close or merge the ones that are duplicates or dead.`,
  });
}

/** The call's deal as the CRM holds it, read at most once however many checks ask (null: no deal, or none in the CRM). */
export function dealReader(record: CrmRecord, crm: Pick<CrmAdapter, 'getDeal'>): () => Promise<CrmDeal | null> {
  let read: Promise<CrmDeal | null> | null = null;
  return () => (read ??= record.deal ? crm.getDeal(record.deal.id) : Promise.resolve(null));
}

/**
 * The deal has not changed in the CRM for STALE_DEAL_DAYS before the call (checked once, on the call's first sync,
 * before callscribe writes to it). Nothing is raised when the CRM does not say when the deal last changed.
 */
export async function checkStaleDeal(call: Call, record: CrmRecord, book: DecisionBook, ports: PipelinePorts, readDeal = dealReader(record, ports.crm)): Promise<void> {
  const days = ports.policy.staleDealDays;
  if (!days || !record.deal || record.syncedAt || book.get(STALE_DEAL_ID)) return;
  const deal = await readDeal();
  if (!deal?.open || !deal.updatedAt) return;
  const at = Date.parse(call.meta.startedAt ?? '') || ports.clock().getTime();
  const idle = Math.floor((at - Date.parse(deal.updatedAt)) / 86_400_000);
  if (idle < days) return;
  book.raise({
    id: STALE_DEAL_ID,
    kind: 'crm_hygiene',
    proposed: FINDING_NOTED,
    finding: { type: 'deal_stale', record: { kind: 'deal', id: deal.id }, field: null, crmValue: deal.updatedAt, callValue: null },
    reason: `STALE_DEAL: deal ${deal.name || deal.id} had not changed in the CRM for ${idle} days before this call (STALE_DEAL_DAYS=${days}). Update its stage, close date or next step, or close it.`,
  });
}

/**
 * What the customer said about their own e-mail, phone, title or company, where it differs from the contact in the
 * CRM (read once, on the call's first sync). Only from a transcript reliable enough to extract from.
 */
export async function checkContactFields(call: Call, insights: Insights, transcript: Transcript | null, record: CrmRecord, book: DecisionBook, ports: PipelinePorts): Promise<void> {
  if (!transcript || !record.contact || record.syncedAt || insights.transcriptQuality?.reliable === false) return;
  const claims = contactClaims(transcript, { repPhone: call.meta.rep?.phone ?? null }).filter((c) => !book.get(fieldFindingId(c.field)));
  if (!claims.length) return;
  const contact = await ports.crm.getContact(record.contact.id);
  if (!contact) return;
  for (const claim of claims) {
    const quote = redact(claim.evidence.quote);
    // A number that reads like a card, a national id or a bank account is never proposed as a phone.
    if (quote.counts.payment_card || quote.counts.us_ssn || quote.counts.uk_nino || quote.counts.iban) continue;
    const crmValue = contact[claim.field] ?? null;
    if (crmValue !== null && sameValue(claim.field, crmValue, claim.value)) continue;
    book.raise({
      id: fieldFindingId(claim.field),
      kind: 'crm_hygiene',
      proposed: claim.value,
      evidence: [{ ...claim.evidence, quote: quote.text }],
      finding: { type: 'field_contradicted', record: { kind: 'contact', id: contact.id }, field: claim.field, crmValue, callValue: claim.value },
      reason: `FIELD_CONTRADICTED: the customer gave their ${FIELD_LABEL[claim.field]} as "${claim.value}"; the CRM has ${crmValue === null ? 'none' : `"${crmValue}"`}. Approve to write it to the contact.`,
    });
  }
}

/**
 * The deal's amount and close date as agreed in the call (deal-claims.ts), where they differ from the deal in the CRM
 * (read once, on the call's first sync). Only from a transcript reliable enough to extract from. An amount said in
 * another currency than the deal's is not compared; one within the rounding it was said with is the same.
 */
export async function checkDealFields(
  call: Call,
  insights: Insights,
  transcript: Transcript | null,
  record: CrmRecord,
  book: DecisionBook,
  ports: PipelinePorts,
  readDeal = dealReader(record, ports.crm),
): Promise<void> {
  if (!transcript || !record.deal || record.syncedAt || insights.transcriptQuality?.reliable === false) return;
  const claims = dealClaims(transcript, { startedAt: call.meta.startedAt, timezone: call.meta.timezone });
  const amount = claims.amount && !book.get(fieldFindingId('amount')) ? claims.amount : null;
  const closeDate = claims.closeDate && !book.get(fieldFindingId('closeDate')) ? claims.closeDate : null;
  if (!amount && !closeDate) return;
  const deal = await readDeal();
  if (!deal) return;
  const evidence = (claim: { evidence: Evidence[] }) => claim.evidence.map((e) => ({ ...e, quote: redact(e.quote).text }));
  const onDeal = { kind: 'deal' as const, id: deal.id };
  const crmAmount = deal.amount ?? null;
  if (amount && currencyFits(amount.currency, deal.currency) && (crmAmount === null || !sameAmount(amount, crmAmount))) {
    const currency = deal.currency ?? amount.currency;
    const said = formatAmount(amount.value, currency);
    book.raise({
      id: fieldFindingId('amount'),
      kind: 'crm_hygiene',
      proposed: String(amount.value),
      evidence: evidence(amount),
      finding: { type: 'field_contradicted', record: onDeal, field: 'amount', crmValue: crmAmount === null ? null : String(crmAmount), callValue: String(amount.value), currency },
      reason: `FIELD_CONTRADICTED: the call says the deal is ${said}; the CRM has ${crmAmount === null ? 'no amount' : formatAmount(crmAmount, currency)}. Approve to write it to the deal.`,
    });
  }
  if (closeDate && deal.closeDate !== closeDate.value) {
    book.raise({
      id: fieldFindingId('closeDate'),
      kind: 'crm_hygiene',
      proposed: closeDate.value,
      evidence: evidence(closeDate),
      finding: { type: 'field_contradicted', record: onDeal, field: 'closeDate', crmValue: deal.closeDate ?? null, callValue: closeDate.value },
      reason: `FIELD_CONTRADICTED: the call says the deal closes by ${closeDate.value}; the CRM has ${deal.closeDate ? `a close date of ${deal.closeDate}` : 'no close date'}. Approve to write it to the deal.`,
    });
  }
}

function sameValue(field: ContactField, a: string, b: string): boolean {
  if (field === 'phone') return samePhone(a, b);
  return normalizeText(a) === normalizeText(b);
}

/** An action item written as a task with no due date: its owner is asked for one on the call page. */
export function raiseMissingDueDates(items: readonly ActionItem[], record: CrmRecord, book: DecisionBook, keyOf: (item: ActionItem) => string): void {
  for (const item of items) {
    if (item.dueDate) continue;
    const key = keyOf(item);
    const task = record.tasks.find((t) => t.key === key || t.aliases.includes(key));
    if (!task) continue;
    book.raise({
      id: dueDateFindingId(key),
      kind: 'crm_hygiene',
      proposed: null,
      evidence: item.evidence,
      finding: { type: 'due_date_missing', record: { kind: 'task', id: task.id }, field: null, crmValue: null, callValue: null },
      reason: `DUE_DATE_MISSING: "${item.text}" has no due date (owner: ${OWNER_WORDS[item.owner]}). Give it one; it goes onto the task in the CRM.`,
    });
  }
}

/**
 * A pending due-date finding whose item has since been given a date (a correction on the call page) is settled with
 * that date: approved for it, by whoever corrected the item, so applyFindings writes it onto the CRM task once, as
 * if given on the finding. A finding whose task no longer stands for any item is withdrawn.
 */
export function settleDueDates(items: readonly ActionItem[], record: CrmRecord, book: DecisionBook, keyOf: (item: ActionItem) => string): void {
  for (const d of book.pending()) {
    if (d.finding?.type !== 'due_date_missing') continue;
    const task = record.tasks.find((t) => t.id === d.finding?.record?.id);
    const ofTask = task ? items.filter((i) => task.key === keyOf(i) || task.aliases.includes(keyOf(i))) : [];
    if (ofTask.some((i) => !i.dueDate)) continue;
    const dated = ofTask.find((i) => i.dueDate)?.dueDate;
    if (dated) book.decideBySystem(d, correctedBy(record, dated), dated);
    else book.withdraw(d.id);
  }
}

/** Who last corrected an action item to be due `date` (the review audit), else "correction". */
function correctedBy(record: CrmRecord, date: string): string {
  const entry = record.review.audit.findLast(
    (a) => a.action === 'correct' && a.target.startsWith('insights.actionItems[') && (a.after as { dueDate?: unknown } | null)?.dueDate === date,
  );
  return entry?.by ?? 'correction';
}

/**
 * Writes what people approved, once: a contact's or a deal's field (keyed on the call, the field and the value), a task's due date (also
 * recorded as the task's written due date in crm.json); the other findings are noted. Rejected ones are closed with nothing written.
 */
export async function applyFindings(callId: string, record: CrmRecord, book: DecisionBook, ports: PipelinePorts, save: () => Promise<void>): Promise<void> {
  for (const d of book.all()) {
    if (d.kind !== 'crm_hygiene' || d.state === 'pending' || d.applied) continue;
    const f = d.finding;
    if (d.state === 'rejected' || !f) {
      book.markApplied(d, 'left as it is');
    } else if (f.type === 'field_contradicted' && f.record?.kind === 'deal' && isDealField(f.field)) {
      const value = d.value ?? d.proposed ?? '';
      const { changed } = await ports.crm.updateDealField(f.record.id, f.field, value, `${callId}:deal:${f.field}:${hash(value)}`);
      const shown = f.field === 'amount' ? formatAmount(Number(value), f.currency) : value;
      const change = `${FIELD_LABEL[f.field]} set to ${shown}`;
      // `wrote` either way (as for stages): "already so" may be our own write whose record a crash did not save.
      book.markApplied(d, changed ? `deal ${f.record.id}'s ${change}` : `deal ${f.record.id}'s ${FIELD_LABEL[f.field]} already ${shown}`, { kind: 'deal', id: f.record.id, change });
    } else if (f.type === 'field_contradicted' && f.field && f.record && !isDealField(f.field)) {
      const value = d.value ?? d.proposed ?? '';
      const { changed } = await ports.crm.updateContactField(f.record.id, f.field, value, `${callId}:field:${f.field}:${hash(value)}`);
      const change = `${FIELD_LABEL[f.field]} set to ${value}`;
      book.markApplied(d, changed ? `contact ${f.record.id}'s ${change}` : `contact ${f.record.id}'s ${FIELD_LABEL[f.field]} already ${value}`, { kind: 'contact', id: f.record.id, change });
    } else if (f.type === 'due_date_missing' && f.record && d.value) {
      const done = await ports.crm.updateTask(f.record.id, { dueDate: d.value }, `${callId}:due:${f.record.id}`);
      const task = record.tasks.find((t) => t.id === f.record!.id);
      if (!done) {
        book.markApplied(d, `task ${f.record.id} is no longer in the CRM (deleted there?); nothing written`);
      } else {
        if (task?.written) task.written.dueDate = d.value;
        book.markApplied(d, done.changed ? `task ${f.record.id} due ${d.value}` : `task ${f.record.id} already due ${d.value}`, { kind: 'task', id: f.record.id, change: `due date set to ${d.value}` });
      }
    } else {
      book.markApplied(d, 'noted; nothing written');
    }
    await save();
  }
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);
