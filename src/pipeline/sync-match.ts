import type { Call } from '../domain/call.ts';
import type { CrmRecord } from '../domain/crm-record.ts';
import { stageLabel, type Insights } from '../domain/insights.ts';
import type { CrmContact, CrmDeal } from '../ports/crm.ts';
import type { PipelinePorts } from './pipeline-ports.ts';
import type { DecisionBook } from './review-decisions.ts';
import { raiseDuplicateContacts, raiseDuplicateDeals } from './sync-hygiene.ts';

type Contact = NonNullable<CrmRecord['contact']>;
type Deal = NonNullable<CrmRecord['deal']>;

/**
 * The CRM contact the call is about: from the meta (when the CRM has it), a unique match by phone or e-mail, a contact created
 * for an unknown customer (CRM_UNKNOWN_CONTACT=create), or the one a person chose. Never a guess: several
 * matches or none raise the `contact` decision and the call waits (`wait`); a person who rejected it
 * chose to write nothing for this call (`skip`).
 */
export async function resolveContact(
  call: Call,
  ports: PipelinePorts,
  book: DecisionBook,
  sendCreate: <T>(key: string, create: (attemptedBefore: boolean) => Promise<T>) => Promise<T>,
): Promise<Contact | 'wait' | 'skip'> {
  const decided = book.get('contact');
  const customer = call.meta.customer ?? {};
  // Only where the adapter has createContact. An earlier attempt's contact may not be found yet: see CreateAttempt.
  const create = () => {
    const key = `${call.id}:contact`;
    return sendCreate(key, (attemptedBefore) => ports.crm.createContact!(customer, key, { attemptedBefore }));
  };
  if (decided?.state === 'approved') {
    if (decided.value === 'create' && ports.crm.createContact) {
      const created = await create();
      book.markApplied(decided, `contact ${created.id} created`);
      return { id: created.id, matchedBy: 'created' };
    }
    book.markApplied(decided, `contact ${decided.value} chosen`);
    return { id: decided.value!, matchedBy: 'review' };
  }
  if (decided?.state === 'rejected') {
    if (!decided.applied) book.markApplied(decided, 'nothing written to the CRM for this call');
    return 'skip';
  }
  // Creating needs the customer's phone or e-mail: it is how an adapter finds the contact it made again, so a retry never
  // makes a second one. With a name alone the CRM adapters refuse (*_CONTACT_UNIDENTIFIABLE), so it is not offered.
  const canCreate = Boolean(ports.crm.createContact) && Boolean(customer.phone?.trim() || customer.email?.trim());
  const unknown = (reason: string) => {
    book.raise({
      id: 'contact',
      kind: 'unknown_contact',
      proposed: canCreate ? 'create' : null,
      options: canCreate ? [{ value: 'create', label: 'Create a contact for this customer', url: null }] : [],
      reason,
    });
    return 'wait' as const;
  };
  // A contact the call names must exist: a typo would have the call log filed against nothing.
  const named = call.meta.crm?.contactId;
  if (named) {
    if (await ports.crm.getContact(named)) return { id: named, matchedBy: 'meta' };
    return unknown(`The call names CRM contact ${named}, which the CRM does not have; give the id of the customer's contact${canCreate ? ', or create one' : ''}.`);
  }
  if (!customer.phone && !customer.email) {
    return unknown(
      'No customer phone or e-mail came with the call, so it could not be matched to a CRM contact, nor a contact created for it (callscribe could not find it again on a retry); give the id of the contact in the CRM.',
    );
  }
  const match = await ports.crm.findContact(customer);
  if (match.kind === 'found') {
    book.withdraw('contact');
    return { id: match.contact.id, matchedBy: 'phone_or_email' };
  }
  if (match.kind === 'not_found' && ports.policy.unknownContact === 'create' && ports.crm.createContact) {
    const created = await create();
    return { id: created.id, matchedBy: 'created' };
  }
  if (match.kind === 'ambiguous') {
    book.raise({
      id: 'contact',
      kind: 'choose_contact',
      proposed: null,
      options: match.candidates.map((c) => ({ value: c.id, label: describeContact(c), url: null })),
      reason: `The customer's phone or e-mail matches ${match.candidates.length} CRM contacts; choose the one on this call.`,
    });
    raiseDuplicateContacts(book, match.candidates);
    return 'wait';
  }
  return unknown("No CRM contact has the customer's phone, e-mail or company domain; create the contact or give an existing one (CRM_UNKNOWN_CONTACT=create creates them without asking).");
}

