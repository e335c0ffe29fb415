import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { parseAnswerWith } from '../http/parse-answer.ts';

/** The parts of Salesforce's JSON answers the adapter reads (extra fields, such as `attributes`, are ignored). */

const Text = z.string().nullish().transform((v) => v ?? null);

export const SfContactRow = z.object({
  Id: z.string(),
  FirstName: Text,
  LastName: Text,
  Email: Text,
  Phone: Text,
  MobilePhone: Text,
  /** Contacts only (a Lead has no such fields). */
  HomePhone: Text,
  OtherPhone: Text,
  AssistantPhone: Text,
  /** Contacts: the parent account through the `Account.Name` relationship field. */
  Account: z.object({ Name: Text }).nullish(),
  /** Leads: the free-text company. */
  Company: Text,
  Title: Text,
  /** Contacts read by id (getContact): the account, whose Name is read apart. */
  AccountId: Text,
});
export type SfContactRow = z.infer<typeof SfContactRow>;

export const SfOpportunityRow = z.object({
  Id: z.string(),
  Name: z.string(),
  StageName: z.string(),
  IsClosed: z.boolean(),
  CreatedDate: z.string(),
  LastModifiedDate: z.string().nullish().transform((v) => v ?? null),
  /** A currency field (a JSON number, in the org's currency) and a date (YYYY-MM-DD); either may be empty. */
  Amount: z.number().nullish().transform((v) => v ?? null),
  CloseDate: z.string().nullish().transform((v) => v ?? null),
  /** Child relationship subquery: null when the opportunity has no contact roles. */
  OpportunityContactRoles: z.object({ records: z.array(z.object({ ContactId: z.string().nullable() })) }).nullish(),
});
export type SfOpportunityRow = z.infer<typeof SfOpportunityRow>;

export const SfIdRow = z.object({ Id: z.string() });
/** A User from the rep lookup: `UserType` is `Standard` for a licensed internal user (others: portal, Chatter, automated). */
export const SfUserRow = z.object({ Id: z.string(), UserType: z.string().nullish().transform((v) => v ?? null) });
export type SfUserRow = z.infer<typeof SfUserRow>;

export const SfAccountRow = z.object({ Id: z.string(), Name: Text });

export const SfContactAccountRow = z.object({ AccountId: z.string().nullish().transform((v) => v ?? null) });

/** `GET …/query?q=`; `nextRecordsUrl` is never followed because every query the adapter sends has a LIMIT below one batch. */
/** A page of a query: `done: false` with a `nextRecordsUrl` (`/services/data/vXX.X/query/<locator>`) when more rows follow. */
export const sfQueryResult = <T extends z.ZodType>(row: T) => z.object({ totalSize: z.number(), done: z.boolean(), nextRecordsUrl: z.string().nullish(), records: z.array(row) });

/** Upsert by external ID: 201 `{id, success, errors, created: true}` on insert, 200 with `created: false` on update. */
export const SfUpsertResult = z.object({ id: z.string(), success: z.boolean(), created: z.boolean().optional() });

/** `POST /sobjects/{type}`: 201 `{id, success, errors}`. */
export const SfCreateResult = z.object({ id: z.string(), success: z.boolean() });

/** Parses an answer; a shape we do not understand is permanent (retrying gets the same answer). */
export function parseAnswer<T extends z.ZodType>(schema: T, body: unknown, what: string): z.output<T> {
  return parseAnswerWith(schema, body, (issues) => new AppError('SALESFORCE_BAD_RESPONSE', `Salesforce's answer to ${what} did not have the expected shape (${issues}); the REST API may have changed.`));
}

/** `GET /sobjects/Opportunity/{id}`: its record type, in orgs that have Opportunity record types (absent elsewhere). */
export const SfRecordTypeOf = z.object({ RecordTypeId: Text.optional() });

/** User Interface API, picklist values of one field for one record type: the values it may take. */
export const SfPicklistValues = z.object({ values: z.array(z.object({ value: z.string() })) });
