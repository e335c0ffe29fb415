import { FIELD_LABEL } from '../../domain/hygiene.ts';
import type { Decision } from '../../domain/review.ts';
import { AppError } from '../../errors/app-error.ts';

/**
 * What a decision's form asks for when it is approved with its value left empty, in the form's words. The
 * API's refusal names the decision and the value's format for a script; the page says which field to fill.
 */
export function missingValueWords(d: Pick<Decision, 'kind' | 'options' | 'finding'>): string {
  switch (d.kind) {
    case 'deal_stage':
      return 'Choose the stage to set.';
    case 'choose_contact':
      return d.options.length ? 'Choose the contact.' : 'Enter the contact’s id, as the CRM shows it.';
    case 'choose_deal':
      return d.options.length ? 'Choose the deal.' : 'Enter the deal’s id, as the CRM shows it.';
    case 'unknown_contact':
      return 'Enter the existing contact’s id, as the CRM shows it.';
    case 'crm_hygiene':
      if (d.finding?.type === 'due_date_missing') return 'Choose the due date.';
      if (d.finding?.type === 'field_contradicted' && d.finding.field) {
        return d.finding.field === 'closeDate' ? 'Choose the new close date.' : `Enter the new ${FIELD_LABEL[d.finding.field]}.`;
      }
      return 'Fill in the form, then approve.';
    default:
      return 'Fill in the form, then approve.';
  }
}

/**
 * A refused approval whose value was left empty (none chosen, or only spaces: `VALUE_REQUIRED`,
 * `VALUE_INVALID`) in the page's words, its code kept; any other failure is returned as it is.
 */
export function decisionRefusal(thrown: unknown, d: Decision | undefined, value: unknown): unknown {
  const empty = value === undefined || (typeof value === 'string' && !value.trim());
  if (!d || !empty || !(thrown instanceof AppError) || (thrown.code !== 'VALUE_REQUIRED' && thrown.code !== 'VALUE_INVALID')) return thrown;
  return new AppError(thrown.code, missingValueWords(d), { cause: thrown });
}
