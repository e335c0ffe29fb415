import { parsePossiblePhone, type PhoneQuery } from '../../../domain/phone.ts';

interface Filter {
  propertyName: string;
  operator: 'EQ';
  value: string;
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
 * Terms for a CRM search that matches part of a value as stored, without normalising its formatting (Pipedrive's
 * person search, per its documentation). A number is stored as someone typed it, so one term cannot find every
 * form: the national digits find it stored compact, in E.164 or with the country code but no separators; the
 * international groups without the "+CC " prefix ("20 7946 0321") find "+44 20 7946 0321", "020 7946 0321" and
 * "0044 20 7946 0321"; the same groups joined by dashes find "020-7946-0321" and "+1-212-555-0100"; the national
 * format finds "(212) 555-0100". Hits are checked again with `storedPhoneMatches`.
 */
export function phoneSearchTerms(q: PhoneQuery): string[] {
  const parsed = q.e164 ? parsePossiblePhone(q.e164, null) : null;
  if (!parsed) return [...new Set([q.national, q.raw])].filter((t) => t.length >= 2);
  const groups = parsed.formatInternational().replace(/^\+\d+\s*/, '');
  return [...new Set([q.national, groups, groups.replace(/\s+/g, '-'), parsed.formatNational()])].filter((t) => t.length >= 2);
}
