import type { FastifyReply, FastifyRequest } from 'fastify';
import { callIdFromSha256 } from '../../domain/call-keys.ts';
import { readCallMeta, SHOWN_KEYS, shownKeys, type CallMeta } from '../../domain/call-meta.ts';
import { resumeStep, type Call } from '../../domain/call.ts';
import { permanent } from '../../errors/app-error.ts';
import type { RedisWait } from '../../errors/redis-unreachable.ts';
import { ingest } from '../../pipeline/ingest.ts';
import type { StoredUpload } from '../../pipeline/store-upload.ts';
import { canAccessCall, identityOfRequest } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';

/** A recording stored under `uploads/`, ready to become a call. */
export type ReceivedUpload = StoredUpload & {
  filename: string | null;
  contentType: string | null;
  meta: CallMeta;
  transcript?: { uploadKey: string; bytes: number } | null;
  /** Keys of the meta sent that are not CallMeta fields, which were ignored: the answer says so. */
  metaIgnored?: string[];
};
/**
 * `withinRedis`, when given, bounds the answer's waits on Redis (the call's lock, the index hand-over, the
 * queuing) together; without it each is bounded on its own (REDIS_ANSWER_MS).
 */
export type ReceiveUpload = (request: FastifyRequest, reply: FastifyReply, upload: ReceivedUpload, withinRedis?: RedisWait) => Promise<FastifyReply>;

/** A stored upload made a call: new, or one already here (which resumes where it stopped). */
export interface Accepted {
  call: Call;
  isNew: boolean;
}
export type AcceptUpload = (request: FastifyRequest, upload: ReceivedUpload, withinRedis?: RedisWait) => Promise<Accepted>;

/**
 * Turns a stored upload into a call, indexes it and queues its next step. The find-or-create runs under
 * the call's lock, so of simultaneous uploads of one recording exactly one creates the call and the
 * others find it. The API (`receiver`) and the upload page answer it each in their own way.
 */
export function acceptor(deps: AppDeps): AcceptUpload {
  return async (request, upload, withinRedis) => {
    const identity = identityOfRequest(request);
    const uploadedBy = identity.principal;
    // A rep's upload is their call unless its meta names another rep; a manager's names whom it names.
    const uploaderRepEmail = identity.role === 'rep' ? identity.email : null;
    // A failed call takes the meta it is sent again with only from someone who may read it: another rep's
    // meta would hand them the call.
    const work = () => ingest({ ...upload, uploadedBy, uploaderRepEmail, uploaderRole: identity.role }, { blobs: deps.blobs, clock: deps.clock }, (existing) => canAccessCall(identity, existing));
    const id = callIdFromSha256(upload.sha256);
    // The lock's waits on Redis share the answer's bound; another holder of the lock (the same recording sent at once
    // another way) is waited for as usual.
    const { call, isNew } = await deps.locks.withLock(id, work, withinRedis ? { within: withinRedis } : {});
    const bounded = <T>(p: Promise<T>) => (withinRedis ? withinRedis(p) : p);
    await bounded(deps.reindexCall(call.id)).catch((err: unknown) => request.log.warn({ callId: call.id, err: (err as Error).message }, 'could not update the call index'));
    // A new call starts; a call already here resumes where it stopped (a live job is not doubled).
    const next = resumeStep(call, false);
    if (next) await bounded(deps.enqueue(next, call.id));
    request.log.info({ callId: call.id, bytes: upload.bytes, duplicate: !isNew, queued: next }, 'recording received');
    return { call, isNew };
  };
}

/** The API's answer to a stored upload: 202 for a new call, 200 `duplicate: true` for a recording already here. */
export function receiver(deps: AppDeps): ReceiveUpload {
  const accept = acceptor(deps);
  return async (request, reply, upload, withinRedis) => {
    const { call, isNew } = await accept(request, upload, withinRedis);
    const warnings = ignoredMetaWarnings(upload.metaIgnored);
    return reply.code(isNew ? 202 : 200).send({ id: call.id, status: isNew ? 'received' : call.status, duplicate: !isNew, ...(warnings.length && { warnings }) });
  };
}

/**
 * Refuses at once, before its body is read, an upload whose Content-Length declares more than `maxBodyBytes`
 * (the recording limit, MAX_UPLOAD_BYTES, and room for the form's other parts): `UPLOAD_TOO_LARGE` (413), and
 * the connection is closed rather than drained, so a client that declares a huge body and then sends nothing is
 * answered all the same. A body without a Content-Length (chunked) is held to the limit as it streams.
 */
export function refuseDeclaredTooLarge(request: FastifyRequest, reply: FastifyReply, maxBodyBytes: number, maxUploadBytes: number): void {
  const declared = Number(request.headers['content-length']);
  if (!Number.isFinite(declared) || declared <= maxBodyBytes) return;
  reply.header('connection', 'close');
  throw permanent('UPLOAD_TOO_LARGE', `The upload is ${mib(declared)} (its Content-Length), more than a recording within the ${mib(maxUploadBytes)} limit (MAX_UPLOAD_BYTES) and its meta. Split the recording, or raise the limit.`);
}

const mib = (bytes: number) => `${Math.round(bytes / 1048576)} MiB`;

/** What the answer to an upload says of meta keys that were ignored (none: nothing). */
export function ignoredMetaWarnings(ignored: readonly string[] | undefined): string[] {
  if (!ignored?.length) return [];
  const shown = shownKeys(ignored).map((k) => `\`${k}\``).join(', ');
  const one = ignored.length === 1;
  return [`meta ${one ? 'key' : 'keys'} ${shown}${ignored.length > SHOWN_KEYS ? `, … (${ignored.length} in all)` : ''} ${one ? 'is not a CallMeta field and was' : 'are not CallMeta fields and were'} ignored (see CallMeta in /docs)`];
}

/** CallMeta from JSON text, or from a value already parsed, with the keys it ignored. */
export function parseMeta(raw: unknown): { meta: CallMeta; ignored: string[] } {
  const read = readCallMeta(raw);
  if ('meta' in read) return read;
  if (read.problem === 'not_json') throw permanent('META_INVALID', 'The `meta` part is not valid JSON.');
  throw permanent('META_INVALID', `The \`meta\` part does not match CallMeta: ${read.detail}`);
}
