import type { FakeReply } from './fake-server.ts';
export type { FakeReply, RecordedRequest } from './fake-server.ts';

/** Shapes of the Salesforce fake: error bodies and the fields of the objects it serves (replies and request records: fake-server.ts). */

/** Salesforce's error body: always a JSON array (api-contracts.md §2). */
export const sfError = (status: number, errorCode: string, message: string, fields?: string[]): FakeReply => ({
  status,
  body: [{ message, errorCode, ...(fields && { fields }) }],
});

export const notFound = (message = 'The requested resource does not exist') => sfError(404, 'NOT_FOUND', message);
export const malformedQuery = (message: string) => sfError(400, 'MALFORMED_QUERY', message);
export const unauthorized = () => sfError(401, 'INVALID_SESSION_ID', 'Session expired or invalid');
export const requestLimit = () => sfError(403, 'REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');

export type SObjectType = 'Account' | 'Contact' | 'Lead' | 'Opportunity' | 'OpportunityContactRole' | 'Task' | 'User';

export const ID_PREFIX: Record<SObjectType, string> = {
  Account: '001',
  Contact: '003',
  Lead: '00Q',
  Opportunity: '006',
  OpportunityContactRole: '00K',
  Task: '00T',
  User: '005',
};

export interface FieldDef {
  type: 'id' | 'string' | 'textarea' | 'picklist' | 'int' | 'currency' | 'boolean' | 'date' | 'datetime' | 'email' | 'phone' | 'reference';
  length?: number;
  values?: readonly string[];
  /** Objects a reference may point at. */
  to?: readonly SObjectType[];
  create?: boolean;
  update?: boolean;
  required?: boolean;
  externalId?: boolean;
  unique?: boolean;
}

