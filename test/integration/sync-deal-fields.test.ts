import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLocalCrm, type LocalCrm } from '../../src/adapters/crm/local/local.crm.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { CrmRecord } from '../../src/domain/crm-record.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { recordDecisions, type ReviewRequest } from '../../src/review/decide.ts';
import { syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const CALL_ID = 'c_000000000000000dealfields';
const OSKAR = { id: 'ct-1', name: 'Oskar Lind', email: 'oskar@harrow.example', phone: '+14155550161', company: 'Harrow Mills' };
const DEAL = { id: 'deal-1', name: 'Harrow rollout', stage: 'decisionmakerboughtin' as const, contactIds: ['ct-1'], open: true, updatedAt: '2026-11-12T00:00:00Z' };
// A Friday morning in New York: "December 18th" is four weeks on.
const META = { startedAt: '2026-11-20T15:00:00Z', timezone: 'America/New_York', customer: { phone: OSKAR.phone } };
const insights = (reliable = true): Insights => ({
  schemaVersion: 1, engine: 'rules', model: null, promptVersion: null, summary: 'Price and signing date agreed.', keyPoints: [],
  actionItems: [], dealStage: { current: 'decisionmakerboughtin', proposed: null, confidence: 0, rationale: '', evidence: [] },
  followUpEmail: null, redactions: [], warnings: [],
  ...(reliable ? {} : { transcriptQuality: { words: 40, scoredWords: 40, lowConfidenceShare: 0.6, meanConfidence: 0.3, thresholds: { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.3 }, reliable: false, reason: 'too many unsure words' } }),
});
const transcript = (lines: [string, string][]): Transcript => ({
  schemaVersion: 1, engine: 'local', model: 'test', language: 'en', durationSec: 60,
  speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
  segments: lines.map(([speaker, text], i) => ({ speaker, text, startSec: i * 6, endSec: i * 6 + 5, confidence: 0.9 })),
  text: lines.map(([, t]) => t).join(' '),
});
const AGREED: [string, string][] = [
  ['rep', 'With the two extra plants, the annual contract comes to $48,000.'],
  ['customer', 'Yes, that is what finance approved.'],
  ['customer', 'And we will sign it by December 18th.'],
  ['rep', "Great, let's talk again on Tuesday about onboarding."],
];

describe("a deal's amount and close date the call contradicts (local CRM)", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let crm: LocalCrm;
  let dealReads: number;
  const ports = () => {
    const counted: CrmAdapter = { ...crm, getDeal: (id) => ((dealReads += 1), crm.getDeal(id)) };
    return { blobs, crm: counted, logger: silentLogger, clock: () => new Date('2026-11-20T15:30:00Z'), policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9, staleDealDays: 30 } } as unknown as PipelinePorts;
  };
  const record = async () => (await getJson(blobs, callKeys.crm(CALL_ID), (raw) => CrmRecord.parse(raw)))!;
  const findings = async () => (await record()).review.decisions.filter((d) => d.finding?.record?.kind === 'deal' && d.finding.type === 'field_contradicted');
  const decide = async (request: ReviewRequest, role: 'manager' | 'rep' = 'manager') => {
    const r = await record();
    recordDecisions(r, request, { principal: 'kim@example.com', role }, new Date('2026-11-20T16:00:00Z'), { canCreateContact: true });
    await putJson(blobs, callKeys.crm(CALL_ID), r);
  };
  const setup = async (deal: Partial<typeof DEAL> & { amount?: number | null; currency?: string | null; closeDate?: string | null }, lines: [string, string][], i = insights()) => {
    crm = createLocalCrm({ dataDir: temp.dir, seed: { contacts: [OSKAR], deals: [{ ...DEAL, ...deal }] } });
    await saveCall(blobs, syntheticCall(CALL_ID, { status: 'syncing', meta: META, audio: null }));
    await putJson(blobs, callKeys.insights(CALL_ID), i);
    await putJson(blobs, callKeys.transcript(CALL_ID), transcript(lines));
  };

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    dealReads = 0;
  });
  afterEach(() => temp.cleanup());

  it('raises each with its quotes after one read of the deal; once a manager approves, writes each to the deal exactly once', async () => {
    await setup({ amount: 40000, currency: 'USD', closeDate: '2026-12-31' }, AGREED);
    expect((await sync({ callId: CALL_ID }, ports())).finalStatus).toBe('done');
    expect(dealReads).toBe(1);
    const [amount, closeDate] = await findings();
    expect(amount).toMatchObject({
      id: 'hygiene-amount', state: 'pending', proposed: '48000',
      finding: { record: { kind: 'deal', id: 'deal-1' }, field: 'amount', crmValue: '40000', callValue: '48000', currency: 'USD' },
      evidence: [{ speaker: 'rep', startSec: 0, quote: 'With the two extra plants, the annual contract comes to $48,000.' }, { speaker: 'customer', startSec: 6 }],
      reason: 'FIELD_CONTRADICTED: the call says the deal is $48,000; the CRM has $40,000. Approve to write it to the deal.',
    });
    expect(closeDate).toMatchObject({
      id: 'hygiene-closeDate', proposed: '2026-12-18', finding: { field: 'closeDate', crmValue: '2026-12-31', callValue: '2026-12-18' },
      evidence: [{ speaker: 'customer', startSec: 12, quote: 'And we will sign it by December 18th.' }],
    });
    expect((await crm.snapshot()).deals[0]).toMatchObject({ amount: 40000, closeDate: '2026-12-31' });

    await expect(decide({ decisions: [{ id: 'hygiene-amount', decision: 'approve' }] }, 'rep')).rejects.toMatchObject({ code: 'AUTH_FORBIDDEN' });
    await decide({ decisions: [{ id: 'hygiene-amount', decision: 'approve', value: '$47,500' }, { id: 'hygiene-closeDate', decision: 'approve' }] });
    await sync({ callId: CALL_ID }, ports());
    await sync({ callId: CALL_ID }, ports());
    const data = await crm.snapshot();
    expect(data.deals[0]).toMatchObject({ amount: 47500, currency: 'USD', closeDate: '2026-12-18' });
    expect(data.fieldChanges.filter((c) => c.recordId === 'deal-1').map((c) => [c.field, c.from, c.to])).toEqual([['amount', '40000', '47500'], ['closeDate', '2026-12-31', '2026-12-18']]);
    expect((await findings()).map((d) => d.applied?.result)).toEqual(["deal deal-1's amount set to $47,500", "deal deal-1's close date set to 2026-12-18"]);
  });

  it('raises nothing when the CRM agrees within rounding, the currency differs, or the transcript is unreliable; nor for a meeting date', async () => {
    await setup({ amount: 48200, currency: 'USD', closeDate: null }, [['customer', 'Our contract total is 48k.'], ['customer', "Let's meet on December 2nd before we sign."]]);
    await sync({ callId: CALL_ID }, ports());
    expect(await findings()).toEqual([]);

    for (const [deal, lines, i] of [
      [{ amount: 40000, currency: 'USD' }, [['customer', 'The contract total is forty-eight thousand euros.']], insights()],
      [{ amount: 40000, currency: 'USD' }, AGREED, insights(false)],
    ] as const) {
      await temp.cleanup();
      temp = await makeTempDir();
      blobs = createFsBlobStore(temp.dir);
      await setup(deal, lines as [string, string][], i);
      await sync({ callId: CALL_ID }, ports());
      expect(await findings()).toEqual([]);
    }
  });

  it('proposes an amount for a deal the CRM has none for, and reads nothing on a later sync', async () => {
    await setup({}, [['customer', 'So the order is seventy-two thousand dollars in total.']]);
    await sync({ callId: CALL_ID }, ports());
    expect((await findings()).map((d) => [d.id, d.finding?.crmValue, d.reason])).toEqual([
      ['hygiene-amount', null, 'FIELD_CONTRADICTED: the call says the deal is $72,000; the CRM has no amount. Approve to write it to the deal.'],
    ]);
    dealReads = 0;
    await sync({ callId: CALL_ID }, ports());
    expect(dealReads).toBe(0);
  });
});
