import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';
import { hsError, invalidJson, notFound, propertyErrors, validationError, type FakeReply, type PropertyProblem } from './hubspot-http.ts';
import {
  ASSOCIATION_TYPES,
  DEFAULT_PIPELINE,
  DEFAULT_PROPERTIES,
  DEFAULT_RETURNED,
  OBJECT_TYPES,
  REQUIRED_ON_CREATE,
  SINGULAR,
  checkValue,
  type FakePipeline,
  type ObjectType,
  type PropertyDef,
} from './hubspot-schema.ts';

export interface StoredObject {
  id: string;
  type: ObjectType;
  properties: Record<string, string | null>;
  createdAt: string;
  updatedAt: string;
  /** What the search index holds (null until first indexed) and the write waiting to reach it. */
  indexed: Record<string, string | null> | null;
  pending: { at: number; properties: Record<string, string | null> } | null;
}

export interface Edge {
  from: ObjectType;
  fromId: string;
  to: ObjectType;
  toId: string;
  typeId: number;
}

export interface FakeOwner {
  id: string;
  email: string;
  firstName?: string;
  lastName?: string;
  userId?: number;
  archived?: boolean;
}

export interface StoreOptions {
  /** The account's country: how HubSpot reads numbers typed without a country code. */
  defaultCountry: string;
  /** New and changed records reach the search index only after this delay. */
  searchLagMs: number;
}

export type HubSpotStore = ReturnType<typeof createHubSpotStore>;

