/**
 * A small JSON Schema (2020-12) check for tests: the keywords zod's `toJSONSchema` writes for our
 * schemas (`$ref` into the document, type, properties, required, additionalProperties, items, anyOf,
 * oneOf, enum, const, minimum/maximum, minLength, pattern). Returns every problem, with its path.
 */
export function checkJsonSchema(value: unknown, schema: unknown, root: unknown, path = '$'): string[] {
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${path}: no value allowed`];
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') return checkJsonSchema(value, resolvePointer(root, s.$ref), root, path);
  const problems: string[] = [];
  const variants = (s.anyOf ?? s.oneOf) as unknown[] | undefined;
  if (variants) {
    const passing = variants.filter((v) => checkJsonSchema(value, v, root, path).length === 0).length;
    if (s.oneOf ? passing !== 1 : passing === 0) problems.push(`${path}: matches ${passing} of the ${s.oneOf ? 'oneOf' : 'anyOf'} variants`);
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
    if (!types.some((t) => hasType(value, t))) return [...problems, `${path}: ${JSON.stringify(value)?.slice(0, 80)} is not ${types.join(' | ')}`];
  }
  if ('const' in s && JSON.stringify(s.const) !== JSON.stringify(value)) problems.push(`${path}: is not ${JSON.stringify(s.const)}`);
  if (Array.isArray(s.enum) && !s.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) problems.push(`${path}: below ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) problems.push(`${path}: above ${s.maximum}`);
  }
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) problems.push(`${path}: shorter than ${s.minLength}`);
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) problems.push(`${path}: does not match ${s.pattern.slice(0, 40)}`);
  }
  if (Array.isArray(value) && s.items !== undefined) value.forEach((v, i) => problems.push(...checkJsonSchema(v, s.items, root, `${path}[${i}]`)));
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, unknown>;
    for (const key of (s.required as string[] | undefined) ?? []) if (!(key in record)) problems.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(record)) {
      if (key in props) problems.push(...checkJsonSchema(v, props[key], root, `${path}.${key}`));
      else if (s.additionalProperties === false) problems.push(`${path}.${key}: not in the schema`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') problems.push(...checkJsonSchema(v, s.additionalProperties, root, `${path}.${key}`));
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'integer': return Number.isInteger(value);
    case 'number': return typeof value === 'number';
    default: return typeof value === type;
  }
}

/** Follows a local `#/a/b` JSON pointer; throws when it leads nowhere. */
export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) throw new Error(`$ref ${ref} does not resolve (at ${key})`);
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
