import { hsError, invalidJson, notFound, validationError, type FakeReply } from './hubspot-http.ts';
import { handleSearch } from './hubspot-search.ts';
import { objectTypeOf, SINGULAR, type ObjectType, type PropertyDef, type PropertyType } from './hubspot-schema.ts';
import type { HubSpotStore, StoredObject } from './hubspot-store.ts';

/** The HubSpot endpoints the fake serves (api-contracts.md §1), one function per route family. */

const FIELD_TYPES: Record<PropertyType, string[]> = {
  string: ['text', 'textarea', 'html', 'phonenumber', 'file'],
  number: ['number', 'calculation_equation'],
  enumeration: ['select', 'radio', 'checkbox', 'booleancheckbox', 'calculation_equation'],
  bool: ['booleancheckbox', 'calculation_equation'],
  date: ['date'],
  datetime: ['date'],
};

const now = () => new Date().toISOString();
const batchEnvelope = (results: unknown[], errors: unknown[]): FakeReply => ({
  status: errors.length ? 207 : 200,
  body: { status: 'COMPLETE', results, ...(errors.length && { numErrors: errors.length, errors }), startedAt: now(), completedAt: now() },
});

export function route(store: HubSpotStore, method: string, path: string, query: URLSearchParams, body: unknown): FakeReply {
  const seg = path.replace(/\/+$/, '').split('/').slice(1); // ['crm', 'v3', …]
  const [crm, version, area] = seg;
  if (crm !== 'crm') return notFound(`No route for ${method} ${path}`);
  if (version === 'v3' && area === 'objects') return objectsRoute(store, method, seg.slice(3), query, body);
  if (version === 'v4' && area === 'objects' && method === 'GET' && seg[5] === 'associations') return listAssociations(store, seg, query);
  if (version === 'v4' && area === 'associations' && method === 'POST' && seg.slice(5).join('/') === 'batch/read') return batchReadAssociations(store, seg, body);
  if (version === 'v3' && area === 'pipelines' && method === 'GET' && seg[3] === 'deals' && seg.length === 4) {
    return { status: 200, body: { results: store.pipelines.map((p) => ({ ...p, createdAt: '2020-01-01T00:00:00Z', updatedAt: '2020-01-01T00:00:00Z', archived: p.archived ?? false })) } };
  }
  if (version === 'v3' && area === 'owners' && method === 'GET' && seg.length === 3) return listOwners(store, query);
  if (version === 'v3' && area === 'properties') return propertiesRoute(store, method, seg.slice(3), body);
  return notFound(`No route for ${method} ${path}`);
}

function objectsRoute(store: HubSpotStore, method: string, rest: string[], query: URLSearchParams, body: unknown): FakeReply {
  const type = objectTypeOf(rest[0]);
  if (!type) return hsError(400, `Unable to infer object type from: ${rest[0]}`, { category: 'VALIDATION_ERROR' });
  const [, second, third] = rest;
  if (method === 'POST' && second === 'search' && rest.length === 2) return handleSearch(store, type, body);
  if (method === 'POST' && second === 'batch' && third === 'read' && rest.length === 3) return batchRead(store, type, body);
  if (method === 'POST' && rest.length === 1) {
    const input = body as { properties?: unknown; associations?: unknown } | null;
    if (!input || typeof input !== 'object' || input.properties === undefined) return invalidJson('Cannot build SimplePublicObjectInputForCreate, some of required attributes are not set [properties]');
    const made = store.create(type, input.properties, input.associations);
    return 'reply' in made ? made.reply : { status: 201, body: store.render(made.obj, Object.keys(made.obj.properties)) };
  }
  if (second === undefined || rest.length !== 2) return notFound();
  const obj = store.get(type, second);
  if (method === 'GET') {
    if (!obj) return notFound();
    return { status: 200, body: { ...store.render(obj, csv(query.get('properties'))), ...associationsField(store, obj, csv(query.get('associations'))) } };
  }
  if (method === 'PATCH') {
    const input = body as { properties?: unknown } | null;
    if (!input || typeof input !== 'object' || input.properties === undefined) return invalidJson('Cannot build SimplePublicObjectInput, some of required attributes are not set [properties]');
    const done = store.update(type, second, input.properties);
    return 'reply' in done ? done.reply : { status: 200, body: store.render(done.obj, Object.keys(done.obj.properties)) };
  }
  return hsError(405, `Method ${method} not allowed`);
}

const csv = (s: string | null) => (s ? s.split(',').map((x) => x.trim()).filter(Boolean) : undefined);

