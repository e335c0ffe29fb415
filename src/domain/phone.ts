import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** A phone number to look for: E.164 when the country is known, and the national significant number. */
export interface PhoneQuery {
  raw: string;
  e164: string | null;
  /** Digits without country code or trunk prefix: what HubSpot indexes as `hs_searchable_calculated_phone_number`. */
  national: string;
}

/**
 * Parses a number as typed ("+44 20 7946 0321", "(415) 555-2671"); without a leading + the default region
 * decides the country. Null when there are too few digits to be a phone number.
 */
export function phoneQuery(raw: string | null | undefined, region: string | null): PhoneQuery | null {
  const text = raw?.trim();
  if (!text || text.replace(/\D/g, '').length < 6) return null;
  const parsed = parsePossiblePhone(text, region);
  if (parsed) return { raw: text, e164: parsed.number, national: parsed.nationalNumber };
  return { raw: text, e164: null, national: text.replace(/\D/g, '').replace(/^0+/, '') };
}

/**
 * Whether a stored number is the one looked for. A number stored with its country ("+44 …", "0044 …") must
 * equal the E.164 exactly, which drops the same digits in another country; a number stored without one is
 * compared by national digits (a trunk 0 before them dropped), since it could be from any country.
 */
export function storedPhoneMatches(stored: string | null | undefined, q: PhoneQuery): boolean {
  const text = stored?.trim();
  if (!text) return false;
  const international = /^(\+|00)/.test(text) ? parsePossiblePhone(text.replace(/^00/, '+'), null) : null;
  if (international && q.e164) return international.number === q.e164;
  // National digits as stored: with a trunk 0 dialled before them ("020 …" for "+44 20 …"), or with a leading 0 that
  // is part of the number itself, as in Italy ("06 …" for "+39 06 …"), where the national number keeps it.
  const digits = text.replace(/\D/g, '');
  return digits === q.national || digits.replace(/^0+/, '') === q.national || (q.e164 !== null && digits === q.e164.slice(1));
}

/** The number `text` is, when it is a possible one (without a leading + the region decides the country); else null. */
export function parsePossiblePhone(text: string, region: string | null) {
  const parsed = parsePhoneNumberFromString(text, (region ?? undefined) as CountryCode | undefined);
  return parsed?.isPossible() ? parsed : null;
}
