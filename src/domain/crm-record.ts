import { z } from 'zod';
import { StageKey } from './insights.ts';

/**
 * crm.json: what sync wrote to the CRM (external ids, recorded as soon as each exists, so a resumed
 * sync never writes twice) and what waits for a manager.
 */
export const CrmRecord = z.object({
  schemaVersion: z.literal(1),
  adapter: z.string(),
  contact: z.object({ id: z.string(), matchedBy: z.enum(['meta', 'phone_or_email', 'created']) }).nullable(),
  deal: z.object({ id: z.string(), matchedBy: z.enum(['meta', 'open_deal']) }).nullable(),
  callLog: z.object({ id: z.string() }).nullable(),
  tasks: z.array(z.object({ key: z.string(), id: z.string(), subject: z.string() })),
  /** Action items found when the call was processed again after a completed sync: written only once a manager approves. */
  pendingTasks: z
    .array(z.object({ key: z.string(), subject: z.string(), owner: z.string(), dueDate: z.string().nullable() }))
    .default([]),
  stage: z.object({
    proposed: StageKey.nullable(),
    from: z.string().nullable(),
    state: z.enum(['none', 'applied', 'pending_review', 'off']),
    reason: z.string().nullable(),
  }),
  review: z.object({ state: z.enum(['pending', 'approved', 'rejected']), reasons: z.array(z.string()) }).nullable(),
  /** When a sync last ran to the end; later runs add nothing to the CRM without review. */
  syncedAt: z.string().nullable().default(null),
  updatedAt: z.string(),
});
export type CrmRecord = z.output<typeof CrmRecord>;
