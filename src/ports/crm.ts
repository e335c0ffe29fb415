import type { CallMeta } from '../domain/call-meta.ts';
import type { ContactField, DealField } from '../domain/hygiene.ts';
import type { StageKey } from '../domain/insights.ts';

export interface CrmContact {
  id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  company: string | null;
  /** The job title, where getContact read it (findContact may leave it out). */
  title?: string | null;
}

export interface CrmDeal {
  id: string;
  name: string;
  /**
   * The deal's stage as callscribe's stage key; null when its stage maps to none (a pipeline of the CRM's own, a stage
   * added since, an archived pipeline): such a deal is still the contact's, to be chosen, and `unmappedStage` names it.
   */
  stage: StageKey | null;
  /** The CRM's own name for a stage that maps to no stage key (`stage` null), for people and for CRM_STAGE_MAP. */
  unmappedStage?: string;
  contactIds: string[];
  open: boolean;
  /**
   * How findOpenDeals reached the deal when not through the contact itself: `account`, through the contact's
   * company (Salesforce opportunities with no contact role). Absent: linked to the contact.
   */
  via?: 'account';
  /** When the deal last changed in the CRM (ISO), where the CRM says; stale deals are found by it. */
  updatedAt?: string | null;
  /** The deal's amount in its currency; null when the CRM holds none. Read by getDeal (findOpenDeals may leave it out). */
  amount?: number | null;
  /** The amount's currency (ISO 4217) where the CRM says (Salesforce orgs without multiple currencies do not). */
  currency?: string | null;
  /** The expected close date, YYYY-MM-DD; null when the CRM holds none. Read by getDeal. */
  closeDate?: string | null;
}

/** A deal's stage as an adapter reads it: a stage key, or none with the CRM's own name for it. */
export type DealStage = { stage: StageKey } | { stage: null; unmappedStage: string };

/**
 * What the caller knows of earlier tries of a create. A lookup by key that finds nothing proves nothing when an earlier
 * attempt (a retry, a worker that died, an earlier run) may have asked the CRM to create the record without its id
 * being kept, and the CRM's lookup lags behind its writes (HubSpot's search index): such an adapter looks again once
 * that lag has passed before it creates. An adapter whose lookups see every write at once may ignore it.
 */
export interface CreateAttempt {
  /**
   * True when an earlier attempt may have sent this create (sync records each create it sends in crm.json before
   * sending it). Absent or false: none did, so a lookup that finds nothing is the truth.
   */
  attemptedBefore?: boolean;
}

export interface CallLogInput extends CreateAttempt {
  /** Idempotency key derived from the call id: the adapter never creates two logs with the same key. */
  idempotencyKey: string;
  contactId: string | null;
  dealId: string | null;
  direction: 'inbound' | 'outbound' | null;
  startedAt: string | null;
  /**
   * The call's IANA time zone (CallMeta.timezone), null when unknown. A CRM that files the call under a date without a
   * time (Salesforce's ActivityDate) uses the day in this zone, else the day as written in `startedAt`.
   */
  timezone: string | null;
  durationSec: number;
  /** How the call went: a conversation, or a voicemail left; null when unknown. */
  disposition: 'connected' | 'left_voicemail' | 'no_answer' | null;
  title: string;
  body: string;
  recordingUrl: string | null;
  /**
   * The rep's e-mail: the log is owned by the CRM user with this e-mail (see findOwner); with none, or null, it
   * falls back to the integration user (the user the CRM connection authenticates as).
   */
  ownerEmail: string | null;
}

export interface TaskInput extends CreateAttempt {
  idempotencyKey: string;
  contactId: string | null;
  dealId: string | null;
  subject: string;
  dueDate: string | null;
  owner: 'rep' | 'customer' | 'unknown';
  /** Who owns the task in the CRM: the user with this e-mail (see findOwner), else the integration user. */
  ownerEmail: string | null;
}

