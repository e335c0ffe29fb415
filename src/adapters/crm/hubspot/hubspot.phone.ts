import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A phone number to look for: E.164 when the country is known, and the national significant number. */
export interface PhoneQuery {
  raw: string;
  e164: string | null;
  /** Digits without country code or trunk prefix: what HubSpot indexes as `hs_searchable_calculated_phone_number`. */
  national: string;
}

interface Filter {
  propertyName: string;
  operator: 'EQ';
  value: string;
}

/**
 * Parses a number as typed ("+44 20 7946 0321", "(415) 555-2671"); without a leading + the default region
 * decides the country. Null when there are too few digits to be a phone number.
 */
export function phoneQuery(raw: string | null | undefined, region: string | null): PhoneQuery | null {
  const text = raw?.trim();
  if (!text || text.replace(/\D/g, '').length < 6) return null;
  const parsed = parse(text, region);
  if (parsed) return { raw: text, e164: parsed.number, national: parsed.nationalNumber };
  return { raw: text, e164: null, national: text.replace(/\D/g, '').replace(/^0+/, '') };
}

/**
 * Filter groups (ORed, at most 5) that find a contact however the number was stored. HubSpot keeps `phone`
 * and `mobilephone` as typed, so an exact match on E.164 alone misses "+44 20 7946 0321"; its calculated
 * `hs_searchable_calculated_*` properties hold the national number, which matches any formatting but also
 * the same digits in another country, so results are checked again with `storedPhoneMatches`.
 */
export function phoneFilterGroups(q: PhoneQuery): { filters: Filter[] }[] {
  const eq = (propertyName: string, value: string) => ({ filters: [{ propertyName, operator: 'EQ' as const, value }] });
  const groups = [eq('hs_searchable_calculated_phone_number', q.national), eq('hs_searchable_calculated_mobile_number', q.national)];
  const exact = q.e164 ?? q.raw;
  groups.push(eq('phone', exact), eq('mobilephone', exact));
  if (q.e164 && q.raw !== q.e164) groups.push(eq('phone', q.raw));
  return groups;
}

/**
 * Whether a stored number is the one looked for. A number stored with its country ("+44 …", "0044 …") must
 * equal the E.164 exactly, which drops the same digits in another country; a number stored without one is
 * compared by national digits, since it could be from any country.
 */
export function storedPhoneMatches(stored: string | null | undefined, q: PhoneQuery): boolean {
  const text = stored?.trim();
  if (!text) return false;
  const international = /^(\+|00)/.test(text) ? parse(text.replace(/^00/, '+'), null) : null;
  if (international && q.e164) return international.number === q.e164;
  const digits = text.replace(/\D/g, '');
  return digits.replace(/^0+/, '') === q.national || (q.e164 !== null && digits === q.e164.slice(1));
}

/**
 * Terms for a CRM search that matches part of a value as stored, without normalising its formatting (Pipedrive's
 * person search, per its documentation). A number is stored as someone typed it, so one term cannot find every
 * form: the national digits find it stored compact, in E.164 or with the country code but no separators; the
 * international groups without the "+CC " prefix ("20 7946 0321") find "+44 20 7946 0321", "020 7946 0321" and
 * "0044 20 7946 0321"; the same groups joined by dashes find "020-7946-0321" and "+1-212-555-0100"; the national
 * format finds "(212) 555-0100". Hits are checked again with `storedPhoneMatches`.
 */
export function phoneSearchTerms(q: PhoneQuery): string[] {
  const parsed = q.e164 ? parse(q.e164, null) : null;
  if (!parsed) return [...new Set([q.national, q.raw])].filter((t) => t.length >= 2);
  const groups = parsed.formatInternational().replace(/^\+\d+\s*/, '');
  return [...new Set([q.national, groups, groups.replace(/\s+/g, '-'), parsed.formatNational()])].filter((t) => t.length >= 2);
}

function parse(text: string, region: string | null) {
  const parsed = parsePhoneNumberFromString(text, (region ?? undefined) as CountryCode | undefined);
  return parsed?.isPossible() ? parsed : null;
}
