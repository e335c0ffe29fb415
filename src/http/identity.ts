import type { Role } from '../config/api-keys.ts';
import type { Call } from '../domain/call.ts';

/** Who is making a request, however they proved it (an API key header, or a browser session). */
export interface Identity {
  role: Role;
  /** The holder's e-mail (lower-cased), when API_KEYS names one. */
  email: string | null;
  /** The API key's non-secret fingerprint (`k_…`); safe for logs. */
  keyId: string;
  /** Who did something, as recorded on calls and decisions: the e-mail, else `key:<keyId>`. */
  principal: string;
}

export const RIGHTS_LIST = ['calls:create', 'calls:read', 'calls:review', 'calls:review-any', 'calls:retry', 'calls:erase', 'queues:view', 'reports:team', 'subjects:export'] as const;
export type Right = (typeof RIGHTS_LIST)[number];

/**
 * What each role may do. A rep's `calls:read` and `calls:review` cover their own calls only: routes
 * check each call with `canAccessCall` (or filter lists with `visibleTo`). A manager reviews any call
 * (`calls:review-any`), retries failed ones, erases calls (`calls:erase`) and sees the queue dashboard
 * (`queues:view`), the team's reports (`reports:team`: manual entry saved per rep and week) and exports
 * what is held about one customer (`subjects:export`: a data subject's access request).
 */
export const RIGHTS: Record<Role, readonly Right[]> = {
  rep: ['calls:create', 'calls:read', 'calls:review'],
  manager: ['calls:create', 'calls:read', 'calls:review', 'calls:review-any', 'calls:retry', 'calls:erase', 'queues:view', 'reports:team', 'subjects:export'],
};

/** Each right as a sentence says it: "A rep may not erase calls." */
export const RIGHT_WORDS: Record<Right, string> = {
  'calls:create': 'send calls in',
  'calls:read': 'read calls',
  'calls:review': 'review calls',
  'calls:review-any': 'review another rep’s calls',
  'calls:retry': 'retry calls',
  'calls:erase': 'erase calls',
  'queues:view': 'see the queues',
  'reports:team': 'read the team’s reports',
  'subjects:export': 'export what is held about a person',
};

export function hasRight(identity: Identity, right: Right): boolean {
  return RIGHTS[identity.role].includes(right);
}

export function identityOf(key: { role: Role; email: string | null; id: string }): Identity {
  const email = key.email?.toLowerCase() ?? null;
  return { role: key.role, email, keyId: key.id, principal: email ?? `key:${key.id}` };
}

/**
 * May this identity see (and, with `calls:review`, review) the call? A manager always; a rep when the
 * call's rep e-mail is theirs (case-insensitive) or they uploaded it.
 */
export function canAccessCall(identity: Identity, call: Pick<Call, 'meta' | 'uploadedBy'>): boolean {
  if (identity.role === 'manager') return true;
  const repEmail = call.meta.rep?.email?.trim().toLowerCase();
  if (identity.email && repEmail && repEmail === identity.email) return true;
  return call.uploadedBy !== null && call.uploadedBy === identity.principal;
}

/**
 * Whose calls a list shows: `undefined` (all) for a manager; for a rep the values a call's rep e-mail
 * or `uploadedBy` must match — their e-mail (when known) and their principal. Matching the e-mail
 * against `meta.rep.email` must be case-insensitive, as in `canAccessCall`.
 */
export function visibleTo(identity: Identity): string[] | undefined {
  if (identity.role === 'manager') return undefined;
  return identity.email ? [identity.email, identity.principal].filter((v, i, all) => all.indexOf(v) === i) : [identity.principal];
}
