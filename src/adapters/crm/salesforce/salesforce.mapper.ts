import type { StageKey } from '../../../domain/insights.ts';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { companyDomain } from '../../../domain/email-domain.ts';
import type { CallLogInput, CrmContact, CrmDeal, DealStage, TaskChange, TaskInput } from '../../../ports/crm.ts';
import { callDay } from '../call-day.ts';
import type { SfContactRow, SfOpportunityRow, SfUserRow } from './salesforce.schemas.ts';

/** Key prefixes of the objects the adapter touches (the first three characters of every record id). */
export const ID_PREFIX = { contact: '003', lead: '00Q', opportunity: '006', task: '00T', user: '005' } as const;

/** Salesforce ids: 15 characters (case-sensitive) or 18 (case-safe), letters and digits. */
export const isSalesforceId = (id: string | null | undefined): id is string => typeof id === 'string' && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(id);
export const isLeadId = (id: string) => id.startsWith(ID_PREFIX.lead);

/** A SOQL string literal: backslashes and quotes escaped (SOQL has no bind variables over REST). */
export const soqlString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * The phone fields of each object a caller's number may be in (Object Reference, Contact and Lead; Fax is left out):
 * a Contact has a business, mobile, home, other and assistant's phone, a Lead only a phone and a mobile phone (naming
 * the others on a Lead is refused, INVALID_FIELD).
 */
export const PHONE_FIELDS = {
  Contact: ['Phone', 'MobilePhone', 'HomePhone', 'OtherPhone', 'AssistantPhone'],
  Lead: ['Phone', 'MobilePhone'],
} as const satisfies Record<'Contact' | 'Lead', readonly (keyof SfContactRow)[]>;

const personFields = (object: 'Contact' | 'Lead') => ['Id', 'FirstName', 'LastName', 'Email', ...PHONE_FIELDS[object]].join(', ');
const LIMIT = 'LIMIT 200';

/**
 * Candidates for a phone number, in every phone field of the object. SOQL cannot normalise formatting, so a stored
 * "+44 20 7946 0321" matches only on a run of digits that no format splits: the last four. Candidates are checked with
 * `storedPhoneMatches`. No LIMIT: a large org has hundreds of people sharing four digits, and a capped list would miss
 * the customer (then create a duplicate Lead); the adapter reads every page (`nextRecordsUrl`).
 */
export function phoneSoql(object: 'Contact' | 'Lead', lastDigits: string): string {
  const like = soqlString(`%${lastDigits.replace(/\D/g, '')}`);
  const where = PHONE_FIELDS[object].map((f) => `${f} LIKE ${like}`).join(' OR ');
  return object === 'Contact'
    ? `SELECT ${personFields('Contact')}, Account.Name FROM Contact WHERE ${where}`
    : `SELECT ${personFields('Lead')}, Company FROM Lead WHERE IsConverted = false AND (${where})`;
}

/** SOQL `=` on strings is case-insensitive, as emails should be compared. */
export function emailSoql(object: 'Contact' | 'Lead', email: string): string {
  return object === 'Contact'
    ? `SELECT ${personFields('Contact')}, Account.Name FROM Contact WHERE Email = ${soqlString(email)} ${LIMIT}`
    : `SELECT ${personFields('Lead')}, Company FROM Lead WHERE IsConverted = false AND Email = ${soqlString(email)} ${LIMIT}`;
}

/**
 * People whose e-mail is at a company domain: `Email LIKE '%@domain'` (case-insensitive). Quotes and backslashes are
 * escaped as in any literal, and LIKE's own wildcards `%` and `_` inside the domain are escaped so they match literally.
 */
export function domainSoql(object: 'Contact' | 'Lead', domain: string): string {
  const escaped = domain.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/([%_])/g, '\\$1');
  const like = `'%@${escaped}'`;
  return object === 'Contact'
    ? `SELECT ${personFields('Contact')}, Account.Name FROM Contact WHERE Email LIKE ${like} ${LIMIT}`
    : `SELECT ${personFields('Lead')}, Company FROM Lead WHERE IsConverted = false AND Email LIKE ${like} ${LIMIT}`;
}

// CurrencyIsoCode exists only in orgs with several currencies (a query naming it fails elsewhere): not read.
const OPPORTUNITY_FIELDS = 'Id, Name, StageName, IsClosed, CreatedDate, LastModifiedDate, Amount, CloseDate, (SELECT ContactId FROM OpportunityContactRoles)';
export const opportunitySoql = (id: string) => `SELECT ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE Id = ${soqlString(id)}`;
export const openOpportunitiesSoql = (contactId: string) =>
  `SELECT ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE IsClosed = false AND Id IN (SELECT OpportunityId FROM OpportunityContactRole WHERE ContactId = ${soqlString(contactId)}) ORDER BY CreatedDate DESC ${LIMIT}`;
