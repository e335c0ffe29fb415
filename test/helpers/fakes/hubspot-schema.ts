import type { PropertyProblem } from './hubspot-http.ts';

/**
 * What the HubSpot fake knows about HubSpot's data model: object types, their default properties and types,
 * HUBSPOT_DEFINED association types, the default deal pipeline and call outcomes (api-contracts.md §1).
 * Error codes PROPERTY_DOESNT_EXIST, INVALID_OPTION and READ_ONLY_VALUE are HubSpot's; the codes for
 * malformed numbers and dates are approximations (the status, 400 VALIDATION_ERROR, is what matters).
 */

export type ObjectType = 'contacts' | 'deals' | 'calls' | 'tasks';
export const OBJECT_TYPES: readonly ObjectType[] = ['contacts', 'deals', 'calls', 'tasks'];
export const OBJECT_TYPE_IDS: Record<ObjectType, string> = { contacts: '0-1', deals: '0-3', calls: '0-48', tasks: '0-27' };
export const SINGULAR: Record<ObjectType, string> = { contacts: 'CONTACT', deals: 'DEAL', calls: 'CALL', tasks: 'TASK' };

/** Path segments HubSpot accepts for an object type: plural, singular or the type id. */
export function objectTypeOf(segment: string | undefined): ObjectType | null {
  const s = segment?.toLowerCase() ?? '';
  for (const t of OBJECT_TYPES) if (s === t || s === t.slice(0, -1) || s === OBJECT_TYPE_IDS[t]) return t;
  return null;
}

export type PropertyType = 'string' | 'number' | 'datetime' | 'date' | 'enumeration' | 'bool';

export interface PropertyDef {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  groupName: string;
  description?: string;
  options?: string[];
  /** Calculated by HubSpot; writing it is a READ_ONLY_VALUE error. */
  readOnly?: boolean;
  hasUniqueValue?: boolean;
  createdAt?: string;
}

const def = (name: string, type: PropertyType, groupName: string, extra: Partial<PropertyDef> = {}): PropertyDef => ({
  name,
  label: name,
  type,
  fieldType: type === 'enumeration' ? 'select' : type === 'bool' ? 'booleancheckbox' : type === 'number' ? 'number' : type === 'datetime' || type === 'date' ? 'date' : 'text',
  groupName,
  ...extra,
});
const ro = { readOnly: true };

/** HubSpot's default call outcomes (`hs_call_disposition` values). */
export const CALL_DISPOSITIONS = [
  '9d9162e7-6cf3-4944-bf63-4dff82258764',
  'f240bbac-87c9-4f6e-bf70-924b57d47db7',
  'a4c4c377-d246-4b32-a13b-75a56a4cd0ff',
  'b2cf5968-551e-4856-9783-52b3da59a7d0',
  '73a0d17f-1163-4015-bdd5-ec830791da20',
  '17b47fee-58de-441e-a44c-c6300d46f273',
];

const common = (group: string) => [def('hs_object_id', 'number', group, ro), def('hubspot_owner_id', 'enumeration', group)];
const engagement = (group: string) => [...common(group), def('hs_createdate', 'datetime', group, ro), def('hs_lastmodifieddate', 'datetime', group, ro), def('hs_timestamp', 'datetime', group)];

