import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export type Role = 'rep' | 'manager';
export interface ApiKey {
  key: string;
  role: Role;
}

/** What each role may do: reps upload and read calls; managers also review (later routes). */
const RIGHTS: Record<Role, readonly string[]> = {
  rep: ['calls:create', 'calls:read'],
  manager: ['calls:create', 'calls:read', 'calls:review'],
};

function presented(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  const key = request.headers['x-api-key'];
  return typeof key === 'string' ? key : null;
}

function matchKey(keys: readonly ApiKey[], candidate: string): ApiKey | null {
  // Digests have one length, so the comparison takes the same time whatever the candidate's length.
  const given = createHash('sha256').update(candidate).digest();
  let found: ApiKey | null = null;
  for (const k of keys) {
    if (timingSafeEqual(createHash('sha256').update(k.key).digest(), given)) found = k;
  }
  return found;
}

/** A preHandler that requires an API key with the given right: 401 without a valid key, 403 without the right. */
export function requireRight(keys: readonly ApiKey[], right: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const candidate = presented(request);
    const key = candidate ? matchKey(keys, candidate) : null;
    if (!key) {
      return reply.code(401).send({ error: { code: 'AUTH_REQUIRED', message: 'Send an API key as `Authorization: Bearer <key>` (see API_KEYS).' } });
    }
    if (!RIGHTS[key.role].includes(right)) {
      return reply.code(403).send({ error: { code: 'AUTH_FORBIDDEN', message: `A ${key.role} key may not ${right}.` } });
    }
  };
}