const rw = (type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({ type, create: true, update: true, ...extra });
const ro = (type: FieldDef['type'], extra: Partial<FieldDef> = {}): FieldDef => ({ type, create: false, update: false, ...extra });

// LastModifiedDate: the read-only audit field every object has, set by Salesforce on each create and update
// (Object Reference, "System Fields": "LastModifiedDate … Date and time when a user last modified this record").
const system = { Id: ro('id'), CreatedDate: ro('datetime'), LastModifiedDate: ro('datetime'), OwnerId: rw('reference', { to: ['User'] }) };
// Title: Contact.Title and Lead.Title, "Title of the contact, such as CEO or Vice President", string(128) (Object Reference).
const person = { FirstName: rw('string', { length: 40 }), Email: rw('email', { length: 80 }), Phone: rw('phone', { length: 40 }), MobilePhone: rw('phone', { length: 40 }), Title: rw('string', { length: 128 }) };

const contactPhones = { HomePhone: rw('phone', { length: 40 }), OtherPhone: rw('phone', { length: 40 }), AssistantPhone: rw('phone', { length: 40 }) };

/** The standard sales process's stages (Opportunity.StageName); IsClosed follows from the stage. */
export const STEP_NAMES: Record<string, { closed: boolean; won: boolean }> = {
  Prospecting: { closed: false, won: false },
  Qualification: { closed: false, won: false },
  'Needs Analysis': { closed: false, won: false },
  'Value Proposition': { closed: false, won: false },
  'Id. Decision Makers': { closed: false, won: false },
  'Perception Analysis': { closed: false, won: false },
  'Proposal/Price Quote': { closed: false, won: false },
  'Negotiation/Review': { closed: false, won: false },
  'Closed Won': { closed: true, won: true },
  'Closed Lost': { closed: true, won: false },
};

/** The master record type's id: the one an org without Opportunity record types (or an opportunity without one) has. */
export const MASTER_RECORD_TYPE = '012000000000000AAA';

export function schemaFor(keyField: string | null, keyUnique: boolean, recordTypes = false): Record<SObjectType, Record<string, FieldDef>> {
  return {
    Account: { ...system, Name: rw('string', { length: 255, required: true }) },
    // A Contact's other phones (Object Reference, Contact: HomePhone, OtherPhone, AssistantPhone, type phone, 40); a Lead has none of them.
    Contact: { ...system, ...person, ...contactPhones, LastName: rw('string', { length: 80, required: true }), AccountId: rw('reference', { to: ['Account'] }) },
    Lead: {
      ...system,
      ...person,
      LastName: rw('string', { length: 80, required: true }),
      Company: rw('string', { length: 255, required: true }),
      LeadSource: rw('picklist', { values: ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'] }),
      IsConverted: ro('boolean'),
    },
    Opportunity: {
      ...system,
      Name: rw('string', { length: 120, required: true }),
      StageName: rw('picklist', { values: Object.keys(STEP_NAMES), required: true }),
      CloseDate: rw('date', { required: true }),
      // Amount: a currency field (Object Reference, Opportunity), a JSON number in the org's currency.
      Amount: rw('currency'),
      AccountId: rw('reference', { to: ['Account'] }),
      IsClosed: ro('boolean'),
      IsWon: ro('boolean'),
      // Only in orgs with Opportunity record types (a query naming it elsewhere is INVALID_FIELD); the record type decides
      // the sales process, the StageNames its opportunities go through.
      ...(recordTypes && { RecordTypeId: rw('string', { length: 18 }) }),
    },
    OpportunityContactRole: {
      ...system,
      OpportunityId: rw('reference', { to: ['Opportunity'], required: true, update: false }),
      ContactId: rw('reference', { to: ['Contact'], required: true }),
      Role: rw('string', { length: 40 }),
      IsPrimary: rw('boolean'),
    },
    Task: {
      ...system,
      Subject: rw('string', { length: 255 }),
      Description: rw('textarea', { length: 32_000 }),
      // Create-only. The Task object reference (developer.salesforce.com/docs/atlas.en-us.object_reference.meta/
      // object_reference/sforce_api_objects_task.htm) gives TaskSubtype the Create property but not Update (fields a
      // caller may change, such as Subject or ActivityDate, carry both); api-contracts.md §2 "settable on create only",
      // confirmed in §3b. A body carrying it on the update path (PATCH by id, or an upsert by External ID that finds
      // its record) is refused whole with 400 and Salesforce's array error body
      // [{"message":"Unable to create/update fields: TaskSubtype. …","errorCode":"INVALID_FIELD_FOR_INSERT_UPDATE","fields":["TaskSubtype"]}]
      // (REST API Developer Guide, "Status Codes and Error Responses"; api-contracts.md §3b).
      TaskSubtype: rw('picklist', { values: ['Task', 'Email', 'ListEmail', 'Cadence', 'Call', 'LinkedIn'], update: false }),
      Status: rw('picklist', { values: ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'], required: true }),
      Priority: rw('picklist', { values: ['High', 'Normal', 'Low'], required: true }),
      ActivityDate: rw('date'),
      CallType: rw('picklist', { values: ['Inbound', 'Outbound', 'Internal'] }),
      CallDurationInSeconds: rw('int'),
      CallDisposition: rw('string', { length: 255 }),
      CallObject: rw('string', { length: 255 }),
      WhoId: rw('reference', { to: ['Contact', 'Lead'] }),
      WhatId: rw('reference', { to: ['Opportunity', 'Account'] }),
      ...(keyField && { [keyField]: rw('string', { length: 255, externalId: true, unique: keyUnique }) }),
    },
    // UserType follows the user's license (User object reference: Standard, PowerPartner, CsnOnly for Chatter Free, …); read-only.
    User: { Id: ro('id'), Email: rw('email', { required: true }), Username: rw('string'), LastName: rw('string', { required: true }), IsActive: rw('boolean'), UserType: ro('picklist', { values: ['Standard', 'PowerPartner', 'PowerCustomerSuccess', 'CustomerSuccess', 'CsnOnly', 'CspLitePortal', 'AutomatedProcess'] }) },
  };
}

/** Defaults Salesforce fills in on create. */
export const DEFAULTS: Partial<Record<SObjectType, Record<string, unknown>>> = {
  Task: { Status: 'Not Started', Priority: 'Normal', TaskSubtype: 'Task' },
  Lead: { IsConverted: false },
  User: { IsActive: true, UserType: 'Standard' },
};
