import { z } from 'zod';
import { callKeys } from '../domain/call-keys.ts';
import { CallMeta } from '../domain/call-meta.ts';
import { CallStatus, type Call } from '../domain/call.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { Insights } from '../domain/insights.ts';
import { mapLimit } from '../domain/map-limit.ts';
import { phoneQuery, storedPhoneMatches } from '../domain/phone.ts';
import { Transcript } from '../domain/transcript.ts';
import { permanent, toAppError } from '../errors/app-error.ts';
import { hasRight, type Identity } from '../http/identity.ts';
import { getJsonOrUnreadable } from '../ports/blob-store.ts';
import { SEARCH_CANDIDATES, type CallListItem } from '../ports/call-index.ts';
import type { CallReader, CallServiceDeps } from './call-service.ts';
import { CrmRemaining, crmRemaining, readCrmRecord } from './erase-call.ts';

/** Who an export is about: the customer's e-mail address or phone number, exactly one of them. */
export type Subject = { email: string } | { phone: string };

/** One call whose customer is the subject: everything callscribe holds of it, except audio. */
export const SubjectCall = z.object({
  id: z.string(),
  status: CallStatus,
  /** When callscribe received the recording. */
  receivedAt: z.string(),
  meta: CallMeta,
  /** The transcript as plain text (redacted as stored); null before transcription. */
  transcriptText: z.string().nullable(),
  /**
   * Who said what and when: the transcript's segments with their speaker and its role (`rep`, `customer`, or null
   * when not known), so the person's own words can be told from the rep's; null before transcription.
   */
  transcriptSegments: z.array(z.object({ speaker: z.string(), role: z.string().nullable(), startSec: z.number(), endSec: z.number(), text: z.string() })).nullable(),
  /** The call's transcript.json could not be read (damaged): `transcriptText` is null, though the store holds one. */
  transcriptUnreadable: z.boolean().optional(),
  insights: Insights.nullable(),
  /** The call's insights.json could not be read (damaged): `insights` is null, though the store holds one. */
  insightsUnreadable: z.boolean().optional(),
  /** The call's crm.json as stored: the CRM records callscribe wrote or matched, its review decisions and audit; null before sync. */
  crm: CrmRecord.nullable(),
  /** The records callscribe wrote to the CRM for the call, with their ids (as an erasure lists them); null before sync. */
  crmWritten: CrmRemaining.nullable(),
  /** The call's crm.json could not be read (damaged): `crm` and `crmWritten` are null, and what it wrote to the CRM is not known. */
  crmUnreadable: z.boolean().optional(),
  /** The recording is not in the export: `url` serves it (the per-call audio route, with the same key); null when it is no longer stored. */
  audio: z.object({ url: z.string().nullable(), note: z.string() }),
  /**
   * How the call's customer was found to be the subject: the e-mail address, the phone number with its country, or
   * `phone_without_country`: the call stored a national number (no country code) whose digits are the subject's.
   */
  matchedBy: z.enum(['email', 'phone', 'phone_without_country']),
});
export type SubjectCall = z.infer<typeof SubjectCall>;

/** `GET /v1/subject-export`: the calls of one data subject, newest first, a page at a time. */
export const SubjectExport = z.object({
  subject: z.object({ email: z.string().optional(), phone: z.string().optional() }),
  calls: z.array(SubjectCall),
  /** Send it back as `cursor` for the next page; null: no more calls. */
  nextCursor: z.string().nullable(),
  /** In words: what the export holds, what it leaves out and where that is. */
  note: z.string(),
});
export type SubjectExport = z.infer<typeof SubjectExport>;

/** Index rows read per search page while gathering candidates (all of them, at most `SEARCH_CANDIDATES`). */
const SEARCH_PAGE = 100;
/** How many candidates' call.json are read at once. */
const READ_CONCURRENCY = 8;

const NOTE =
  'Every call whose customer’s e-mail or phone (as the call’s meta gives it) is the one asked for: meta, transcript text (and its segments: who said what, when), insights, ' +
  'the call’s crm.json and the CRM records callscribe wrote (crmWritten, with ids). Audio is not included: fetch each recording from ' +
  'its `audio.url` (GET /v1/calls/{id}/audio). The CRM itself holds what callscribe wrote there, and may hold more about the person: ' +
  'export it from the CRM. A call whose customer phone was stored without its country code (`matchedBy: "phone_without_country"`) ' +
  'has the same national number but could be another country’s: check it is this person’s before handing it over. ' +
  'A stored object that could not be read (damaged) is null, flagged `transcriptUnreadable`, `insightsUnreadable` or `crmUnreadable`: ' +
  'the store still holds it under calls/{id}/, so take it from there for the person. ' +
  'Calls are found through the call index: run `callscribe reindex` first if it may be behind.';

