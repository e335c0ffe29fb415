import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import type { CallMeta } from '../../../../../src/domain/call-meta.ts';
import type { Transcript } from '../../../../../src/domain/transcript.ts';

/** A small transcript from `[speaker, text]` lines, one segment each, five seconds apart. */
export function transcriptOf(lines: readonly (readonly [string, string])[], opts: { language?: string; roles?: 'known' | 'unknown' } = {}): Transcript {
  const segments = lines.map(([speaker, text], i) => ({ speaker, startSec: i * 5 + 0.5, endSec: i * 5 + 4.5, text }));
  const ids = [...new Set(lines.map(([speaker]) => speaker))];
  return {
    schemaVersion: 1,
    engine: 'test',
    model: null,
    language: opts.language ?? 'en',
    durationSec: lines.length * 5,
    speakers: ids.map((id) => ({ id, role: opts.roles === 'unknown' || (id !== 'rep' && id !== 'customer') ? 'unknown' : id })),
    segments,
    text: segments.map((s) => s.text).join('\n'),
  };
}

/** A call on Monday 2026-11-16, 10:00 in New York. */
export const mondayCall: CallMeta = {
  direction: 'outbound',
  startedAt: '2026-11-16T15:00:00Z',
  timezone: 'America/New_York',
  rep: { name: 'Priya Raman', channel: 0 },
  customer: { name: 'Elena Novak', company: 'Brightline Foods', channel: 1 },
  crm: { dealId: null, contactId: null, currentStage: 'qualifiedtobuy' },
};

/**
 * The tasks the rules find for `lines` on the Monday call, as text, owner and due date: every one of them, before the
 * trained item score weighs them (its own tests are item-score*.test.ts), so a retrained score never changes a rule's test.
 */
export const itemsOf = (lines: [string, string][]) =>
  extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((a) => ({ text: a.text, owner: a.owner, dueDate: a.dueDate }));
