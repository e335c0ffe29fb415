import { describe, expect, it } from 'vitest';
import { describeDeal } from '../../../src/pipeline/sync-match.ts';

describe('describeDeal', () => {
  it('names a deal by its stage, or by the CRM’s own stage when that maps to none of ours', () => {
    expect(describeDeal({ id: '1', name: 'Pilot', stage: 'contractsent', contactIds: [], open: true })).toBe('Pilot (Contract sent)');
    expect(describeDeal({ id: '2', name: 'Renewal', stage: null, unmappedStage: '"Haggling" of pipeline "Renewals"', contactIds: [], open: true, via: 'account' })).toBe(
      `Renewal (at "Haggling" of pipeline "Renewals", which maps to none of callscribe's stages, through the account)`,
    );
  });
});
