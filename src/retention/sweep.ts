import { z } from 'zod';
import { callKeys } from '../domain/call-keys.ts';
import { isTerminal, type Call } from '../domain/call.ts';
import { toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import { findCall } from '../pipeline/call-record.ts';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';
import type { CallLocks } from '../review/call-lock.ts';
import { sourceKey } from '../intake/source-record.ts';
import { crmLeftBy } from './crm-left.ts';
import { audioObjectKeys, callPrefix, deleteKeys, deleteWholeCall, isAudioKey, removeAudio, type WaitForDeliveries } from './call-objects.ts';

/**
 * How long calls are kept (RETENTION_AUDIO_DAYS, RETENTION_CALL_DAYS); null: forever. Age counts from
 * when callscribe received the recording (call.json's `createdAt`): a date the server set, the same
 * for every call, which reprocessing or a late review never moves.
 */
export interface RetentionPolicy {
  /** After this many days a call's audio objects are deleted; transcript, insights and the index row stay. */
  audioDays: number | null;
  /** After this many days the whole call is deleted: every object and its index row. */
  callDays: number | null;
}

export interface SweepPorts {
  blobs: BlobStore;
  clock: () => Date;
  logger: Logger;
  /** Told after a call changed or went (the index follows: a call without call.json loses its row). */
  onCallChanged?: (callId: string) => Promise<void>;
  /**
   * The review API's per-call locks: a call is read again and deleted under its lock, so a manager's retry or
   * approval cannot start work on a call whose audio is being deleted. Without them (one process) the sweep
   * relies on the status it read.
   */
  locks?: CallLocks;
  /**
   * Waits while a notification of a call deleted whole is being sent (see `deleteWholeCall`), as an erasure
   * does: a delivery that looked at the call just before its erasure mark was written would otherwise still
   * send its names after the sweep deleted it.
   */
  waitForDeliveries: WaitForDeliveries;
}

export interface SweepReport {
  /** Calls looked at (those with call.json). */
  calls: number;
  /** Ids of calls whose audio was deleted by this sweep. */
  audioRemoved: string[];
  /** Ids of calls deleted whole. */
  callsDeleted: string[];
  objectsDeleted: number;
  /** Old enough, but still being processed: left for a later sweep. */
  inProgress: number;
  /**
   * Ids of calls not settled more than STUCK_MARGIN_DAYS after RETENTION_CALL_DAYS would have deleted them (one
   * left at `syncing` while the CRM refuses its credentials, a job lost): kept, and logged for a person to retry
   * or erase. Counted in `inProgress` too.
   */
  stuck: string[];
  /** Calls the sweep could not finish (storage failing); the next sweep tries again. */
  failed: number;
  /**
   * Ids whose objects had no call.json (an upload's ingest that stopped between storing the recording and saving
   * its record) for more than ORPHAN_GRACE_DAYS, and were deleted.
   */
  orphansDeleted: string[];
}

const DAY_MS = 24 * 3600 * 1000;

/**
 * How long past its RETENTION_CALL_DAYS a call may still be processing before the sweep reports it. A call
 * settles within minutes; one a day late is waiting on something a person has to fix.
 */
export const STUCK_MARGIN_DAYS = 1;

/**
 * How long objects under `calls/{id}/` may be without a call.json before the sweep deletes them. An ingest
 * stores the recording and saves the record seconds apart; objects seen without it a day later are what an
 * ingest that stopped in between left: a voice no call names, which nothing else would ever delete.
 */
export const ORPHAN_GRACE_DAYS = 1;

/** When the sweep first saw a call's objects without a call.json: kept with them, deleted with them (or once the record is there). */
export const orphanSeenKey = (callId: string) => `${callPrefix(callId)}orphan-seen.json`;
const OrphanSeen = z.object({ firstSeen: z.iso.datetime() });

/**
 * One retention sweep: walks `calls/` in the store page by page (`pageSize` calls at a time, so memory
 * stays flat at any volume), and for each call that has settled (`needs_review`, `done`, `failed`):
 * older than `callDays`, deletes it whole (every object, call.json last, then its index row); else older
 * than `audioDays` with audio left, deletes its audio and marks `audioRemoved` on call.json. A call still
 * being processed is never touched; one still not settled STUCK_MARGIN_DAYS after `callDays` is reported
 * (`stuck`, a warning naming it). With only `audioDays` set, calls with no audio left are not even
 * read, but for a call that is only its record: an ingest that failed may have left its recording in
 * `uploads/`, or a storage event's inbox object it never copied (`audioObjectKeys` finds both).
 * Objects with no call.json are what an ingest cut short left: deleted a day after first seen (`sweepOrphan`).
 * Idempotent: a sweep cut short is finished by the next. Logs each call it changed (its id and counts,
 * nothing personal); for a call deleted whole, also the CRM records it wrote, which stay in the CRM (kinds and
 * ids, `crmLeftBy`), as its erasure mark does.
 */
export async function sweepRetention(policy: RetentionPolicy, ports: SweepPorts, opts: { pageSize?: number } = {}): Promise<SweepReport> {
  const report: SweepReport = { calls: 0, audioRemoved: [], callsDeleted: [], objectsDeleted: 0, inProgress: 0, stuck: [], failed: 0, orphansDeleted: [] };
  if (policy.audioDays === null && policy.callDays === null) return report;
  const log = ports.logger.child({ step: 'retention' });
  const { list } = ports.blobs;
  if (!list) {
    log.warn({ store: ports.blobs.describe }, 'retention skipped: this store cannot list its calls');
    return report;
  }
  const now = ports.clock();
  const cutoff = (days: number | null) => (days === null ? null : now.getTime() - days * DAY_MS);
  const audioBefore = cutoff(policy.audioDays);
  const callBefore = cutoff(policy.callDays);
  const stuckBefore = callBefore === null ? null : callBefore - STUCK_MARGIN_DAYS * DAY_MS;

  /**
   * Objects with no call.json and no source.json (an announced call waits for its ingest with only that): the first
   * sweep to see them notes when, and one ORPHAN_GRACE_DAYS later deletes them, if the record has not appeared
   * meanwhile (read again under the call's lock, which an upload's ingest holds). A note left when the record did
   * appear goes.
   */
  const sweepOrphan = async (callId: string, keys: readonly string[]) => {
    const seenKey = orphanSeenKey(callId);
    if (keys.includes(callKeys.call(callId))) {
      if (keys.includes(seenKey)) await ports.blobs.delete(seenKey);
      return true;
    }
    if (keys.includes(sourceKey(callId))) return true;
    const seen = keys.includes(seenKey) ? await getJson(ports.blobs, seenKey, (raw) => OrphanSeen.parse(raw)).catch(() => null) : null;
    if (!seen) {
      await putJson(ports.blobs, seenKey, { firstSeen: now.toISOString() });
      return false;
    }
    if (Date.parse(seen.firstSeen) > now.getTime() - ORPHAN_GRACE_DAYS * DAY_MS) return false;
    const remove = async () => {
      const still: string[] = [];
      for await (const key of list.call(ports.blobs, callPrefix(callId))) still.push(key);
      if (still.includes(callKeys.call(callId)) || still.includes(sourceKey(callId))) return;
      // The note last, once the rest is gone (deleteKeys deletes several at once): a deletion cut short keeps it,
      // so the next sweep finishes it, not a day after a new note.
      const rest = still.filter((key) => key !== seenKey);
      await deleteKeys(ports.blobs, rest);
      await ports.blobs.delete(seenKey);
      const deleted = rest.length + (still.includes(seenKey) ? 1 : 0);
      report.orphansDeleted.push(callId);
      report.objectsDeleted += deleted;
      log.info({ callId, objects: deleted, firstSeen: seen.firstSeen }, 'objects of a call with no record deleted: an ingest stopped before saving it');
    };
    if (ports.locks) await ports.locks.withLock(callId, remove);
    else await remove();
    return false;
  };

  const sweepCall = async ({ callId, keys }: CallKeys) => {
    if (!(await sweepOrphan(callId, keys))) return;
    const audioUnderCall = keys.some((key) => isAudioKey(callId, key));
    // A call that is only its record (call.json, and source.json if announced) may be an ingest that failed
    // with the recording still outside the call: in `uploads/`, or a storage event's inbox object never copied.
    const onlyRecord = keys.every((key) => key === callKeys.call(callId) || key === sourceKey(callId) || key === orphanSeenKey(callId));
    if (!keys.includes(callKeys.call(callId)) || (callBefore === null && !audioUnderCall && !onlyRecord)) return;
    const call = await findCall(ports.blobs, callId);
    if (!call) return;
    const audioOutside = !audioUnderCall && onlyRecord && !call.audioRemoved && (await audioObjectKeys(ports.blobs, callId, call)).length > 0;
    if (callBefore === null && !audioUnderCall && !audioOutside) return;
    report.calls += 1;
    const created = Date.parse(call.createdAt);
    const deleteWhole = callBefore !== null && created < callBefore;
    const dropAudio = audioBefore !== null && created < audioBefore && (audioUnderCall || audioOutside);
    if (!deleteWhole && !dropAudio) return;
    if (ports.locks) await ports.locks.withLock(callId, () => removeSettled(callId, deleteWhole));
    else await removeSettled(callId, deleteWhole, call);
  };

  /** Deletes the call (or its audio) if it has settled: read again here, under the call's lock when there is one. */
  const removeSettled = async (callId: string, deleteWhole: boolean, read?: Call) => {
    const call = read ?? (await findCall(ports.blobs, callId));
    if (!call) return;
    if (!isTerminal(call.status)) {
      report.inProgress += 1;
      // Not deleted even then: the sweep cannot tell a stuck call from one a worker is on right now, and a call cut
      // off in the middle of its sync would lose the ids of what it wrote to the CRM. An erasure can (CALL_BUSY while a step runs).
      if (deleteWhole && stuckBefore !== null && Date.parse(call.createdAt) < stuckBefore) {
        report.stuck.push(callId);
        log.warn(
          { callId, status: call.status, createdAt: call.createdAt, updatedAt: call.updatedAt },
          'call past RETENTION_CALL_DAYS is still not settled, so it is kept: fix what holds it and retry it, or erase it (DELETE /v1/calls/{id})',
        );
      }
      return;
    }
    if (deleteWhole) {
      // Read before crm.json goes: the CRM keeps these records, and the mark and the log say which.
      const crm = await crmLeftBy(ports.blobs, callId, log);
      const objects = await deleteWholeCall({ blobs: ports.blobs, waitForDeliveries: ports.waitForDeliveries, logger: log }, callId, call, {
        reason: 'retention', at: now.toISOString(), ...(crm && { crmRemaining: crm }),
      });
      report.callsDeleted.push(callId);
      report.objectsDeleted += objects;
      log.info({ callId, objects, createdAt: call.createdAt, crmRemaining: crm }, 'call deleted (RETENTION_CALL_DAYS); the CRM records it wrote stay there');
    } else {
      const { deleted } = await removeAudio(ports.blobs, callId, 'retention', now);
      report.audioRemoved.push(callId);
      report.objectsDeleted += deleted;
      log.info({ callId, objects: deleted, createdAt: call.createdAt }, 'call audio deleted (RETENTION_AUDIO_DAYS)');
    }
    await ports.onCallChanged?.(callId).catch((err: unknown) => log.warn({ callId, err: (err as Error).message }, 'could not update the call index'));
  };

  const sweepPage = async (page: CallKeys[]) => {
    for (const group of page) {
      try {
        await sweepCall(group);
      } catch (err) {
        report.failed += 1;
        log.warn({ callId: group.callId, code: toAppError(err).code }, 'retention could not finish a call; the next sweep tries again');
      }
    }
  };

  let page: CallKeys[] = [];
  for await (const group of groupByCall(list.call(ports.blobs, 'calls/'))) {
    page.push(group);
    if (page.length >= (opts.pageSize ?? 100)) await sweepPage(page.splice(0));
  }
  await sweepPage(page);
  log.info({ ...report, audioRemoved: report.audioRemoved.length, callsDeleted: report.callsDeleted.length, stuck: report.stuck.length, policy }, 'retention sweep finished');
  return report;
}

interface CallKeys {
  callId: string;
  keys: string[];
}

/** Keys under `calls/` arrive sorted, so each call's keys are together: one group per call. */
async function* groupByCall(keys: AsyncIterable<string>): AsyncGenerator<CallKeys> {
  let current: CallKeys = { callId: '', keys: [] };
  for await (const key of keys) {
    const callId = /^calls\/([^/]+)\//.exec(key)?.[1];
    if (!callId) continue;
    if (current.callId !== callId) {
      if (current.keys.length) yield current;
      current = { callId, keys: [] };
    }
    current.keys.push(key);
  }
  if (current.keys.length) yield current;
}