/** `?associations=contacts` on a v3 read: `{ associations: { contacts: { results: [{ id, type }] } } }`. */
function associationsField(store: HubSpotStore, obj: StoredObject, wanted: string[] | undefined) {
  const out: Record<string, { results: { id: string; type: string }[] }> = {};
  for (const name of wanted ?? []) {
    const to = objectTypeOf(name);
    if (!to) continue;
    const results = store.associationsOf(obj.type, obj.id, to).map((a) => ({ id: a.toId, type: `${SINGULAR[obj.type].toLowerCase()}_to_${SINGULAR[to].toLowerCase()}` }));
    if (results.length) out[to] = { results };
  }
  return Object.keys(out).length ? { associations: out } : {};
}

function batchRead(store: HubSpotStore, type: ObjectType, body: unknown): FakeReply {
  const input = body as { inputs?: { id?: unknown }[]; properties?: string[] } | null;
  if (!input || !Array.isArray(input.inputs)) return invalidJson('Cannot build BatchReadInputSimplePublicObjectId, some of required attributes are not set [inputs, properties, propertiesWithHistory]');
  if (input.inputs.length > 100) return validationError(`Too many inputs (${input.inputs.length}); a batch takes at most 100.`);
  const results: unknown[] = [];
  const missing: string[] = [];
  for (const { id } of input.inputs) {
    const obj = store.get(type, String(id));
    if (obj) results.push(store.render(obj, input.properties));
    else missing.push(String(id));
  }
  const errors = missing.length
    ? [{ status: 'error', category: 'OBJECT_NOT_FOUND', message: `Could not get some ${SINGULAR[type]} objects, they may be deleted or not exist. Check that ids are valid.`, context: { ids: missing } }]
    : [];
  return batchEnvelope(results, errors);
}

const typesOf = (typeIds: number[]) => typeIds.map((typeId) => ({ category: 'HUBSPOT_DEFINED', typeId, label: null }));

/** `GET /crm/v4/objects/{from}/{id}/associations/{to}?limit&after` (limit ≤ 500). */
function listAssociations(store: HubSpotStore, seg: string[], query: URLSearchParams): FakeReply {
  const [from, to] = [objectTypeOf(seg[3]), objectTypeOf(seg[6])];
  if (!from || !to || seg.length !== 7) return notFound();
  const limit = Number(query.get('limit') ?? 500);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) return validationError('limit must be between 1 and 500');
  const offset = Number(query.get('after') ?? 0);
  const all = store.associationsOf(from, seg[4] ?? '', to);
  const results = all.slice(offset, offset + limit).map((a) => ({ toObjectId: Number(a.toId), associationTypes: typesOf(a.typeIds) }));
  const paging = offset + limit < all.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { status: 200, body: { results, ...paging } };
}

/** `POST /crm/v4/associations/{from}/{to}/batch/read`: ids without associations are 207 errors. */
function batchReadAssociations(store: HubSpotStore, seg: string[], body: unknown): FakeReply {
  const [from, to] = [objectTypeOf(seg[3]), objectTypeOf(seg[4])];
  if (!from || !to) return notFound();
  const input = body as { inputs?: { id?: unknown }[] } | null;
  if (!input || !Array.isArray(input.inputs)) return invalidJson('Cannot build BatchInputPublicFetchAssociationsBatchRequest, some of required attributes are not set [inputs]');
  if (input.inputs.length > 1000) return validationError(`Too many inputs (${input.inputs.length}); a batch takes at most 1000.`);
  const results: unknown[] = [];
  const errors: unknown[] = [];
  for (const { id } of input.inputs) {
    const list = store.associationsOf(from, String(id), to);
    if (list.length) results.push({ from: { id: String(id) }, to: list.map((a) => ({ toObjectId: Number(a.toId), associationTypes: typesOf(a.typeIds) })) });
    else {
      errors.push({
        status: 'error',
        category: 'OBJECT_NOT_FOUND',
        subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
        message: `No ${SINGULAR[to].toLowerCase()} is associated with ${SINGULAR[from].toLowerCase()} ${String(id)}.`,
        context: { fromObjectId: [String(id)], toObjectType: [SINGULAR[to]] },
      });
    }
  }
  return batchEnvelope(results, errors);
}