/**
 * A phone number as written internationally, separators dropped (`+44 20 7946-0321` → `+442079460321`, a leading
 * `00` read as `+`); null for a number without its country code, which cannot be matched exactly.
 */
export function internationalPhone(text: string): string | null {
  const compact = text.trim().replace(/[\s().-]/g, '').replace(/^00/, '+');
  return /^\+\d{7,15}$/.test(compact) ? compact : null;
}

const sameEmail = (a: string | null | undefined, b: string) => !!a && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether the call's own meta names the subject as its customer, and how (`SubjectCall.matchedBy`); null when it
 * does not. The index's search finds candidates; this decides. A phone stored with its country must be the
 * subject's number exactly; one stored without it ("020 7946 0321", "(415) 555-0134") matches by its national digits.
 */
export function customerIs(call: Pick<Call, 'meta'>, subject: Subject): SubjectCall['matchedBy'] | null {
  const c = call.meta.customer;
  if ('email' in subject) return sameEmail(c?.email, subject.email) ? 'email' : null;
  const wanted = phoneQuery(subject.phone, null);
  const stored = c?.phone?.trim();
  if (!stored) return null;
  // A number that is not a possible one of its country has no national digits to compare: its digits, country code
  // and all, would read as another country's national number ("+44 7946 0321" as "(447) 946-0321"). Exactly, or not.
  if (!wanted?.e164) return internationalPhone(stored) !== null && internationalPhone(stored) === internationalPhone(subject.phone) ? 'phone' : null;
  if (!storedPhoneMatches(stored, wanted)) return null;
  return internationalPhone(stored) !== null ? 'phone' : 'phone_without_country';
}

/** The transcript's segments as the export gives them (`SubjectCall.transcriptSegments`). */
function segmentsOf(transcript: Transcript | null): SubjectCall['transcriptSegments'] {
  if (!transcript) return null;
  const roles = new Map(transcript.speakers.map((s) => [s.id, s.role ?? null]));
  return transcript.segments.map((s) => ({ speaker: s.speaker, role: roles.get(s.speaker) ?? null, startSec: s.startSec, endSec: s.endSec, text: s.text }));
}

/** Where a page starts: after this call, in newest-first order. */
const ExportCursor = z.object({ at: z.string(), id: z.string() }).strict();
type ExportCursor = z.infer<typeof ExportCursor>;

const encodeCursor = (c: ExportCursor) => Buffer.from(JSON.stringify(c)).toString('base64url');
function decodeCursor(text: string): ExportCursor {
  try {
    return ExportCursor.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
  } catch {
    throw permanent('CURSOR_INVALID', 'This cursor is not one the subject export handed out; start again without `cursor`.');
  }
}

const sortAt = (c: CallListItem) => c.startedAt ?? c.receivedAt;
/** Newest first, then by id (descending), as the call list orders. */
const newestFirst = (a: { at: string; id: string }, b: { at: string; id: string }) => (a.at === b.at ? (a.id < b.id ? 1 : a.id > b.id ? -1 : 0) : a.at < b.at ? 1 : -1);

/**
 * A data subject's access request: what callscribe holds about one customer, found by e-mail or phone.
 * Manager only (`subjects:export`). Candidates come from the call index's search (which reads the customer's
 * e-mail and phone, and the transcript too); each candidate's call.json decides, so a call that only mentions the
 * address is left out. The search ranks at most `SEARCH_CANDIDATES` matches: more than that is refused with
 * `SUBJECT_TOO_MANY_CALLS` (narrow with `from` / `to`) rather than answered in part. Pages are `limit` calls,
 * newest first; `nextCursor` continues after the last one.
 */