/**
 * What updateTask sets on a task it wrote: the fields given, each as createTask writes it; a field left out stays as
 * the task has it. There is no way to clear a due date (HubSpot requires one on every task).
 */
export interface TaskChange {
  subject?: string;
  /** Whom the action item is for: createTask writes it into the task's description, which is rewritten with it. */
  owner?: TaskInput['owner'];
  dueDate?: string;
  /**
   * The CRM user with this e-mail (see findOwner) owns the task; an e-mail no user has leaves the task's owner as it
   * is. A CRM without users (local) keeps the e-mail itself as the owner.
   */
  ownerEmail?: string;
}

export type ContactMatch =
  | { kind: 'found'; contact: CrmContact }
  | { kind: 'ambiguous'; candidates: CrmContact[] }
  | { kind: 'not_found' };

/**
 * A CRM behind one interface. Every write takes an idempotency key and returns the existing object
 * when one with that key already exists, so retries and duplicate deliveries never duplicate records (a create needs
 * to be told when an earlier attempt may have sent it: see CreateAttempt).
 * "Not found" is an outcome (`not_found`), not an error; failures are AppErrors (retryable for
 * 408/409/429/5xx, permanent for other 4xx) whose `kind` says what the CRM answered: sync waits on
 * `credentials` (401, or a 403 refusing the credentials themselves: a missing scope, API access off, a 403 the
 * credential check gets too) and on `rate_limit` with a `retryAfterMs`; `forbidden` (a 403 about one record while
 * the credentials work) ends only the call that needs the record. The code names it for people.
 * Every record written for a call (its log and tasks) is owned by the CRM user whose e-mail is the input's
 * `ownerEmail` (the rep), else by the integration user; `findOwner` tells which in advance.
 * Excluded here: bulk import, owner management (creating users, reassigning records), custom objects.
 */
