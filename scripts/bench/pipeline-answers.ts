/** What the bench's extraction "model" answers for every call: grounded in the fake transcript's words. */
export const insightsAnswer = {
  summary: 'The customer agreed to start a pilot next week; the rep sends the contract today.',
  keyPoints: ['Pilot starts next week'],
  actionItems: [{ text: 'Send the contract', owner: 'rep', dueDate: null, quotes: ['I will send the contract today'] }],
  dealStage: { proposed: 'contractsent', confidence: 0.9, rationale: 'The contract is being sent.', quotes: ['I will send the contract today'] },
  followUpEmail: { subject: 'Your pilot', body: 'Hi Sam, here is the contract for the pilot.' },
};
