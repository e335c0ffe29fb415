import { describe, expect, it } from 'vitest';
import { stageConfirmQuestion } from '../../../src/review/stage-confirm.ts';

const stage = { kind: 'deal_stage' as const, proposed: 'presentationscheduled', from: 'qualifiedtobuy' };

describe('stageConfirmQuestion', () => {
  it('asks before a stage other than the proposal closes the deal or moves it back', () => {
    expect(stageConfirmQuestion(stage, 'closedlost')).toBe('You chose Closed lost, not the proposed Presentation scheduled: approving closes the deal as lost, and callscribe cannot undo it in the CRM. Check the stage, then confirm.');
    expect(stageConfirmQuestion(stage, 'closedwon')).toContain('closes the deal as won');
    expect(stageConfirmQuestion(stage, 'appointmentscheduled')).toContain('moves the deal back from Qualified to buy');
  });

  it('does not ask for the proposal itself, a move forward, a value that is no stage, or another kind of decision', () => {
    expect(stageConfirmQuestion({ ...stage, proposed: 'closedwon' }, 'closedwon')).toBeNull();
    expect(stageConfirmQuestion(stage, 'presentationscheduled')).toBeNull();
    expect(stageConfirmQuestion(stage, 'contractsent')).toBeNull();
    expect(stageConfirmQuestion(stage, 'qualifiedtobuy')).toBeNull();
    expect(stageConfirmQuestion(stage, undefined)).toBeNull();
    expect(stageConfirmQuestion({ ...stage, kind: 'choose_deal' }, 'closedlost')).toBeNull();
  });
});