export interface CrmAdapter {
  readonly kind: string;
  /**
   * Matches the customer: by phone (E.164), else by e-mail, else by the e-mail's company domain (only a
   * single contact at that domain is a match; several are `ambiguous`). Free-mail domains never match.
   */
  findContact(who: NonNullable<CallMeta['customer']>): Promise<ContactMatch>;
  getDeal(dealId: string): Promise<CrmDeal | null>;
  /** The contact with its fields (name, e-mail, phone, company, title); null when there is none with this id. */
  getContact(contactId: string): Promise<CrmContact | null>;
  /**
   * Sets one field of a contact (a hygiene fix a person approved): `email` and `phone` replace the contact's
   * primary ones, `title` its job title, `company` the company name on the contact. Idempotent: a field that
   * already holds the value is left alone (`changed: false`), so a replay writes nothing. A contact that does not
   * exist is a permanent AppError (the adapter's not-found code); other failures are classified as for every write.
   * Excluded: the company record itself (a contact's company in CRMs that link it to an account or organization
   * is not re-linked; the name is written where the contact holds one), merging contacts.
   */
  updateContactField(contactId: string, field: ContactField, value: string, idempotencyKey: string): Promise<{ changed: boolean }>;
  /**
   * Sets one field of a deal (a hygiene fix a person approved): `amount` (`value` a plain decimal number, in the
   * deal's own currency) or `closeDate` (`value` YYYY-MM-DD). Idempotent: a field that already holds the value (an
   * amount equal to the cent, a close date on that day) is left alone (`changed: false`), so a replay writes
   * nothing. A deal that does not exist is a permanent AppError (the adapter's not-found code:
   * `CRM_LOCAL_DEAL_NOT_FOUND`, `HUBSPOT_DEAL_NOT_FOUND`, `SALESFORCE_DEAL_NOT_FOUND`, `PIPEDRIVE_DEAL_NOT_FOUND`);
   * other failures are classified as for every write. Excluded: the currency (never changed), other deal fields.
   */
  updateDealField(dealId: string, field: DealField, value: string, idempotencyKey: string): Promise<{ changed: boolean }>;
  /**
   * Brings a task this adapter wrote (`id` from createTask) in line with `change` (a corrected action item, or a due
   * date a person gave), in place: never a second task, and createTask with the original idempotency key still
   * returns this one. Idempotent: the values are absolute and a field that already holds its value is not written,
   * so a replay writes nothing (`changed: false`); `changed` says whether anything was written. Null when the CRM
   * has no such task (deleted there): nothing is written. Other failures are classified as for every write.
   * Excluded: the task's status, priority, type and its links to contact and deal.
   */
  updateTask(taskId: string, change: TaskChange, idempotencyKey: string): Promise<{ changed: boolean } | null>;
  /**
   * The active CRM user with this e-mail (case-insensitive), who will own records written with it as `ownerEmail`;
   * null when there is none, and those records belong to the integration user. An adapter instance remembers the
   * answer for a few minutes (a user not found for less time than one found), so a rep added or deactivated in the CRM
   * is seen without a restart; a write the CRM refuses because its owner was deactivated since is written again owned
   * by the integration user, and this method then answers null.
   * Optional: CRMs without users (local) keep the e-mail itself as the owner.
   */
  findOwner?(email: string): Promise<{ id: string } | null>;
  /**
   * Creates a contact for a customer no contact matched (CRM_UNKNOWN_CONTACT=create), with the name,
   * phone, e-mail and company known. Optional: adapters without it leave such calls for review. Needs the customer's
   * phone or e-mail, by which a retry finds the contact already made: with neither, the CRM adapters refuse permanently
   * (`*_CONTACT_UNIDENTIFIABLE`), and sync never proposes it.
   */
  createContact?(who: NonNullable<CallMeta['customer']>, idempotencyKey: string, attempt?: CreateAttempt): Promise<{ id: string; created: boolean }>;
  /**
   * Open deals the contact is on, newest first. Where the CRM links deals to the contact's company rather than the
   * contact (Salesforce opportunities without contact roles), and the contact has none of its own, the company's open
   * deals, marked `via: 'account'`.
   */
  findOpenDeals(contactId: string): Promise<CrmDeal[]>;
  logCall(input: CallLogInput): Promise<{ id: string; created: boolean }>;
  /**
   * Replaces the title and body of a call log this adapter wrote (`id` from logCall), in place: never a second
   * log, and a later logCall with the original idempotency key still returns this log (`created: false`).
   * Idempotent: the same update twice leaves the same log. Title and body are shortened and formatted as
   * logCall does. A log that no longer exists (deleted, merged, or an id that names no call log) is a permanent
   * AppError with the adapter's not-found code: `CRM_LOCAL_CALL_LOG_NOT_FOUND`, `HUBSPOT_CALL_LOG_NOT_FOUND`,
   * `SALESFORCE_CALL_LOG_NOT_FOUND`, `PIPEDRIVE_CALL_LOG_NOT_FOUND`; other failures are classified as for
   * every write. Excluded: the call's other facts (time, duration, direction, outcome, links to contact and
   * deal) stay as logCall wrote them; only a recording link that logCall appended to the body for want of a
   * field (HubSpot's non-HTTPS-audio links, Salesforce's Description) goes with the old body.
   */
  updateCallLog(id: string, input: { title: string; body: string }): Promise<void>;
  createTask(input: TaskInput): Promise<{ id: string; created: boolean }>;
  updateDealStage(dealId: string, stage: StageKey, idempotencyKey: string): Promise<{ changed: boolean }>;
  /**
   * Checks the credentials with one cheap read; throws an AppError of kind `credentials` when they are
   * rejected. Optional: CRMs without credentials (local) have none. Used to resume syncing after a 401, and by the
   * clients to tell a 403 about one record (the check passes) from one about the credentials.
   */
  ping?(): Promise<void>;
  /** Requests per second this CRM connection tolerates from sync jobs (a BullMQ limiter). Optional. */
  readonly jobsPerSecond?: number;
}
