import { setTimeout as sleep } from 'node:timers/promises';
import type { CreateAttempt } from '../../ports/crm.ts';

/** How many keys an adapter instance remembers (the oldest are forgotten; search still finds their records). */
const KNOWN_KEYS = 1000;

/**
 * How an adapter finds the record of a create's key before sending the create, so that no attempt makes a second one,
 * where the CRM's search lags behind its writes (HubSpot's search index, api-contracts.md §1; Pipedrive's person
 * search): a search that finds nothing is believed only when no earlier attempt may have sent the create
 * (CreateAttempt); otherwise it is asked again once `searchSettleMs` has passed. Whatever an earlier attempt sent, it
 * sent before this attempt began (a retry, another worker taking over a dead one's job, a new run), so by then the
 * index has it. Records this instance created or found are remembered by
 * key, so a retry in the same process needs neither search nor wait.
 */
export function createdRecords(searchSettleMs: number) {
  const known = new Map<string, string>();

  const remember = (type: string, key: string, id: string) => {
    known.delete(`${type}/${key}`);
    known.set(`${type}/${key}`, id);
    if (known.size > KNOWN_KEYS) known.delete(known.keys().next().value!);
  };

  return {
    /** Notes the record a create made, or that a conflict named, for `key`. */
    remember,

    /** The id of the record with this key: remembered, else what `lookup` finds (by search, asked again as above). */
    async existing(type: string, key: string, attempt: CreateAttempt, lookup: () => Promise<string | null>): Promise<string | null> {
      let id = known.get(`${type}/${key}`) ?? (await lookup());
      if (!id && attempt.attemptedBefore) {
        await sleep(searchSettleMs);
        id = await lookup();
      }
      if (id) remember(type, key, id);
      return id;
    },
  };
}
