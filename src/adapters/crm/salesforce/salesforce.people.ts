import type { z } from 'zod';
import { storedPhoneMatches, type phoneQuery } from '../../../domain/phone.ts';
import type { ContactMatch, CrmContact } from '../../../ports/crm.ts';
import { PHONE_FIELDS, domainSoql, emailSoql, phoneSoql, toContact } from './salesforce.mapper.ts';
import { SfContactRow } from './salesforce.schemas.ts';

type Query = <T extends z.ZodType>(row: T, soql: string, what: string) => Promise<z.output<T>[]>;

/** The Contact and Lead searches findContact and createContact share, over the adapter's queries (`queryAll` reads every page). */
export function personLookups({ query, queryAll }: { query: Query; queryAll: Query }) {
  /** One match wins; among several, the one with exactly this e-mail; else ambiguous (null when none). */
  function decide(matches: CrmContact[], email: string | null): ContactMatch | null {
    if (matches.length === 1) return { kind: 'found', contact: matches[0]! };
    const byEmail = email ? matches.filter((c) => c.email?.toLowerCase() === email) : [];
    if (byEmail.length === 1) return { kind: 'found', contact: byEmail[0]! };
    return matches.length ? { kind: 'ambiguous', candidates: matches } : null;
  }

  return {
    /** By the number in any of the object's phone fields (PHONE_FIELDS), else by the e-mail. */
    async findIn(object: 'Contact' | 'Lead', phone: ReturnType<typeof phoneQuery>, email: string | null): Promise<ContactMatch | null> {
      if (phone && phone.national.length >= 4) {
        const rows = await queryAll(SfContactRow, phoneSoql(object, phone.national.slice(-4)), `the ${object} phone search`);
        const matches = rows.filter((r) => PHONE_FIELDS[object].some((f) => storedPhoneMatches(r[f], phone)));
        const found = decide(matches.map(toContact), email);
        if (found) return found;
      }
      if (email) return decide((await query(SfContactRow, emailSoql(object, email), `the ${object} email search`)).map(toContact), null);
      return null;
    },

    /** Only a single person at the company domain is a match; several are ambiguous (no e-mail to pick one by). */
    async findByDomain(object: 'Contact' | 'Lead', domain: string): Promise<ContactMatch | null> {
      const rows = await query(SfContactRow, domainSoql(object, domain), `the ${object} company-domain search`);
      return decide(rows.map(toContact), null);
    },
  };
}