export const DEFAULT_PROPERTIES: Record<ObjectType, PropertyDef[]> = {
  contacts: [
    ...common('contactinformation'),
    ...['email', 'firstname', 'lastname', 'phone', 'mobilephone', 'company', 'jobtitle', 'country'].map((n) => def(n, 'string', 'contactinformation')),
    def('createdate', 'datetime', 'contactinformation', ro),
    def('lastmodifieddate', 'datetime', 'contactinformation', ro),
    def('hs_searchable_calculated_phone_number', 'string', 'contactinformation', ro),
    def('hs_searchable_calculated_mobile_number', 'string', 'contactinformation', ro),
    /** HubSpot's calculated "Email Domain": the part of `email` after the @, lower-cased (searchable, read-only). */
    def('hs_email_domain', 'string', 'contactinformation', ro),
    /** "Additional email addresses", `;`-separated: read-only in the v3 API (they come from merges and the UI). */
    def('hs_additional_emails', 'string', 'contactinformation', ro),
  ],
  deals: [
    ...common('dealinformation'),
    def('dealname', 'string', 'dealinformation'),
    def('amount', 'number', 'dealinformation'),
    // "Currency": the amount's ISO code, set on deals in accounts with several currencies (empty otherwise).
    def('deal_currency_code', 'enumeration', 'dealinformation'),
    def('closedate', 'datetime', 'dealinformation'),
    def('pipeline', 'enumeration', 'dealinformation'),
    def('dealstage', 'enumeration', 'dealinformation'),
    def('createdate', 'datetime', 'dealinformation'),
    def('hs_lastmodifieddate', 'datetime', 'dealinformation', ro),
    def('hs_is_closed', 'bool', 'dealinformation', ro),
    def('hs_is_closed_won', 'bool', 'dealinformation', ro),
  ],
  calls: [
    ...engagement('call'),
    ...['hs_call_title', 'hs_call_body', 'hs_call_from_number', 'hs_call_to_number', 'hs_call_recording_url'].map((n) => def(n, 'string', 'call')),
    def('hs_call_duration', 'number', 'call'),
    def('hs_call_direction', 'enumeration', 'call', { options: ['INBOUND', 'OUTBOUND'] }),
    def('hs_call_disposition', 'enumeration', 'call', { options: CALL_DISPOSITIONS }),
    def('hs_call_status', 'enumeration', 'call', {
      options: ['BUSY', 'CALLING_CRM_USER', 'CANCELED', 'COMPLETED', 'CONNECTING', 'FAILED', 'IN_PROGRESS', 'MISSED', 'NO_ANSWER', 'QUEUED', 'RINGING'],
    }),
  ],
  tasks: [
    ...engagement('task'),
    def('hs_task_subject', 'string', 'task'),
    def('hs_task_body', 'string', 'task'),
    def('hs_task_status', 'enumeration', 'task', { options: ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'] }),
    def('hs_task_priority', 'enumeration', 'task', { options: ['NONE', 'LOW', 'MEDIUM', 'HIGH'] }),
    def('hs_task_type', 'enumeration', 'task', { options: ['EMAIL', 'CALL', 'TODO', 'LINKED_IN'] }),
  ],
};

/** Properties a create must carry (the engagement docs mark `hs_timestamp` required). */
export const REQUIRED_ON_CREATE: Record<ObjectType, string[]> = { contacts: [], deals: [], calls: ['hs_timestamp'], tasks: ['hs_timestamp'] };

/** Properties a search or read returns when the request names none. */
export const DEFAULT_RETURNED: Record<ObjectType, string[]> = {
  contacts: ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'],
  deals: ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'],
  calls: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
  tasks: ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'],
};

/** HUBSPOT_DEFINED association types (SDK `AssociationTypes.ts`); each has a reverse type for the other direction. */
export const ASSOCIATION_TYPES: { from: ObjectType; to: ObjectType; typeId: number }[] = [
  { from: 'contacts', to: 'deals', typeId: 4 },
  { from: 'deals', to: 'contacts', typeId: 3 },
  { from: 'calls', to: 'contacts', typeId: 194 },
  { from: 'contacts', to: 'calls', typeId: 193 },
  { from: 'calls', to: 'deals', typeId: 206 },
  { from: 'deals', to: 'calls', typeId: 205 },
  { from: 'tasks', to: 'contacts', typeId: 204 },
  { from: 'contacts', to: 'tasks', typeId: 203 },
  { from: 'tasks', to: 'deals', typeId: 216 },
  { from: 'deals', to: 'tasks', typeId: 215 },
];

export interface FakeStage {
  id: string;
  label: string;
  displayOrder: number;
  metadata: { isClosed: string; probability: string };
  archived?: boolean;
}
export interface FakePipeline {
  id: string;
  label: string;
  displayOrder: number;
  archived?: boolean;
  stages: FakeStage[];
}

const stage = (id: string, label: string, displayOrder: number, probability: string, isClosed = false): FakeStage => ({
  id,
  label,
  displayOrder,
  metadata: { isClosed: String(isClosed), probability },
});

/** The default "Sales Pipeline" every account has (stage ids are the canonical keys in DESIGN.md). */
export const DEFAULT_PIPELINE: FakePipeline = {
  id: 'default',
  label: 'Sales Pipeline',
  displayOrder: 0,
  stages: [
    stage('appointmentscheduled', 'Appointment Scheduled', 0, '0.2'),
    stage('qualifiedtobuy', 'Qualified To Buy', 1, '0.4'),
    stage('presentationscheduled', 'Presentation Scheduled', 2, '0.6'),
    stage('decisionmakerboughtin', 'Decision Maker Bought-In', 3, '0.8'),
    stage('contractsent', 'Contract Sent', 4, '0.9'),
    stage('closedwon', 'Closed Won', 5, '1.0', true),
    stage('closedlost', 'Closed Lost', 6, '0.0', true),
  ],
};

/** Checks and normalises one property value by its type: HubSpot stores every value as a string. */
export function checkValue(d: PropertyDef, value: unknown): { value: string | null } | { problem: PropertyProblem } {
  const bad = (error: string, message: string) => ({ problem: { name: d.name, error, message } });
  if (value === null || value === '') return { value: null };
  if (typeof value === 'object') return bad('INVALID_PROPERTY_VALUE', `${JSON.stringify(value)} is not a valid value for ${d.name}: values are strings, numbers or booleans`);
  const text = String(value);
  switch (d.type) {
    case 'number':
      return Number.isFinite(Number(text)) ? { value: String(Number(text)) } : bad('INVALID_LONG', `${text} is not a valid number`);
    case 'bool':
      return text === 'true' || text === 'false' ? { value: text } : bad('INVALID_BOOLEAN', `${text} is not a valid boolean value (true or false)`);
    case 'datetime':
    case 'date': {
      const ms = /^\d+$/.test(text) ? Number(text) : /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? Date.parse(text) : NaN;
      return Number.isFinite(ms) ? { value: new Date(ms).toISOString() } : bad('INVALID_DATE', `${text} is not a valid date; use epoch milliseconds or ISO 8601`);
    }
    case 'enumeration':
      return !d.options || d.options.includes(text)
        ? { value: text }
        : bad('INVALID_OPTION', `${text} was not one of the allowed options: [${d.options.map((o) => `label: "${o}"\nvalue: "${o}"`).join(', ')}]`);
    default:
      return text.length <= 65_536 ? { value: text } : bad('INVALID_PROPERTY_VALUE', `Value for ${d.name} is ${text.length} characters; the limit is 65536`);
  }
}
