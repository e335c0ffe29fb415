import { CallMeta } from '../../domain/call-meta.ts';
import { permanent } from '../../errors/app-error.ts';
import { phoneOrNull } from '../telephony/webhook-utils.ts';

/** The sidecar that may describe a recording: `inbox/a/call-1.mp3` → `inbox/a/call-1.meta.json` (only the file name's last extension goes). */
export function metaKeyFor(key: string): string {
  const slash = key.lastIndexOf('/');
  const dot = key.lastIndexOf('.');
  const stem = dot > slash + 1 ? key.slice(0, dot) : key;
  return `${stem}.meta.json`;
}

/** The user-metadata name (after `x-amz-meta-`) holding a whole CallMeta as JSON, or as base64 of that JSON. */
export const META_JSON_FIELD = 'callscribe-meta';

const PARTY_FIELDS = ['name', 'email', 'phone', 'company', 'channel'] as const;
/** Flat user-metadata names (after `x-amz-meta-`) and the CallMeta field each sets. */
const TOP_FIELDS: Record<string, 'direction' | 'startedAt' | 'timezone' | 'language' | 'recordingConsent'> = {
  'callscribe-direction': 'direction',
  'callscribe-started-at': 'startedAt',
  'callscribe-timezone': 'timezone',
  'callscribe-language': 'language',
  'callscribe-recording-consent': 'recordingConsent',
};
const CRM_FIELDS: Record<string, 'dealId' | 'contactId'> = { 'callscribe-deal-id': 'dealId', 'callscribe-contact-id': 'contactId' };

const invalid = (what: string) =>
  permanent('STORAGE_META_INVALID', `The recording's S3 user metadata is not valid call metadata (${what}); fix the uploader or remove the field.`);

/**
 * CallMeta from an object's S3 user metadata. Takes header names (`x-amz-meta-callscribe-rep-email`), the
 * SDK's `Metadata` map (`callscribe-rep-email`) or MinIO's event `userMetadata` (`X-Amz-Meta-…`), in any
 * case; RFC 2047 encoded values (how S3 returns non-ASCII text) are decoded. `callscribe-meta` holds a
 * whole CallMeta (JSON or base64 JSON); the flat fields `callscribe-direction`, `-started-at`,
 * `-timezone`, `-language`, `-recording-consent`, `-rep-{name,email,phone,company,channel}`,
 * `-customer-{name,email,phone,company,channel}`, `-deal-id`, `-contact-id` override its fields.
 * Other metadata is ignored. Throws AppError `STORAGE_META_INVALID` naming the bad field (never its value).
 */
export function metaFromObjectMetadata(metadata: Record<string, string>): CallMeta {
  const fields = new Map<string, string>();
  for (const [name, value] of Object.entries(metadata)) {
    const bare = name.toLowerCase().replace(/^x-amz-meta-/, '');
    if (bare.startsWith('callscribe-') && typeof value === 'string') fields.set(bare, decodeRfc2047(value).trim());
  }
  const meta: Record<string, unknown> = fields.has(META_JSON_FIELD) ? { ...metaJson(fields.get(META_JSON_FIELD)!) } : {};
  for (const [name, value] of fields) {
    if (value === '') continue;
    const top = TOP_FIELDS[name];
    if (top) meta[top] = top === 'direction' || top === 'recordingConsent' ? value.toLowerCase() : value;
    const crm = CRM_FIELDS[name];
    if (crm) meta.crm = { ...(meta.crm as object | undefined), [crm]: value };
    const party = /^callscribe-(rep|customer)-(\w+)$/.exec(name);
    if (party && (PARTY_FIELDS as readonly string[]).includes(party[2]!)) {
      const [, role, field] = party as unknown as [string, 'rep' | 'customer', (typeof PARTY_FIELDS)[number]];
      meta[role] = { ...(meta[role] as object | undefined), [field]: partyValue(name, field, value) };
    }
  }
  const parsed = CallMeta.safeParse(meta);
  if (!parsed.success) throw invalid(parsed.error.issues.map((i) => i.path.join('.') || 'callscribe-meta').join(', '));
  return parsed.data;
}

function partyValue(name: string, field: (typeof PARTY_FIELDS)[number], value: string): string | number | null {
  if (field === 'phone') return phoneOrNull(value);
  if (field !== 'channel') return value;
  if (!/^\d$/.test(value)) throw invalid(`${name} must be a channel number, 0 for the left channel`);
  return Number(value);
}

function metaJson(value: string): Record<string, unknown> {
  const text = value.startsWith('{') ? value : Buffer.from(value, 'base64').toString('utf8');
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw invalid(`${META_JSON_FIELD} is not a JSON object, nor base64 of one`);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`); other text is returned as is. */
export function decodeRfc2047(value: string): string {
  const word = /=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g;
  if (!value.includes('=?')) return value;
  return value.replace(/\?=\s+=\?/g, '?==?').replace(word, (whole, charset: string, encoding: string, text: string) => {
    const enc = charset.toLowerCase() === 'utf-8' ? 'utf8' : charset.toLowerCase() === 'iso-8859-1' ? 'latin1' : null;
    if (!enc) return whole;
    if (encoding.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString(enc);
    const bytes = text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString(enc);
  });
}
