import { describe, expect, it } from 'vitest';
import type { CrmRecord } from '../../../src/domain/crm-record.ts';
import { emptyReview } from '../../../src/domain/review.ts';
import { AppError } from '../../../src/errors/app-error.ts';
import { sendCreate } from '../../../src/pipeline/sync-creates.ts';

const record = (sent: string[] = []): CrmRecord => ({ schemaVersion: 1, adapter: 'hubspot', contact: null, deal: null, callLog: null, tasks: [], review: emptyReview(), syncedAt: null, updatedAt: '2026-12-05T12:00:00Z', createsSent: sent }) as CrmRecord;
const answered = (status: number) => new AppError(status === 429 ? 'HUBSPOT_RATE_LIMITED' : `HUBSPOT_${status}`, `HubSpot answered ${status}.`, { status, retryable: status === 429 || status >= 500 });

describe('sendCreate: the mark that a create was sent', () => {
  it('is saved before the create is sent, and says whether an earlier attempt had sent it', async () => {
    const r = record();
    const saved: string[][] = [];
    const save = async () => void saved.push([...r.createsSent]);
    expect(await sendCreate(r, save, 'k1', async (before) => ({ before, savedWhenSent: saved.length }))).toEqual({ before: false, savedWhenSent: 1 });
    expect(await sendCreate(r, save, 'k1', async (before) => before)).toBe(true);
    expect(r.createsSent).toEqual(['k1']);
  });

  it('is taken back when the CRM refused the first attempt (a 4xx: nothing was made), so the next one does not wait for search', async () => {
    for (const status of [429, 400, 403]) {
      const r = record();
      await expect(sendCreate(r, async () => {}, 'k1', async () => Promise.reject(answered(status)))).rejects.toMatchObject({ status });
      expect(r.createsSent, String(status)).toEqual([]);
    }
  });

  it('stays when the create may have been made (no answer, a 5xx, a 408) or an earlier attempt may have sent it', async () => {
    for (const [status, sent] of [[503, []], [408, []], [429, ['k1']]] as const) {
      const r = record([...sent]);
      await expect(sendCreate(r, async () => {}, 'k1', async () => Promise.reject(answered(status)))).rejects.toMatchObject({ status });
      expect(r.createsSent, `${status} ${sent.join()}`).toEqual(['k1']);
    }
    const r = record();
    await expect(sendCreate(r, async () => {}, 'k1', async () => Promise.reject(new Error('socket hang up')))).rejects.toBeTruthy();
    expect(r.createsSent).toEqual(['k1']);
  });

  it('is followed by no create when the job was taken over by another worker; the mark stays for the run that took it', async () => {
    const r = record();
    let sent = 0;
    await expect(sendCreate(r, async () => {}, 'k1', async () => void sent++, async () => false)).rejects.toMatchObject({ code: 'JOB_LOCK_LOST', retryable: true });
    expect([sent, r.createsSent]).toEqual([0, ['k1']]);
    expect(await sendCreate(r, async () => {}, 'k2', async () => ++sent, async () => true)).toBe(1);
  });
});