/** The contact's Account, for opportunities linked only through it (no contact role). */
export const contactAccountSoql = (contactId: string) => `SELECT AccountId FROM Contact WHERE Id = ${soqlString(contactId)}`;
export const accountOpenOpportunitiesSoql = (accountId: string) =>
  `SELECT ${OPPORTUNITY_FIELDS} FROM Opportunity WHERE IsClosed = false AND AccountId = ${soqlString(accountId)} ORDER BY CreatedDate DESC ${LIMIT}`;
export const taskByKeySoql = (keyField: string, key: string) => `SELECT Id FROM Task WHERE ${keyField} = ${soqlString(key)} LIMIT 2`;
/**
 * The active users with the rep's e-mail, oldest first (Id breaks a tie), so the same one is chosen on every lookup:
 * several may share an address (the rep's own user beside a community, Chatter or integration user given it). See
 * `repUser` for the choice.
 */
export const userByEmailSoql = (email: string) =>
  `SELECT Id, UserType FROM User WHERE Email = ${soqlString(email)} AND IsActive = true ORDER BY CreatedDate ASC, Id ASC LIMIT ${USERS_SHARING_AN_EMAIL}`;
/** Users read at most for one e-mail: more sharing one address is an org to fix, not a choice to make among them. */
const USERS_SHARING_AN_EMAIL = 20;

/**
 * The user who owns a rep's records, from `userByEmailSoql`'s rows: a standard (licensed, internal) user before any
 * other kind, then the oldest. `others` are the ones passed over of the same kind, for the adapter to report: with
 * them the choice is the org's ambiguity, not the rep's user for certain.
 */
export function repUser(rows: readonly SfUserRow[]): { id: string; others: string[] } | null {
  const standard = rows.filter((r) => r.UserType === 'Standard');
  const pool = standard.length ? standard : rows;
  return pool[0] ? { id: pool[0].Id, others: pool.slice(1).map((r) => r.Id) } : null;
}

export function toContact(row: SfContactRow): CrmContact {
  const name = [row.FirstName, row.LastName].filter((s) => s?.trim()).join(' ');
  // The assistant's phone is someone else's number: never shown as the contact's.
  const phone = row.Phone ?? row.MobilePhone ?? row.HomePhone ?? row.OtherPhone;
  return { id: row.Id, name: name || null, email: row.Email, phone, company: row.Account?.Name ?? row.Company ?? null, ...(row.Title ? { title: row.Title } : {}) };
}

export function toDeal(row: SfOpportunityRow, stage: DealStage): CrmDeal {
  const contactIds = (row.OpportunityContactRoles?.records ?? []).map((r) => r.ContactId).filter((id): id is string => !!id);
  return {
    id: row.Id,
    name: row.Name,
    ...stage,
    contactIds: [...new Set(contactIds)],
    open: !row.IsClosed,
    updatedAt: row.LastModifiedDate ? new Date(row.LastModifiedDate.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')).toISOString() : null,
    amount: row.Amount,
    currency: null,
    closeDate: row.CloseDate,
  };
}

/** The canonical key of a StageName, or null when the stage map does not name it. */
export function stageKeyOf(stageName: string, stageMap: Record<StageKey, string[]>): StageKey | null {
  for (const [key, names] of Object.entries(stageMap) as [StageKey, string[]][]) if (names.includes(stageName)) return key;
  return null;
}

/**
 * A Lead for an unknown caller (Salesforce's convention before a rep qualifies and converts it). LastName and Company
 * are required: the last word of the name or "Unknown"; the company, else the e-mail's company domain, else "Unknown".
 */
export function leadFields(who: NonNullable<CallMeta['customer']>, phone: string | null): Record<string, unknown> {
  const words = who.name?.trim().split(/\s+/).filter(Boolean) ?? [];
  const last = words.pop();
  const first = words.join(' ');
  const email = who.email?.trim() || null;
  const company = who.company?.trim() || companyDomain(email) || 'Unknown';
  return {
    LastName: (last ?? 'Unknown').slice(0, 80),
    ...(first && { FirstName: first.slice(0, 40) }),
    Company: company.slice(0, 255),
    ...(phone && { Phone: phone }),
    ...(email && { Email: email }),
    LeadSource: 'Phone Inquiry',
  };
}

/**
 * Task fields Salesforce accepts only when it creates the record ("Create" but not "Update" in the Task object
 * reference's Properties): a body carrying one on the update path is refused whole with INVALID_FIELD_FOR_INSERT_UPDATE.
 */
export const CREATE_ONLY_TASK_FIELDS = ['TaskSubtype'] as const;
export const isCreateOnly = (field: string) => (CREATE_ONLY_TASK_FIELDS as readonly string[]).includes(field);
export const withoutCreateOnly = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([k]) => !isCreateOnly(k)));