export function createSubjectExporter(deps: Pick<CallServiceDeps, 'blobs' | 'index' | 'logger'>, reader: CallReader) {
  async function candidates(subject: Subject, range: { from?: string; to?: string }): Promise<CallListItem[]> {
    // A phone is looked for by its national digits, which the index holds for a number stored with its country and
    // for one stored without (compact, or after a trunk 0), or by its international digits, which it holds for a
    // number dialled from abroad (00 and a country code of two or three digits: "0044 20 7946 0321");
    // `customerIs` then drops another country's same digits.
    const q = 'email' in subject ? subject.email : [phoneQuery(subject.phone, null)?.national, subject.phone].filter(Boolean).join(' OR ');
    const found: CallListItem[] = [];
    let cursor: string | undefined;
    do {
      const page = await deps.index.list({ q, cursor, limit: SEARCH_PAGE, ...range });
      if (page.searchLimited) {
        throw permanent('SUBJECT_TOO_MANY_CALLS', `More than ${SEARCH_CANDIDATES} calls in the index match ${'email' in subject ? 'this e-mail address' : 'this phone number'}: export them in parts with \`from\` and \`to\`.`);
      }
      found.push(...page.calls);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return found;
  }

  /** The call if it is the subject's, else null (also when it went meanwhile: erased, deleted by retention). */
  async function ifTheirs(who: Identity, id: string, subject: Subject): Promise<{ call: Call; matchedBy: SubjectCall['matchedBy'] } | null> {
    try {
      const call = await reader.load(who, id);
      const matchedBy = customerIs(call, subject);
      return matchedBy ? { call, matchedBy } : null;
    } catch (thrown) {
      if (toAppError(thrown).code === 'CALL_NOT_FOUND') return null;
      throw thrown;
    }
  }

  async function exported({ call, matchedBy }: { call: Call; matchedBy: SubjectCall['matchedBy'] }): Promise<SubjectCall> {
    const id = call.id;
    // A damaged object does not hold up a person's access request: the export says which could not be read.
    const [transcript, insights, read] = await Promise.all([
      getJsonOrUnreadable(deps.blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw)),
      getJsonOrUnreadable(deps.blobs, callKeys.insights(id), (raw) => Insights.parse(raw)),
      readCrmRecord(deps.blobs, id),
    ]);
    const readable = <T>(value: T | 'unreadable' | null): T | null => (value === 'unreadable' ? null : value);
    const crm = readable(read);
    const stored = call.recording !== null && !call.audioRemoved;
    return {
      id,
      status: call.status,
      receivedAt: call.createdAt,
      meta: call.meta,
      transcriptText: readable(transcript)?.text ?? null,
      transcriptSegments: segmentsOf(readable(transcript)),
      ...(transcript === 'unreadable' && { transcriptUnreadable: true }),
      insights: readable(insights),
      ...(insights === 'unreadable' && { insightsUnreadable: true }),
      crm,
      crmWritten: crm && crmRemaining(crm),
      ...(read === 'unreadable' && { crmUnreadable: true }),
      audio: stored
        ? { url: `/v1/calls/${id}/audio`, note: 'GET this URL with the same API key for the recording as received.' }
        : { url: null, note: call.audioRemoved ? `The recording was deleted on ${call.audioRemoved.at}.` : 'No recording is stored for this call.' },
      matchedBy,
    };
  }

  return async function exportSubject(who: Identity, subject: Subject, opts: { limit: number; cursor?: string; from?: string; to?: string }): Promise<SubjectExport> {
    if (!hasRight(who, 'subjects:export')) throw permanent('AUTH_FORBIDDEN', 'Only a manager may export what is held about a person.');
    const after = opts.cursor ? decodeCursor(opts.cursor) : null;
    const ordered = (await candidates(subject, { from: opts.from, to: opts.to }))
      .map((c) => ({ at: sortAt(c), id: c.id }))
      .sort(newestFirst)
      .filter((c) => !after || newestFirst(after, c) < 0);
    // Read call.json a batch at a time until one more call than the page holds is found (so `nextCursor` is null at the end).
    const theirs: { at: string; call: Call; matchedBy: SubjectCall['matchedBy'] }[] = [];
    for (let i = 0; i < ordered.length && theirs.length <= opts.limit; i += READ_CONCURRENCY) {
      const batch = ordered.slice(i, i + READ_CONCURRENCY);
      const found = await mapLimit(batch, READ_CONCURRENCY, (c) => ifTheirs(who, c.id, subject));
      batch.forEach((c, j) => found[j] && theirs.push({ at: c.at, ...found[j] }));
    }
    const page = theirs.slice(0, opts.limit);
    const last = page.at(-1);
    const calls = await mapLimit(page, READ_CONCURRENCY, exported);
    deps.logger.info({ by: who.keyId, calls: calls.length, candidates: ordered.length }, 'subject export');
    return {
      subject: 'email' in subject ? { email: subject.email } : { phone: subject.phone },
      calls,
      nextCursor: theirs.length > opts.limit && last ? encodeCursor({ at: last.at, id: last.call.id }) : null,
      note: NOTE,
    };
  };
}

export type SubjectExporter = ReturnType<typeof createSubjectExporter>;
