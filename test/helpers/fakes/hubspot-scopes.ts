import { objectTypeOf, type ObjectType } from './hubspot-schema.ts';

/**
 * Which private-app scope each endpoint of the HubSpot fake needs (developers.hubspot.com/scopes): an object's read
 * scope to read or search it, its write scope to create or change it; calls and tasks (engagements) go under the
 * contacts scopes, as the README's setup table says; owners need `crm.objects.owners.read`, the deal pipelines
 * `crm.objects.deals.read`. The properties API and the token-info endpoint are not checked (the scopes the properties
 * API wants for engagement objects are ⚠️; token info needs none).
 */
export const ALL_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
  'crm.objects.owners.read',
] as const;

const SCOPE_OBJECT: Record<ObjectType, 'contacts' | 'deals'> = { contacts: 'contacts', calls: 'contacts', tasks: 'contacts', deals: 'deals' };

/** The scope a request needs, or null when the fake checks none for it. */
export function requiredScope(method: string, path: string): string | null {
  const seg = path.replace(/\/+$/, '').split('/').slice(1);
  const [crm, version, area, typeSeg, second, third] = seg;
  if (crm !== 'crm') return null;
  if (version === 'v3' && area === 'owners') return 'crm.objects.owners.read';
  if (version === 'v3' && area === 'pipelines' && typeSeg === 'deals') return 'crm.objects.deals.read';
  const type = objectTypeOf(typeSeg);
  if (!type || (area !== 'objects' && area !== 'associations')) return null;
  const reads = method === 'GET' || (method === 'POST' && (second === 'search' || (second === 'batch' && third === 'read') || seg.at(-1) === 'read'));
  return `crm.objects.${SCOPE_OBJECT[type]}.${reads ? 'read' : 'write'}`;
}