/** `?updateOnly=true` on an upsert (never create) exists from REST API v61.0 (Summer '24). */
export const supportsUpdateOnly = (apiVersion: string) => Number(apiVersion.replace(/^v/, '')) >= 61;

/** Salesforce's limits: Subject 255 characters, Description 32,000. */
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 16)}\n… (shortened)`);

const CALL_DISPOSITION: Record<NonNullable<CallLogInput['disposition']>, string> = {
  connected: 'Connected',
  left_voicemail: 'Left voicemail',
  no_answer: 'No answer',
};

/** WhoId (Contact or Lead) and WhatId (Opportunity); a task whose WhoId is a lead may not have a WhatId. */
function links(contactId: string | null, dealId: string | null): Record<string, string> {
  const who = isSalesforceId(contactId) && (contactId.startsWith(ID_PREFIX.contact) || isLeadId(contactId)) ? contactId : null;
  const what = isSalesforceId(dealId) && dealId.startsWith(ID_PREFIX.opportunity) && !(who && isLeadId(who)) ? dealId : null;
  return { ...(who && { WhoId: who }), ...(what && { WhatId: what }) };
}

export function callTaskFields(input: CallLogInput, ownerId: string | null, now: Date): Record<string, unknown> {
  const body = input.recordingUrl ? `${input.body}\n\nRecording: ${input.recordingUrl}` : input.body;
  return {
    TaskSubtype: 'Call',
    Subject: clip(input.title, 255),
    Description: clip(body, 32_000),
    Status: 'Completed',
    Priority: 'Normal',
    ActivityDate: callDay(input.startedAt, input.timezone, now),
    CallDurationInSeconds: Math.max(0, Math.round(input.durationSec)),
    ...(input.direction && { CallType: input.direction === 'inbound' ? 'Inbound' : 'Outbound' }),
    ...(input.disposition && { CallDisposition: CALL_DISPOSITION[input.disposition] }),
    ...(ownerId && { OwnerId: ownerId }),
    ...links(input.contactId, input.dealId),
  };
}

/**
 * What updateCallLog replaces, shortened as callTaskFields shortens them. Never TaskSubtype: it is create-only,
 * and Salesforce refuses a whole update that carries it (INVALID_FIELD_FOR_INSERT_UPDATE).
 */
export function callTaskUpdate(input: { title: string; body: string }): Record<string, unknown> {
  return { Subject: clip(input.title, 255), Description: clip(input.body, 32_000) };
}

export function todoTaskFields(input: TaskInput, ownerId: string | null): Record<string, unknown> {
  return {
    TaskSubtype: 'Task',
    Subject: clip(input.subject, 255),
    Description: todoDescription(input.owner),
    Status: 'Not Started',
    Priority: 'Normal',
    ...(input.dueDate && { ActivityDate: input.dueDate }),
    ...(ownerId && { OwnerId: ownerId }),
    ...links(input.contactId, input.dealId),
  };
}

/**
 * The fields of a to-do Task to PATCH for `change`, given the Task as Salesforce holds it: those whose value differs
 * (the Description says whom the item is for). Never TaskSubtype: it is create-only (see callTaskUpdate).
 */
export function todoTaskUpdate(change: TaskChange, current: Record<string, unknown>, ownerId: string | null): Record<string, unknown> {
  const wanted: Record<string, string> = {
    ...(change.subject !== undefined && { Subject: clip(change.subject, 255) }),
    ...(change.owner !== undefined && { Description: todoDescription(change.owner) }),
    ...(change.dueDate !== undefined && { ActivityDate: change.dueDate }),
    ...(ownerId && { OwnerId: ownerId }),
  };
  return Object.fromEntries(Object.entries(wanted).filter(([field, value]) => current[field] !== value));
}

const todoDescription = (owner: TaskInput['owner']) =>
  `Action item from a recorded sales call.\nOwner: ${{ rep: 'the rep', customer: 'the customer (follow up with them)', unknown: 'not stated in the call' }[owner]}.`;
