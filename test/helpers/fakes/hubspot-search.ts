import { invalidJson, validationError, type FakeReply } from './hubspot-http.ts';
import { objectTypeOf, type ObjectType } from './hubspot-schema.ts';
import type { HubSpotStore } from './hubspot-store.ts';

/**
 * `POST /crm/v3/objects/{type}/search` (api-contracts.md §1): filter groups ORed, filters inside a group ANDed;
 * at most 5 groups, 10 filters per group and 25 in all (HubSpot changelog, August 2024); `limit` ≤ 200; results
 * stop at 10,000. Like HubSpot, unknown top-level fields are ignored: a typo such as `filterGroup` silently
 * searches everything. Results come from the search index, which lags behind writes (`searchLagMs`).
 */

const OPERATORS = ['EQ', 'NEQ', 'LT', 'LTE', 'GT', 'GTE', 'BETWEEN', 'IN', 'NOT_IN', 'HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'CONTAINS_TOKEN', 'NOT_CONTAINS_TOKEN'];
export const SEARCH_LIMITS = { groups: 5, filtersPerGroup: 10, filters: 25, pageSize: 200, total: 10_000 };

interface Filter {
  propertyName: string;
  operator: string;
  value?: unknown;
  values?: unknown[];
  highValue?: unknown;
}

export function handleSearch(store: HubSpotStore, type: ObjectType, body: unknown): FakeReply {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalidJson('Cannot deserialize PublicObjectSearchRequest from a non-object');
  const req = body as { filterGroups?: unknown; sorts?: unknown; properties?: unknown; limit?: unknown; after?: unknown; query?: unknown };

  const groups = req.filterGroups ?? [];
  if (!Array.isArray(groups)) return invalidJson('Cannot deserialize `filterGroups`: expected an array');
  if (groups.length > SEARCH_LIMITS.groups) return validationError(`Too many filter groups (${groups.length}); the maximum is ${SEARCH_LIMITS.groups}.`);
  let total = 0;
  for (const g of groups as { filters?: unknown }[]) {
    if (!g || !Array.isArray(g.filters)) return invalidJson('Cannot build FilterGroup, some of required attributes are not set [filters]');
    total += g.filters.length;
    if (g.filters.length > SEARCH_LIMITS.filtersPerGroup) return validationError(`Too many filters in a group (${g.filters.length}); the maximum is ${SEARCH_LIMITS.filtersPerGroup}.`);
    for (const f of g.filters as Partial<Filter>[]) {
      const problem = checkFilter(store, type, f);
      if (problem) return problem;
    }
  }
  if (total > SEARCH_LIMITS.filters) return validationError(`Too many filters (${total}); the maximum is ${SEARCH_LIMITS.filters}.`);

  const limit = req.limit ?? 10;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0) return invalidJson('Cannot deserialize `limit`: expected an integer');
  if (limit > SEARCH_LIMITS.pageSize) return validationError(`limit must be less than or equal to ${SEARCH_LIMITS.pageSize}`);
  const offset = req.after === undefined ? 0 : Number(req.after);
  if (!Number.isInteger(offset) || offset < 0) return validationError(`Invalid paging cursor "${String(req.after)}"`);
  if (offset + limit > SEARCH_LIMITS.total) return validationError(`Search results are limited to ${SEARCH_LIMITS.total} records; narrow the filters.`);
  if (req.properties !== undefined && (!Array.isArray(req.properties) || req.properties.some((p) => typeof p !== 'string'))) {
    return invalidJson('Cannot deserialize `properties`: expected an array of strings');
  }
  const sorts = req.sorts ?? [];
  if (!Array.isArray(sorts) || sorts.some((s) => typeof s !== 'object' || s === null || typeof (s as { propertyName?: unknown }).propertyName !== 'string')) {
    return invalidJson('Cannot build PublicSort, some of required attributes are not set [propertyName]');
  }

  const query = typeof req.query === 'string' ? req.query.trim().toLowerCase() : '';
  let hits = store.searchable(type).filter(
    ({ obj, props }) =>
      ((groups as { filters: Filter[] }[]).length === 0 || (groups as { filters: Filter[] }[]).some((g) => g.filters.every((f) => matches(store, type, obj.id, props, f)))) &&
      (!query || Object.values(props).some((v) => v?.toLowerCase().includes(query))),
  );
  const sort = sorts[0] as { propertyName: string; direction?: string } | undefined;
  hits = hits.sort((a, b) => Number(a.obj.id) - Number(b.obj.id));
  if (sort) {
    const dir = sort.direction === 'DESCENDING' ? -1 : 1;
    const numeric = store.propertyDef(type, sort.propertyName)?.type === 'number';
    hits = hits.sort((a, b) => dir * compare(a.props[sort.propertyName] ?? null, b.props[sort.propertyName] ?? null, numeric));
  }
  const page = hits.slice(offset, offset + limit);
  const results = page.map(({ obj, props }) => store.render({ ...obj, properties: props }, req.properties as string[] | undefined));
  const next = offset + limit < hits.length ? { paging: { next: { after: String(offset + limit) } } } : {};
  return { status: 200, body: { total: hits.length, results, ...next } };
}

