// Synthetic call-index documents for the index bench: varied statuses, reps, customers, dates, and summaries and
// transcripts drawn from a small sales vocabulary with a skewed (Zipf-like) word frequency, from a
// seeded PRNG, so every run and both backends load the same 100,000 calls.
import { CALL_STATUSES, type CallStatus } from '../../src/domain/call.ts';
import { STAGE_KEYS } from '../../src/domain/insights.ts';
import type { CallIndexDocument } from '../../src/ports/call-index.ts';
import { seededRandom } from '../lm/corpus/expand.ts';

const VOCABULARY = (
  'the we you to and a of it that is for on this be can with our your have will they so just about ' +
  'call team price pricing contract renewal discount budget quarter proposal demo meeting week friday monday ' +
  'customer product feature integration onboarding support security review legal procurement signature ' +
  'timeline rollout pilot license seats users dashboard report invoice payment terms annual monthly ' +
  'competitor migration data export import api sso compliance audit approval manager director decision ' +
  'next steps follow send email deck schedule calendar trial extend upgrade downgrade cancel churn risk ' +
  'value roi savings cost estimate quote volume tier enterprise starter growth plan option question ' +
  'concern objection timeline deadline launch training workshop success metrics goal target forecast ' +
  'pipeline opportunity stage close won lost negotiation redline clause liability warranty renewal sla'
).split(/\s+/);

/** Product names that a few calls mention (about 0.5% of calls each): the selective searches. */
export const RARE_TERMS = ['zephyr', 'aurora', 'basalt', 'cobalt', 'juniper', 'meridian', 'obsidian', 'quasar', 'solstice', 'tundra'];

const REPS = Array.from({ length: 40 }, (_, i) => `rep${String(i).padStart(2, '0')}@example.com`);
export const BENCH_REP = REPS[7]!;
/**
 * Customers' names: the call's position picks one of 25 × 40, so a full name is on 0.1% of the calls, a
 * first name on 4% and a surname on 2.5%. English stemming changes some (Hastings), and one is an
 * English stop word (Don).
 */
export const FIRST_NAMES = ['Elena', 'Rosa', 'Don', 'Amara', 'Lucas', 'Mei', 'Tomas', 'Ingrid', 'Kofi', 'Priya', 'Mateo', 'Hana', 'Oskar', 'Leila', 'Ravi', 'Sofia', 'Dmitri', 'Yara', 'Felix', 'Noor', 'Jonas', 'Aiko', 'Marta', 'Emeka', 'Clara'];
export const SURNAMES = ['Lindqvist', 'Hastings', 'Novak', 'Okafor', 'Moreau', 'Tanaka', 'Fischer', 'Costa', 'Haddad', 'Kowalski', 'Brennan', 'Silva', 'Varga', 'Nakamura', 'Osei', 'Petrov', 'Quinn', 'Romero', 'Sato', 'Berg', 'Dubois', 'Eriksen', 'Farouk', 'Gallo', 'Ibarra', 'Jensen', 'Keller', 'Lund', 'Mensah', 'Nilsen', 'Ortiz', 'Park', 'Reyes', 'Santos', 'Torres', 'Ueda', 'Vidal', 'Weber', 'Young', 'Zhou'];
export const COMPANIES = ['Brightline Foods', 'Northwind', 'Contoso', 'Fabrikam', 'Initech', 'Globex', 'Umbrella', 'Hooli', 'Vandelay', 'Stark Industries'];
const STATUS_WEIGHTS: [CallStatus, number][] = [
  ['done', 0.7],
  ['needs_review', 0.15],
  ['failed', 0.05],
  ...CALL_STATUSES.filter((s) => !['done', 'needs_review', 'failed'].includes(s)).map((s): [CallStatus, number] => [s, 0.1 / 5]),
];
export const SPAN_START = Date.UTC(2025, 0, 1);
export const SPAN_MS = 2 * 365 * 24 * 3600 * 1000;

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function weighted<T>(rand: () => number, items: readonly [T, number][]): T {
  let r = rand();
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items.at(-1)![0];
}

/** A word with frequency falling off by rank (rand()^3 favours the front of the list). */
function word(rand: () => number): string {
  return VOCABULARY[Math.floor(rand() ** 3 * VOCABULARY.length)]!;
}

function words(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => word(rand)).join(' ');
}

/** What the failed calls of the corpus failed with. */
const BENCH_ERROR_CODES = ['OPENAI_QUOTA_EXCEEDED', 'AUDIO_UNREADABLE', 'CRM_AUTH'] as const;

/** `count` documents, generated lazily in batches of `batch` (the whole corpus never sits in memory). */
export function* benchDocuments(count: number, batch: number, seed = 42): Generator<CallIndexDocument[]> {
  const rand = seededRandom(seed);
  for (let start = 0; start < count; start += batch) {
    const docs: CallIndexDocument[] = [];
    for (let i = start; i < Math.min(count, start + batch); i++) {
      const status = weighted(rand, STATUS_WEIGHTS);
      const received = SPAN_START + Math.floor(rand() * SPAN_MS);
      const hasStart = rand() < 0.9;
      const rep = pick(rand, REPS);
      docs.push({
        id: `c_${i.toString(16).padStart(24, '0')}`,
        status,
        // Minute resolution, so many calls share an instant and the id breaks the tie.
        startedAt: hasStart ? new Date(Math.floor((received - rand() * 3600_000) / 60_000) * 60_000).toISOString() : null,
        receivedAt: new Date(received).toISOString(),
        updatedAt: new Date(received + 600_000).toISOString(),
        rep: { name: rep.split('@')[0]!, email: rep },
        // From the position, not `rand`, so the rest of the corpus stays as it was.
        customer: { name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${SURNAMES[Math.floor(i / FIRST_NAMES.length) % SURNAMES.length]}`, company: pick(rand, COMPANIES), phone: null },
        // From the position, not `rand`, so the rest of the corpus stays as it was.
        customerEmail: `${FIRST_NAMES[i % FIRST_NAMES.length]!.toLowerCase()}.${i}@customer.example`,
        uploadedBy: rand() < 0.2 ? pick(rand, REPS) : null,
        durationSec: Math.round(60 + rand() * 3600),
        summary: status === 'received' || status === 'preparing' ? null : `${words(rand, 15 + Math.floor(rand() * 20))}${rand() < 0.05 ? ` ${pick(rand, RARE_TERMS)}` : ''}`,
        proposedStage: rand() < 0.3 ? pick(rand, STAGE_KEYS) : null,
        pendingDecisions: status === 'needs_review' ? 1 + Math.floor(rand() * 3) : 0,
        pendingKinds: status === 'needs_review' ? ['deal_stage'] : [],
        pendingForRep: 0,
        stageDecision: null,
        recordingName: null,
        transcriptText: status === 'received' ? null : words(rand, 200 + Math.floor(rand() * 300)),
        work: null,
        // From the position, not `rand`, so the rest of the corpus stays as it was.
        errorCode: status === 'failed' ? BENCH_ERROR_CODES[i % BENCH_ERROR_CODES.length]! : null,
        retryingCode: null,
      });
    }
    yield docs;
  }
}
