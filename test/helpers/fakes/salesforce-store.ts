import { DEFAULTS, ID_PREFIX, STEP_NAMES, notFound, schemaFor, sfError, type FakeReply, type FieldDef, type SObjectType } from './salesforce-schema.ts';

export type SRecord = Record<string, unknown> & { Id: string };

export const isId = (v: unknown): v is string => typeof v === 'string' && /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/.test(v);
const typeOfId = (id: string): SObjectType | undefined => (Object.entries(ID_PREFIX) as [SObjectType, string][]).find(([, p]) => id.startsWith(p))?.[0];

/** In-memory sObjects with Salesforce's field validation (create / update / upsert by External ID). */
export function createSalesforceStore(opts: { keyField: string | null; keyUnique: boolean; apiVersion: string; recordTypes?: boolean }) {
  const schema = schemaFor(opts.keyField, opts.keyUnique, opts.recordTypes);
  const records = Object.fromEntries(Object.keys(schema).map((t) => [t, new Map<string, SRecord>()])) as Record<SObjectType, Map<string, SRecord>>;
  let counter = 0;
  const newId = (type: SObjectType) => `${ID_PREFIX[type]}Fk${(++counter).toString(36).padStart(13, '0')}`;
  const stamp = () => new Date(Date.now() + counter).toISOString().replace('Z', '+0000');

  const find = (id: string): SRecord | undefined => {
    const type = typeOfId(id);
    return type ? (records[type].get(id) ?? (id.length === 15 ? [...records[type].values()].find((r) => r.Id.startsWith(id)) : undefined)) : undefined;
  };

  function checkValue(type: SObjectType, name: string, def: FieldDef, value: unknown): FakeReply | null {
    if (value === null) return def.required ? sfError(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${name}]`, [name]) : null;
    const bad = (what: string) => sfError(400, 'JSON_PARSER_ERROR', `Cannot deserialize instance of ${what} from ${JSON.stringify(value)} value for field ${name}`);
    switch (def.type) {
      case 'int':
        return Number.isInteger(value) ? null : bad('int');
      case 'currency':
        return typeof value === 'number' && Number.isFinite(value) ? null : bad('double');
      case 'boolean':
        return typeof value === 'boolean' ? null : bad('boolean');
      case 'date':
        return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? null : bad('date');
      case 'reference': {
        if (!isId(value)) return sfError(400, 'MALFORMED_ID', `${name}: id value of incorrect type: ${String(value)}`, [name]);
        const target = typeOfId(value);
        if (!target || !def.to?.includes(target)) return sfError(400, 'FIELD_INTEGRITY_EXCEPTION', `${name}: id value of incorrect type: ${value}`, [name]);
        return find(value) ? null : sfError(400, 'INVALID_CROSS_REFERENCE_KEY', `invalid cross reference id`, [name]);
      }
      case 'picklist':
        return typeof value === 'string' && def.values?.includes(value)
          ? null
          : sfError(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${name}: bad value for restricted picklist field: ${String(value)}`, [name]);
      default:
        if (typeof value !== 'string') return bad('String');
        if (def.length && value.length > def.length) return sfError(400, 'STRING_TOO_LONG', `${name}: data value too large: ${value.slice(0, 40)}... (max length=${def.length})`, [name]);
        return null;
    }
  }

  /**
   * A record may not be given to a deactivated user: 400 with the StatusCode INACTIVE_OWNER_OR_USER (one of the API's
   * status codes; restforce maps it to ErrorCode::InactiveOwnerOrUser). The message's wording is ⚠️.
   */
  function inactiveOwner(type: SObjectType, value: unknown): FakeReply | null {
    const user = typeof value === 'string' ? find(value) : undefined;
    return user?.IsActive === false ? sfError(400, 'INACTIVE_OWNER_OR_USER', `operation performed with inactive user [${user.Id}] as owner of ${type.toLowerCase()}`, ['OwnerId']) : null;
  }

  function validate(type: SObjectType, fields: Record<string, unknown>, mode: 'create' | 'update', selfId?: string): FakeReply | null {
    const defs = schema[type];
    for (const [name, value] of Object.entries(fields)) {
      const def = defs[name];
      if (!def) return sfError(400, 'INVALID_FIELD', `No such column '${name}' on sobject of type ${type}`);
      if (mode === 'create' ? !def.create : !def.update) {
        return sfError(400, 'INVALID_FIELD_FOR_INSERT_UPDATE', `Unable to create/update fields: ${name}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`, [name]);
      }
      const problem = checkValue(type, name, def, value) ?? (name === 'OwnerId' ? inactiveOwner(type, value) : null);
      if (problem) return problem;
      if (def.unique && value !== null && [...records[type].values()].some((r) => r.Id !== selfId && r[name] === value)) {
        return sfError(400, 'DUPLICATE_VALUE', `duplicate value found: ${name} duplicates value on record with id: ${[...records[type].values()].find((r) => r[name] === value)!.Id}`, [name]);
      }
    }
    return null;
  }

  function checkRecord(type: SObjectType, rec: Record<string, unknown>): FakeReply | null {
    const missing = Object.entries(schema[type])
      .filter(([name, def]) => def.required && (rec[name] === undefined || rec[name] === null || rec[name] === ''))
      .map(([name]) => name);
    if (missing.length) return sfError(400, 'REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing);
    if (type === 'Task' && typeof rec.WhoId === 'string' && rec.WhoId.startsWith(ID_PREFIX.Lead) && rec.WhatId) {
      return sfError(400, 'FIELD_INTEGRITY_EXCEPTION', 'Related To ID: You can\'t assign a task to a lead and a "Related To" record at the same time.', ['WhatId']);
    }
    return null;
  }

  const derive = (type: SObjectType, rec: Record<string, unknown>) => {
    if (type === 'Opportunity' && typeof rec.StageName === 'string') Object.assign(rec, { IsClosed: STEP_NAMES[rec.StageName]!.closed, IsWon: STEP_NAMES[rec.StageName]!.won });
  };

  /** `system`: seeding may set read-only fields (Id, CreatedDate, IsConverted…), as data loaded by an admin would have. */
  function create(type: SObjectType, fields: Record<string, unknown>, system: Record<string, unknown> = {}): { reply: FakeReply } | { rec: SRecord } {
    const problem = validate(type, fields, 'create');
    if (problem) return { reply: problem };
    const created = stamp();
    const rec: SRecord = { ...DEFAULTS[type], ...fields, Id: newId(type), CreatedDate: created, LastModifiedDate: created, ...system } as SRecord;
    derive(type, rec);
    const invalid = checkRecord(type, rec);
    if (invalid) return { reply: invalid };
    // Without OwnerId, the record belongs to the user who created it: over the API, the integration user the
    // session belongs to (Task object reference, OwnerId: "defaults to the user creating the record").
    if (type === 'Task' && !rec.OwnerId) rec.OwnerId = [...records.User.values()][0]?.Id ?? null;
    records[type].set(rec.Id, rec);
    return { rec };
  }

  function update(type: SObjectType, id: string, fields: Record<string, unknown>): FakeReply {
    const rec = records[type].get(id) ?? (isId(id) ? find(id) : undefined);
    if (!rec || typeOfId(rec.Id) !== type) return isId(id) ? notFound() : notFound(`Provided external ID field does not exist or is not accessible: ${id}`);
    const problem = validate(type, fields, 'update', rec.Id);
    if (problem) return problem;
    const next = { ...rec, ...fields, LastModifiedDate: stamp() };
    derive(type, next);
    const invalid = checkRecord(type, next);
    if (invalid) return invalid;
    records[type].set(rec.Id, next as SRecord);
    return { status: 204, body: undefined };
  }

  /**
   * `PATCH /sobjects/{type}/{field}/{value}`: 201 created, 200 updated, 300 when several records match. With
   * `?updateOnly=true` (REST API v61.0+, "To prevent a new record from being created, use the updateOnly parameter",
   * REST API Developer Guide, dome_upsert) no record is created: 404 NOT_FOUND when none matches.
   */
  function upsert(type: SObjectType, field: string, value: string, fields: Record<string, unknown>, updateOnly = false): FakeReply {
    const def = schema[type][field];
    if (!def) return notFound(`Provided external ID field does not exist or is not accessible: ${field}`);
    if (!def.externalId) return sfError(400, 'INVALID_FIELD', `Field ${field} is not an External ID or indexed field for ${type}`);
    if (field in fields && fields[field] !== value) return sfError(400, 'INVALID_FIELD', `The external ID field ${field} in the body does not match the value in the URL`, [field]);
    const matches = [...records[type].values()].filter((r) => r[field] === value);
    if (matches.length > 1) return { status: 300, body: matches.map((r) => `/services/data/${opts.apiVersion}/sobjects/${type}/${r.Id}`) };
    if (matches[0]) {
      const reply = update(type, matches[0].Id, fields);
      return reply.status === 204 ? { status: 200, body: { id: matches[0].Id, success: true, errors: [], created: false } } : reply;
    }
    if (updateOnly) return notFound(`No ${type} has ${field} = ${value}, and updateOnly forbids creating one`);
    const made = create(type, { ...fields, [field]: value });
    return 'reply' in made ? made.reply : { status: 201, body: { id: made.rec.Id, success: true, errors: [], created: true } };
  }

  return { schema, records, find, create, update, upsert };
}
export type SalesforceStore = ReturnType<typeof createSalesforceStore>;
