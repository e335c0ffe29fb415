import type { z } from 'zod';
import { storedPhoneMatches, type phoneQuery } from '../../../domain/phone.ts';
import type { ContactMatch, CrmContact } from '../../../ports/crm.ts';
import { decide } from '../contact-match.ts';
import { PHONE_FIELDS, domainSoql, emailSoql, phoneSoql, toContact } from './salesforce.mapper.ts';
import { SfContactRow } from './salesforce.schemas.ts';

type Query = <T extends z.ZodType>(row: T, soql: string, what: string) => Promise<z.output<T>[]>;

/** The Contact and Lead searches findContact and createContact share, over the adapter's queries (`queryAll` reads every page). */
export function personLookups({ query, queryAll }: { query: Query; queryAll: Query }) {
  /** As `decide`, with null for none: the search goes on elsewhere (the e-mail, then Leads). */
  const decided = (matches: CrmContact[], email: string | null): ContactMatch | null => {
    const match = decide(matches, email);
    return match.kind === 'not_found' ? null : match;
  };

  return {
    /** By the number in any of the object's phone fields (PHONE_FIELDS), else by the e-mail. */
    async findIn(object: 'Contact' | 'Lead', phone: ReturnType<typeof phoneQuery>, email: string | null): Promise<ContactMatch | null> {
      if (phone && phone.national.length >= 4) {
        const rows = await queryAll(SfContactRow, phoneSoql(object, phone.national.slice(-4)), `the ${object} phone search`);
        const matches = rows.filter((r) => PHONE_FIELDS[object].some((f) => storedPhoneMatches(r[f], phone)));
        const found = decided(matches.map(toContact), email);
        if (found) return found;
      }
      if (email) return decided((await query(SfContactRow, emailSoql(object, email), `the ${object} email search`)).map(toContact), null);
      return null;
    },

    /** Only a single person at the company domain is a match; several are ambiguous (no e-mail to pick one by). */
    async findByDomain(object: 'Contact' | 'Lead', domain: string): Promise<ContactMatch | null> {
      const rows = await query(SfContactRow, domainSoql(object, domain), `the ${object} company-domain search`);
      return decided(rows.map(toContact), null);
    },
  };
}
