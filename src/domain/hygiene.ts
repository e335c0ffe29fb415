import { z } from 'zod';

/**
 * A hygiene finding: something about the CRM's records that a call met while it was synced and a person
 * should look at. Each is a `crm_hygiene` decision (see review.ts) whose `finding` says what was found:
 * - `duplicate_contacts`: the customer's phone or e-mail matches several contacts (the decision's options
 *   are the records, linked to the CRM). Fixed by merging them in the CRM; approving notes it (`noted`).
 * - `duplicate_deals`: the contact is on several open deals (options as above); approving notes it.
 * - `field_contradicted`: the call gave a value of one of the fields of its record (`field`) that differs from
 *   the CRM's (`crmValue`): on the contact (`record.kind` `contact`), what the customer said about their own
 *   e-mail, phone, title or company; on the deal (`deal`), its amount (a plain number, in `currency`) or close
 *   date (YYYY-MM-DD) as agreed in the call (see deal-claims.ts). Approving writes `callValue` (or the reviewer's
 *   value) to the record, once.
 * - `due_date_missing`: an action item came with no due date; its owner gives one (the value, YYYY-MM-DD),
 *   and the task in the CRM gets it where the adapter can change a task's due date.
 * - `deal_stale`: the call's deal has not changed in the CRM for STALE_DEAL_DAYS; approving notes it.
 * Excluded: merging records.
 */
export const FINDING_TYPES = ['duplicate_contacts', 'duplicate_deals', 'field_contradicted', 'due_date_missing', 'deal_stale'] as const;
export const FindingType = z.enum(FINDING_TYPES);
export type FindingType = z.infer<typeof FindingType>;

/** Contact fields a call can contradict, and an approved finding can write. */
export const CONTACT_FIELDS = ['email', 'phone', 'title', 'company'] as const;
export const ContactField = z.enum(CONTACT_FIELDS);
export type ContactField = z.infer<typeof ContactField>;

/** Deal fields a call can contradict, and an approved finding can write: the amount and the expected close date. */
export const DEAL_FIELDS = ['amount', 'closeDate'] as const;
export const DealField = z.enum(DEAL_FIELDS);
export type DealField = z.infer<typeof DealField>;

/** A field of the finding's record: a contact's (record kind `contact`) or a deal's (`deal`). */
export const FindingField = z.enum([...CONTACT_FIELDS, ...DEAL_FIELDS]);
export type FindingField = z.infer<typeof FindingField>;
export const isDealField = (f: FindingField | null | undefined): f is DealField => f === 'amount' || f === 'closeDate';

export const Finding = z.object({
  type: FindingType,
  /** The CRM record the finding is about (the contact, the deal, the call's task); null for duplicates (see options). */
  record: z.object({ kind: z.enum(['contact', 'deal', 'task']), id: z.string() }).nullable(),
  field: FindingField.nullable().default(null),
  /** The value in the CRM, and the one the call gave (`field_contradicted`); the deal's last change (`deal_stale`). */
  crmValue: z.string().nullable().default(null),
  callValue: z.string().nullable().default(null),
  /** The currency of an amount (ISO 4217, the CRM's, else the one said in the call); null when neither says. */
  currency: z.string().nullable().default(null),
});
export type Finding = z.output<typeof Finding>;

/** The value that approves a finding that writes nothing: a person has noted it (and fixes it in the CRM). */
export const FINDING_NOTED = 'noted';

/** Findings whose approval writes a value to the CRM (the others are noted). */
export const findingWrites = (type: FindingType): boolean => type === 'field_contradicted' || type === 'due_date_missing';

export const FIELD_LABEL: Record<FindingField, string> = { email: 'e-mail', phone: 'phone', title: 'job title', company: 'company', amount: 'amount', closeDate: 'close date' };