function checkFilter(store: HubSpotStore, type: ObjectType, f: Partial<Filter>): FakeReply | null {
  if (!f || typeof f.propertyName !== 'string' || typeof f.operator !== 'string') {
    return invalidJson('Cannot build Filter, some of required attributes are not set [propertyName, operator]');
  }
  if (!OPERATORS.includes(f.operator)) return invalidJson(`Cannot deserialize value of type \`FilterOperatorEnum\` from String "${f.operator}"`);
  const assoc = f.propertyName.startsWith('associations.') ? objectTypeOf(f.propertyName.slice('associations.'.length)) : null;
  if (!assoc && !store.propertyDef(type, f.propertyName)) {
    // HubSpot's exact answer is not documented; a 400 keeps a misspelt property from silently matching nothing.
    return validationError(`There was a problem with the request: property "${f.propertyName}" does not exist on ${type}.`);
  }
  const needsValue = !['HAS_PROPERTY', 'NOT_HAS_PROPERTY', 'IN', 'NOT_IN'].includes(f.operator);
  if (needsValue && (f.value === undefined || f.value === null)) return validationError(`Filter on ${f.propertyName} with operator ${f.operator} needs a value.`);
  if (['IN', 'NOT_IN'].includes(f.operator) && (!Array.isArray(f.values) || !f.values.length)) return validationError(`Filter on ${f.propertyName} with operator ${f.operator} needs values.`);
  if (f.operator === 'BETWEEN' && (f.highValue === undefined || f.highValue === null)) return validationError(`Filter on ${f.propertyName} with operator BETWEEN needs a highValue.`);
  return null;
}

function matches(store: HubSpotStore, type: ObjectType, id: string, props: Record<string, string | null>, f: Filter): boolean {
  if (f.propertyName.startsWith('associations.')) {
    const to = objectTypeOf(f.propertyName.slice('associations.'.length));
    const ids = to ? store.associationsOf(type, id, to).map((a) => a.toId) : [];
    return f.operator === 'EQ' ? ids.includes(String(f.value)) : f.operator === 'NEQ' ? !ids.includes(String(f.value)) : false;
  }
  const v = props[f.propertyName] ?? null;
  const propType = store.propertyDef(type, f.propertyName)?.type;
  const cmp = (x: unknown) => (v === null ? NaN : compare(v, normalise(x, propType?.startsWith('date') ?? false), propType === 'number'));
  switch (f.operator) {
    case 'HAS_PROPERTY':
      return v !== null;
    case 'NOT_HAS_PROPERTY':
      return v === null;
    case 'EQ':
      return cmp(f.value) === 0;
    case 'NEQ':
      return v !== null && cmp(f.value) !== 0;
    case 'LT':
      return cmp(f.value) < 0;
    case 'LTE':
      return cmp(f.value) <= 0;
    case 'GT':
      return cmp(f.value) > 0;
    case 'GTE':
      return cmp(f.value) >= 0;
    case 'BETWEEN':
      return cmp(f.value) >= 0 && cmp(f.highValue) <= 0;
    case 'IN':
      return (f.values ?? []).some((x) => cmp(x) === 0);
    case 'NOT_IN':
      return v !== null && (f.values ?? []).every((x) => cmp(x) !== 0);
    case 'CONTAINS_TOKEN':
      return v !== null && containsToken(v, String(f.value));
    case 'NOT_CONTAINS_TOKEN':
      return v === null || !containsToken(v, String(f.value));
    default:
      return false;
  }
}

/** Dates may be given as epoch milliseconds or ISO; stored values are ISO. */
function normalise(x: unknown, isDate: boolean): string {
  const s = String(x);
  return isDate && /^\d+$/.test(s) ? new Date(Number(s)).toISOString() : s;
}

/** Number properties numerically, everything else as case-insensitive text (HubSpot's EQ ignores case); nulls last. */
function compare(a: string | null, b: string | null, numeric: boolean): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (numeric) return Number(a) - Number(b);
  const [p, q] = [a.toLowerCase(), b.toLowerCase()];
  return p < q ? -1 : p > q ? 1 : 0;
}

/** Token match: the value split on spaces and separators; `*` is a wildcard (`*@example.com`). */
function containsToken(value: string, token: string): boolean {
  const pattern = new RegExp(`^${token.toLowerCase().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return [value, ...value.split(/[\s,;]+/)].some((t) => pattern.test(t.toLowerCase()));
}