/** `GET /crm/v3/owners?email=&limit=&after=&archived=`. */
function listOwners(store: HubSpotStore, query: URLSearchParams): FakeReply {
  const email = query.get('email')?.toLowerCase();
  const archived = query.get('archived') === 'true';
  const limit = Number(query.get('limit') ?? 100);
  if (!Number.isInteger(limit) || limit < 1 || limit > 500) return validationError('limit must be between 1 and 500');
  const offset = Number(query.get('after') ?? 0);
  const all = store.owners.filter((o) => (o.archived ?? false) === archived && (!email || o.email.toLowerCase() === email));
  const results = all.slice(offset, offset + limit).map((o) => ({
    id: o.id,
    email: o.email,
    type: 'PERSON',
    firstName: o.firstName ?? '',
    lastName: o.lastName ?? '',
    userId: o.userId ?? Number(o.id) + 1000,
    userIdIncludingInactive: o.userId ?? Number(o.id) + 1000,
    createdAt: '2020-01-01T00:00:00Z',
    updatedAt: '2020-01-01T00:00:00Z',
    archived: o.archived ?? false,
  }));
  const paging = offset + limit < all.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { status: 200, body: { results, ...paging } };
}

function renderProperty(d: PropertyDef, hubspotDefined: boolean) {
  return {
    name: d.name,
    label: d.label,
    type: d.type,
    fieldType: d.fieldType,
    groupName: d.groupName,
    description: d.description ?? '',
    options: (d.options ?? []).map((o, i) => ({ label: o, value: o, displayOrder: i, hidden: false })),
    calculated: d.readOnly ?? false,
    hasUniqueValue: d.hasUniqueValue ?? false,
    hidden: false,
    hubspotDefined,
    modificationMetadata: { archivable: !hubspotDefined, readOnlyDefinition: hubspotDefined, readOnlyValue: d.readOnly ?? false },
    formField: false,
    createdAt: d.createdAt ?? '2020-01-01T00:00:00Z',
    updatedAt: d.createdAt ?? '2020-01-01T00:00:00Z',
    archived: false,
  };
}

/** Properties API: read one, list, create a property or a group. */
function propertiesRoute(store: HubSpotStore, method: string, rest: string[], body: unknown): FakeReply {
  const type = objectTypeOf(rest[0]);
  if (!type) return hsError(400, `Unable to infer object type from: ${rest[0]}`, { category: 'VALIDATION_ERROR' });
  const custom = store.customProps[type];
  if (method === 'GET' && rest.length === 2) {
    const d = store.propertyDef(type, rest[1] ?? '');
    return d ? { status: 200, body: renderProperty(d, !custom.includes(d)) } : notFound(`Unable to find property ${rest[1]} for object type ${type}`);
  }
  if (method === 'POST' && rest.length === 2 && rest[1] === 'groups') {
    const g = body as { name?: unknown; label?: unknown } | null;
    if (typeof g?.name !== 'string' || typeof g.label !== 'string') return invalidJson('Cannot build PropertyGroupCreate, some of required attributes are not set [name, label]');
    if (store.groups[type].has(g.name)) return hsError(409, `A property group named '${g.name}' already exists.`, { category: 'OBJECT_ALREADY_EXISTS' });
    store.groups[type].add(g.name);
    return { status: 201, body: { name: g.name, label: g.label, displayOrder: -1, archived: false } };
  }
  if (method === 'POST' && rest.length === 1) return createProperty(store, type, body);
  return notFound();
}

function createProperty(store: HubSpotStore, type: ObjectType, body: unknown): FakeReply {
  const p = (body ?? {}) as Partial<Record<'name' | 'label' | 'type' | 'fieldType' | 'groupName' | 'description', string>> & { hasUniqueValue?: boolean };
  const missing = (['name', 'label', 'type', 'fieldType', 'groupName'] as const).filter((k) => typeof p[k] !== 'string');
  if (missing.length) return invalidJson(`Cannot build PropertyCreate, some of required attributes are not set [${missing.join(', ')}]`);
  const { name, label, type: propType, fieldType, groupName } = p as Required<typeof p>;
  if (!(propType in FIELD_TYPES)) return invalidJson(`Cannot deserialize value of type \`PropertyCreate$TypeEnum\` from String "${propType}"`);
  if (!FIELD_TYPES[propType as PropertyType].includes(fieldType)) return validationError(`Field type ${fieldType} is not valid for a property of type ${propType}.`);
  if (!/^[a-z][a-z0-9_]{0,99}$/.test(name)) return validationError(`Property name ${name} is invalid: use lowercase letters, digits and underscores, starting with a letter.`);
  if (!store.groups[type].has(groupName)) return validationError(`Property group ${groupName} does not exist.`);
  if (store.propertyDef(type, name)) return hsError(409, `Property named '${name}' already exists.`, { category: 'OBJECT_ALREADY_EXISTS' });
  const d: PropertyDef = { name, label, type: propType as PropertyType, fieldType, groupName, description: p.description, hasUniqueValue: p.hasUniqueValue ?? false, createdAt: now() };
  store.customProps[type].push(d);
  return { status: 201, body: renderProperty(d, false) };
}