/**
 * The deal the call is about: from the meta, the contact's only open deal (its company's, where the CRM links deals
 * to the company and the contact has none of its own), or the one a person chose.
 * Several candidates, or none while the call suggests moving a deal, raise the `deal` decision and the
 * call waits (`wait`), so the log and tasks are written with the deal a person names; rejecting it logs
 * the call without one. With no open deal and nothing to move, the call is logged without one (`none`).
 */
export async function resolveDeal(call: Call, insights: Insights, contactId: string, ports: PipelinePorts, book: DecisionBook): Promise<Deal | 'wait' | 'none'> {
  const decided = book.get('deal');
  if (decided?.state === 'approved') {
    book.markApplied(decided, `deal ${decided.value} chosen`);
    return { id: decided.value!, matchedBy: 'review' };
  }
  if (decided?.state === 'rejected') {
    if (!decided.applied) book.markApplied(decided, 'logged without a deal');
    return 'none';
  }
  const named = call.meta.crm?.dealId;
  const namedDeal = named ? await ports.crm.getDeal(named) : null;
  if (named && namedDeal) return { id: named, matchedBy: 'meta', ...(namedDeal.name && { name: namedDeal.name }) };
  const open = await ports.crm.findOpenDeals(contactId);
  if (!named && open.length === 1) {
    book.withdraw('deal');
    return { id: open[0]!.id, matchedBy: 'open_deal', ...(open[0]!.name && { name: open[0]!.name }) };
  }
  const options = open.map((d) => ({ value: d.id, label: describeDeal(d), url: null }));
  if (named || open.length > 1) {
    book.raise({
      id: 'deal',
      kind: 'choose_deal',
      proposed: null,
      options,
      reason: named
        ? `Deal ${named} named with the call does not exist in the CRM; choose the deal this call is about, or reject to log it without one.`
        : open.every((d) => d.via === 'account')
          ? `The contact is on no open deal of its own, and its company (account) has ${open.length} open deals; choose the one this call is about, or reject to log it without one.`
          : `The contact has ${open.length} open deals; choose the one this call is about, or reject to log it without one.`,
    });
    const own = open.filter((d) => d.via !== 'account');
    if (own.length > 1) raiseDuplicateDeals(book, contactId, own);
    return 'wait';
  }
  const { proposed } = insights.dealStage;
  if (proposed && ports.policy.dealStage !== 'off') {
    book.raise({
      id: 'deal',
      kind: 'choose_deal',
      proposed: null,
      options: [],
      reason: `The call suggests moving a deal to ${stageLabel(proposed)}, but no deal was matched (the contact has no open deal); give the deal's id, or reject to log the call without one.`,
    });
    return 'wait';
  }
  return 'none';
}

function describeContact(c: CrmContact): string {
  return [c.name, c.email, c.phone, c.company].filter(Boolean).join(' · ') || c.id;
}

/** A deal as a choice reads: its name and stage (or the CRM's own stage that maps to none), and how it was reached. */
export function describeDeal(d: CrmDeal): string {
  const stage = d.stage ? stageLabel(d.stage) : `at ${d.unmappedStage ?? 'a stage'}, which maps to none of callscribe's stages`;
  return `${d.name} (${stage}${d.via === 'account' ? ', through the account' : ''})`;
}
