import { companyDomain } from '../../../domain/email-domain.ts';
import { CONTACT_PROPERTIES, EMAIL_DOMAIN_PROPERTY } from './hubspot.mapper.ts';
import { storedPhoneMatches, type PhoneQuery } from '../../../domain/phone.ts';
import { phoneFilterGroups } from './hubspot.phone.ts';
import type { HsObject, HsSearchPage } from './hubspot.schemas.ts';
import type { z } from 'zod';

type Search = (type: string, body: Record<string, unknown>) => Promise<z.output<typeof HsSearchPage>>;

/** The contact searches findContact and createContact share, over the adapter's (paced) search. */
export function contactLookups(search: Search) {
  return {
    /** Contacts whose `phone` or `mobilephone` is this number, however it was typed. */
    async byPhone(phone: PhoneQuery): Promise<HsObject[]> {
      const page = await search('contacts', { filterGroups: phoneFilterGroups(phone), properties: CONTACT_PROPERTIES, limit: 20 });
      return page.results.filter((c) => storedPhoneMatches(c.properties.phone, phone) || storedPhoneMatches(c.properties.mobilephone, phone));
    },

    /** Contacts with this (lower-cased) e-mail; HubSpot's EQ ignores case. */
    async byEmail(email: string): Promise<HsObject[]> {
      const page = await search('contacts', { filterGroups: [{ filters: [{ propertyName: 'email', operator: 'EQ', value: email }] }], properties: CONTACT_PROPERTIES, limit: 20 });
      return page.results;
    },

    /**
     * Contacts at a company domain, by HubSpot's calculated `hs_email_domain` (the part of `email` after the @),
     * checked again on the returned e-mail. Up to 20: beyond two the answer is ambiguous anyway.
     */
    async atDomain(domain: string): Promise<HsObject[]> {
      const page = await search('contacts', { filterGroups: [{ filters: [{ propertyName: EMAIL_DOMAIN_PROPERTY, operator: 'EQ', value: domain }] }], properties: CONTACT_PROPERTIES, limit: 20 });
      return page.results.filter((c) => companyDomain(c.properties.email) === domain);
    },
  };
}

/**
 * The contact a 409 CONFLICT names: HubSpot refuses to give a second contact an e-mail one already has (as its `email` or
 * one of its `hs_additional_emails`), answering `Contact already exists. Existing ID: <id>` in the message (no field of
 * its own). Null when the body names none.
 */
export function conflictingContactId(body: unknown): string | null {
  const message = (body as { message?: unknown } | null)?.message;
  const id = typeof message === 'string' ? /\bExisting ID: *(\d+)/i.exec(message)?.[1] : undefined;
  return id ?? null;
}
