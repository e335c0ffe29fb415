import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/domain/insights.ts';
import { handOffBlock, objectionsOf } from '../../../src/pipeline/hand-off.ts';
import { callLogBody } from '../../../src/pipeline/sync-format.ts';
import { syntheticInsights } from '../../helpers/index-calls.ts';

const item = (text: string, owner: ActionItem['owner'], dueDate: string | null, startSec = 12): ActionItem => ({ text, owner, dueDate, evidence: [{ quote: text, speaker: owner === 'customer' ? 'customer' : 'rep', startSec }] });
const parties = { rep: 'Marcus Lee', customer: 'Dana Whitfield' };

describe('the hand-off block', () => {
  it('says what each side promised and by when, and what has no owner, with the quote times', () => {
    const block = handOffBlock(
      {
        actionItems: [item('Send the revised quote', 'rep', '2026-12-04', 65), item('Share the IT checklist', 'customer', null, 130), item('Set up a pilot', 'unknown', '2026-12-10', 200)],
        keyPoints: [],
      },
      parties,
    );
    expect(block.split('\n')).toEqual([
      'For the next person to call Dana Whitfield:',
      'We promised (Marcus Lee):',
      '- Send the revised quote, by 2026-12-04 (at 1:05)',
      'Dana Whitfield promised:',
      '- Share the IT checklist, no date given (at 2:10)',
      'Promised, owner unclear:',
      '- Set up a pilot, by 2026-12-10 (at 3:20)',
    ]);
  });

  it('lists the key points that raise an objection, and not those that state a fact or agreement', () => {
    const keyPoints = [
      'Worried the migration will take the whole quarter',
      'Pricing works for them',
      'Finance signed off on the budget',
      'Thinks the per-seat price is too expensive for the warehouse staff',
      'Has concerns about data residency in the EU',
      'Wants onboarding in January',
    ];
    expect(objectionsOf({ keyPoints })).toEqual([keyPoints[0], keyPoints[3], keyPoints[4]]);
    const block = handOffBlock({ actionItems: [], keyPoints }, parties);
    expect(block).toContain('Objections raised:\n- Worried the migration will take the whole quarter\n- Thinks the per-seat price');
    expect(block).not.toContain('Pricing works');
  });

  it('says nothing is open when no one promised anything and nothing was objected to', () => {
    expect(handOffBlock({ actionItems: [], keyPoints: ['Wants onboarding in January'] }, { rep: null, customer: null })).toBe(
      'For the next person to call this customer:\nNothing is open: no one promised anything and no objection was raised on this call.',
    );
  });

  it('is in the call log body every CRM adapter writes: summary, hand-off, key points', () => {
    const insights = { ...syntheticInsights('Dana reviewed the quote.'), keyPoints: ['Concerned about the rollout date'], actionItems: [item('Send the revised quote', 'rep', '2026-12-04')] };
    const body = callLogBody(insights, '/calls/c_1', parties);
    expect(body).toBe(
      [
        'Dana reviewed the quote.',
        '',
        'For the next person to call Dana Whitfield:',
        'We promised (Marcus Lee):',
        '- Send the revised quote, by 2026-12-04 (at 0:12)',
        'Objections raised:',
        '- Concerned about the rollout date',
        '',
        'Key points:',
        '- Concerned about the rollout date',
      ].join('\n'),
    );
  });

  it('is not added to the log of a transcript too unreliable to summarise', () => {
    const insights = { ...syntheticInsights(''), transcriptQuality: { reliable: false, lowConfidenceShare: 0.6, meanConfidence: 0.3, reason: 'too noisy' } } as Parameters<typeof callLogBody>[0];
    expect(callLogBody(insights, '/calls/c_1', parties)).not.toContain('For the next person');
  });
});
