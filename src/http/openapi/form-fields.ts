import { z } from 'zod';
import { Owner } from '../../domain/insights.ts';

/**
 * What the call page's forms post (application/x-www-form-urlencoded), for the API document only: the
 * parsers in `ui/form-input.ts` read these fields (the correction form's result is checked by the API's
 * `InsightsCorrection`; a refused form answers 303 back to the page with `?e=FORM_INVALID`). Change both together.
 */
export const DecisionFormFields = z.object({
  _csrf: z.string().describe('The page’s CSRF token.'),
  etag: z.string().describe('The call view’s ETag when the page was rendered (sent on as If-Match).'),
  decisionId: z.string().describe('The decision’s id (`deal-stage`, `contact`, `deal`, `task-…`).'),
  decision: z.enum(['approve', 'reject']),
  value: z.string().optional().describe('Another stage key or option value; `existing` (with `contactId`) for an unknown contact.'),
  contactId: z.string().optional(),
  text: z.string().optional().describe('For a re-run action item: its corrected text.'),
  owner: Owner.optional(),
  dueDate: z.string().optional().describe('YYYY-MM-DD, or empty for none.'),
  note: z.string().optional(),
});

export const CorrectionFormFields = z.object({
  _csrf: z.string(),
  etag: z.string(),
  summary: z.string().describe('Not empty; at most 5000 characters.'),
  'items[N][text]': z.string().optional().describe('One triple per action item to correct, N its index in the call’s list (from 0).'),
  'items[N][owner]': Owner.optional(),
  'items[N][dueDate]': z.string().optional().describe('YYYY-MM-DD, or empty for none.'),
  note: z.string().optional().describe('At most 2000 characters.'),
});

/** The call page's form that moves the deal back before an applied stage move (managers). */
export const StageUndoFormFields = z.object({
  _csrf: z.string().describe('The page’s CSRF token.'),
  etag: z.string().describe('The call view’s ETag when the page was rendered (sent on as If-Match).'),
  note: z.string().optional().describe('Why; at most 2000 characters.'),
});

export const CsrfOnlyForm = z.object({ _csrf: z.string().describe('The page’s CSRF token.') });

/** The call list's per-cause retry form (failed calls, managers). */
export const RetryFailedFormFields = z.object({
  _csrf: z.string().describe('The page’s CSRF token.'),
  code: z.string().describe('The error code whose failed calls to retry, e.g. OPENAI_QUOTA_EXCEEDED.'),
});
