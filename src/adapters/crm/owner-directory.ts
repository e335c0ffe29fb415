import { AppError } from '../../errors/app-error.ts';
import { remember, type Remembered } from './memo.ts';

/**
 * How long the CRM user found for a rep's e-mail is trusted before it is looked up again. A rep deactivated since is
 * caught sooner by the write the CRM refuses (see `OwnerDirectory.writing`); this bounds how long a worker keeps
 * using a user whose e-mail now belongs to someone else.
 */
export const OWNER_FOUND_KEEP_MS = 15 * 60_000;

/**
 * How long "no active CRM user has this e-mail" is trusted: shorter than a found user, so a rep an admin adds (as the
 * REP_NOT_IN_CRM decision asks) owns the records of calls synced a few minutes later, without a worker restart.
 */
export const OWNER_MISSING_KEEP_MS = 2 * 60_000;

/** The CRM users that own records, by the rep's e-mail, as one adapter instance remembers them. */
export interface OwnerDirectory<Id> {
  /** The active user with this e-mail (trimmed, case-insensitive), null for none or no e-mail; remembered for a while. */
  idFor(email: string | null | undefined): Promise<Id | null>;
  /**
   * Runs a write owned by the rep's user (`write(id)`). When the CRM refuses it for its owner (`refusesOwner`: the
   * user was deactivated, or deleted, since it was looked up), the user is forgotten and looked up again, and the
   * write runs once more with that answer: the integration user (null) for a rep no longer active. A refusal with an
   * owner the fresh lookup confirms is about something else, and is thrown as it came.
   */
  writing<T>(email: string | null | undefined, write: (ownerId: Id | null) => Promise<T>): Promise<T>;
}

export function ownerDirectory<Id>(opts: {
  lookup: (email: string) => Promise<Id | null>;
  /** Whether a write's failure may be the CRM refusing its owner (checked by looking the owner up again). */
  refusesOwner: (err: unknown) => boolean;
  now: () => number;
}): OwnerDirectory<Id> {
  const cache = new Map<string, Remembered<Id | null>>();
  const keepMs = (id: Id | null) => (id === null ? OWNER_MISSING_KEEP_MS : OWNER_FOUND_KEEP_MS);
  const normal = (email: string | null | undefined) => email?.trim().toLowerCase() || null;

  function idFor(email: string | null | undefined): Promise<Id | null> {
    const key = normal(email);
    if (!key) return Promise.resolve(null);
    return remember(cache, key, () => opts.lookup(key), keepMs, opts.now);
  }

  return {
    idFor,
    async writing(email, write) {
      const ownerId = await idFor(email);
      try {
        return await write(ownerId);
      } catch (err) {
        if (ownerId === null || !(err instanceof AppError) || !opts.refusesOwner(err)) throw err;
        cache.delete(normal(email)!);
        const fresh = await idFor(email);
        if (fresh === ownerId) throw err;
        return write(fresh);
      }
    },
  };
}