/** The fake's in-memory CRM: records, associations (both directions), owners, pipelines and property definitions. */
export function createHubSpotStore(opts: StoreOptions) {
  const objects = Object.fromEntries(OBJECT_TYPES.map((t) => [t, new Map<string, StoredObject>()])) as Record<ObjectType, Map<string, StoredObject>>;
  const customProps = Object.fromEntries(OBJECT_TYPES.map((t) => [t, [] as PropertyDef[]])) as Record<ObjectType, PropertyDef[]>;
  const groups = Object.fromEntries(OBJECT_TYPES.map((t) => [t, new Set(DEFAULT_PROPERTIES[t].map((d) => d.groupName))])) as Record<ObjectType, Set<string>>;
  const edges: Edge[] = [];
  const owners: FakeOwner[] = [];
  const pipelines: FakePipeline[] = [structuredClone(DEFAULT_PIPELINE)];
  let nextId = 51_000_000_001;

  const propertyDef = (type: ObjectType, name: string) => DEFAULT_PROPERTIES[type].find((d) => d.name === name) ?? customProps[type].find((d) => d.name === name);
  const stageOf = (pipelineId: string | null, stageId: string | null) => pipelines.find((p) => p.id === (pipelineId ?? 'default'))?.stages.find((s) => s.id === stageId);

  /** Validates written properties like the v3 endpoints: unknown, read-only, mistyped, unknown owner or stage. */
  function checkProperties(type: ObjectType, input: unknown, existing: StoredObject | null, trusted: boolean): { props: Record<string, string | null> } | { reply: FakeReply } {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return { reply: invalidJson('Cannot deserialize `properties`: expected an object of property values') };
    const problems: PropertyProblem[] = [];
    const props: Record<string, string | null> = {};
    for (const [name, raw] of Object.entries(input)) {
      const d = propertyDef(type, name);
      if (!d) {
        problems.push({ name, error: 'PROPERTY_DOESNT_EXIST', message: `Property "${name}" does not exist` });
        continue;
      }
      if (d.readOnly && !trusted) {
        problems.push({ name, error: 'READ_ONLY_VALUE', message: `${name} is a read only property; its value cannot be set.` });
        continue;
      }
      const checked = checkValue(d, raw);
      if ('problem' in checked) problems.push(checked.problem);
      else props[name] = checked.value;
    }
    const owner = props.hubspot_owner_id;
    if (owner && !owners.some((o) => o.id === owner && !o.archived)) {
      problems.push({ name: 'hubspot_owner_id', error: 'INVALID_OWNER_ID', message: `${owner} is not a valid owner id` });
    }
    if (type === 'deals' && ('dealstage' in props || 'pipeline' in props)) {
      const pipelineId = props.pipeline ?? existing?.properties.pipeline ?? 'default';
      const pipeline = pipelines.find((p) => p.id === pipelineId);
      const stageId = props.dealstage ?? existing?.properties.dealstage ?? null;
      if (!pipeline) problems.push({ name: 'pipeline', error: 'INVALID_OPTION', message: `${pipelineId} was not one of the allowed options` });
      else if (stageId && !pipeline.stages.some((s) => s.id === stageId && !s.archived)) {
        problems.push({ name: 'dealstage', error: 'INVALID_OPTION', message: `${stageId} was not one of the allowed options: [${pipeline.stages.map((s) => s.id).join(', ')}]` });
      }
    }
    if (!existing && !trusted) {
      for (const name of REQUIRED_ON_CREATE[type]) {
        if (!props[name]) problems.push({ name, error: 'REQUIRED_PROPERTY', message: `${name} is required` });
      }
    }
    return problems.length ? { reply: propertyErrors(problems) } : { props };
  }

  /** Properties HubSpot calculates: searchable phone numbers and the e-mail domain on contacts, closed flags on deals. */
  function calculate(o: StoredObject) {
    const p = o.properties;
    p.hs_object_id = o.id;
    if (o.type === 'contacts') {
      p.hs_searchable_calculated_phone_number = searchableNumber(p.phone, opts.defaultCountry);
      p.hs_searchable_calculated_mobile_number = searchableNumber(p.mobilephone, opts.defaultCountry);
      p.hs_email_domain = emailDomain(p.email);
    }
    if (o.type === 'deals') {
      p.pipeline ??= 'default';
      const stage = stageOf(p.pipeline, p.dealstage ?? null);
      p.hs_is_closed = String(stage?.metadata.isClosed === 'true');
      p.hs_is_closed_won = String(stage?.metadata.isClosed === 'true' && Number(stage.metadata.probability) >= 1);
    }
    o.pending = { at: Date.now() + opts.searchLagMs, properties: { ...p } };
  }

  /**
   * An e-mail is unique among contacts, as a contact's `email` or one of its `hs_additional_emails` (case ignored): HubSpot
   * answers a create or update that would give it to a second contact 409 CONFLICT, naming the contact that has it. The
   * check reads the records themselves, not the lagging search index.
   */
  function emailConflict(type: ObjectType, props: Record<string, string | null>, self: string | null): FakeReply | null {
    const email = props.email?.trim().toLowerCase();
    if (type !== 'contacts' || !email) return null;
    for (const other of objects.contacts.values()) {
      if (other.id === self) continue;
      const addresses = [other.properties.email, ...(other.properties.hs_additional_emails?.split(';') ?? [])].map((a) => a?.trim().toLowerCase());
      if (addresses.includes(email)) return hsError(409, `Contact already exists. Existing ID: ${other.id}`, { category: 'CONFLICT' });
    }
    return null;
  }

  function write(type: ObjectType, id: string | null, input: unknown, trusted: boolean, newId?: string): { obj: StoredObject } | { reply: FakeReply } {
    const existing = id ? (objects[type].get(id) ?? null) : null;
    if (id && !existing) return { reply: notFound() };
    const checked = checkProperties(type, input, existing, trusted);
    if ('reply' in checked) return checked;
    // Seeds may set up what the API would refuse (tests of accounts that already hold such data).
    const conflict = trusted ? null : emailConflict(type, checked.props, existing?.id ?? null);
    if (conflict) return { reply: conflict };
    const now = new Date().toISOString();
    const created = type === 'contacts' || type === 'deals' ? 'createdate' : 'hs_createdate';
    const modified = type === 'contacts' ? 'lastmodifieddate' : 'hs_lastmodifieddate';
    if (newId && objects[type].has(newId)) throw new Error(`fake: ${type} ${newId} already exists`);
    const obj: StoredObject = existing ?? { id: newId ?? String(nextId++), type, properties: { [created]: now }, createdAt: now, updatedAt: now, indexed: null, pending: null };
    Object.assign(obj.properties, checked.props, { [modified]: now });
    obj.updatedAt = now;
    if (obj.properties[created] && !existing) obj.createdAt = obj.properties[created];
    calculate(obj);
    objects[type].set(obj.id, obj);
    return { obj };
  }

  /** Checks a v3 create's `associations` and returns the edges to add (HubSpot rejects the whole create on any bad one). */
  function checkAssociations(type: ObjectType, input: unknown): { add: Edge[] } | { reply: FakeReply } {
    if (input === undefined || input === null) return { add: [] };
    if (!Array.isArray(input)) return { reply: invalidJson('Cannot deserialize `associations`: expected an array') };
    if (input.length > 500) return { reply: validationError('Too many associations: at most 500 per record') };
    const add: Edge[] = [];
    const invalidIds: string[] = [];
    for (const a of input as { to?: { id?: unknown }; types?: { associationCategory?: unknown; associationTypeId?: unknown }[] }[]) {
      if (!a?.to || a.to.id === undefined || !Array.isArray(a.types) || !a.types.length) {
        return { reply: invalidJson('Cannot build PublicAssociationsForObject, some of required attributes are not set [to, types]') };
      }
      for (const t of a.types) {
        if (!['HUBSPOT_DEFINED', 'USER_DEFINED', 'INTEGRATOR_DEFINED'].includes(String(t?.associationCategory)) || typeof t.associationTypeId !== 'number') {
          return { reply: invalidJson('Cannot build AssociationSpec, some of required attributes are not set [associationCategory, associationTypeId]') };
        }
        const known = ASSOCIATION_TYPES.find((x) => x.from === type && x.typeId === t.associationTypeId && t.associationCategory === 'HUBSPOT_DEFINED');
        if (!known) {
          return {
            reply: validationError(`${t.associationCategory}-${t.associationTypeId} is not a valid association type from ${SINGULAR[type]}`, {
              subCategory: 'crm.associations.INVALID_ASSOCIATION_TYPE',
              context: { type: [String(t.associationTypeId)], fromObjectType: [SINGULAR[type]] },
            }),
          };
        }
        const toId = String(a.to.id);
        if (!objects[known.to].has(toId)) invalidIds.push(`${SINGULAR[known.to]}=${toId} is not valid`);
        else add.push({ from: type, fromId: '', to: known.to, toId, typeId: known.typeId });
      }
    }
    if (invalidIds.length) return { reply: validationError('One or more associations are invalid', { context: { INVALID_OBJECT_IDS: invalidIds } }) };
    return { add };
  }

  function associate(from: ObjectType, fromId: string, to: ObjectType, toId: string, typeId?: number) {
    const forward = typeId ?? ASSOCIATION_TYPES.find((x) => x.from === from && x.to === to)?.typeId;
    const back = ASSOCIATION_TYPES.find((x) => x.from === to && x.to === from)?.typeId;
    if (forward === undefined || back === undefined) throw new Error(`fake: no association type ${from} → ${to}`);
    const has = (e: Edge) => edges.some((x) => x.from === e.from && x.fromId === e.fromId && x.toId === e.toId && x.typeId === e.typeId);
    for (const e of [{ from, fromId, to, toId, typeId: forward }, { from: to, fromId: toId, to: from, toId: fromId, typeId: back }]) if (!has(e)) edges.push(e);
  }

  return {
    objects,
    edges,
    owners,
    pipelines,
    groups,
    propertyDef,
    customProps,
    get: (type: ObjectType, id: string) => objects[type].get(id),
    /** A v3 create; `seed` bypasses the read-only and required checks and may choose the id. */
    create(type: ObjectType, properties: unknown, associations: unknown, seed?: { id?: string }): { obj: StoredObject } | { reply: FakeReply } {
      const assoc = checkAssociations(type, associations);
      if ('reply' in assoc) return assoc;
      const written = write(type, null, properties, Boolean(seed), seed?.id);
      if ('obj' in written) for (const e of assoc.add) associate(type, written.obj.id, e.to, e.toId, e.typeId);
      return written;
    },
    update: (type: ObjectType, id: string, properties: unknown) => write(type, id, properties, false),
    associate,
    /** Associations of one record to one object type: `{ toId, typeIds }` per associated record. */
    associationsOf(type: ObjectType, id: string, to: ObjectType) {
      const byId = new Map<string, number[]>();
      for (const e of edges) if (e.from === type && e.fromId === id && e.to === to) byId.set(e.toId, [...(byId.get(e.toId) ?? []), e.typeId]);
      return [...byId].map(([toId, typeIds]) => ({ toId, typeIds }));
    },
    /** Records as the search index sees them now (writes newer than the lag are not there yet). */
    searchable(type: ObjectType): { obj: StoredObject; props: Record<string, string | null> }[] {
      const now = Date.now();
      const out = [];
      for (const obj of objects[type].values()) {
        if (obj.pending && obj.pending.at <= now) [obj.indexed, obj.pending] = [obj.pending.properties, null];
        if (obj.indexed) out.push({ obj, props: obj.indexed });
      }
      return out;
    },
    /** The JSON HubSpot returns for a record: requested properties (null when unset), else the defaults. */
    render(obj: StoredObject, requested?: string[]) {
      const names = requested?.length ? requested.filter((n) => propertyDef(obj.type, n)) : DEFAULT_RETURNED[obj.type];
      const properties = Object.fromEntries(names.map((n) => [n, obj.properties[n] ?? null]));
      return { id: obj.id, properties, createdAt: obj.createdAt, updatedAt: obj.updatedAt, archived: false };
    },
  };
}

/** `hs_searchable_calculated_*`: the national number, without country code or trunk prefix ("00004" → "4"). */
function searchableNumber(raw: string | null | undefined, country: string): string | null {
  if (!raw?.trim()) return null;
  const parsed = parsePhoneNumberFromString(raw, country as CountryCode);
  if (parsed?.isPossible()) return parsed.nationalNumber;
  return raw.replace(/\D/g, '').replace(/^0+/, '') || null;
}

/** `hs_email_domain`: what follows the last @ of the e-mail, lower-cased; null without an address. */
function emailDomain(email: string | null | undefined): string | null {
  const at = email?.trim().lastIndexOf('@') ?? -1;
  const domain = at >= 0 ? email!.trim().slice(at + 1).toLowerCase() : '';
  return domain || null;
}
