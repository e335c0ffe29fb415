import type { DealField } from '../../domain/hygiene.ts';
import { permanent } from '../../errors/app-error.ts';

/** A value for updateDealField, checked once for every adapter: an amount as a number, a close date as YYYY-MM-DD. */
export type DealFieldValue = { field: 'amount'; value: number } | { field: 'closeDate'; value: string };

/** Reads updateDealField's `value`; a malformed one is a permanent AppError (a person typed it: nothing to retry). */
export function dealFieldValue(dealId: string, field: DealField, value: string): DealFieldValue {
  if (field === 'amount') {
    const n = Number(value);
    if (/^\d+(?:\.\d+)?$/.test(value.trim()) && Number.isFinite(n)) return { field, value: n };
  } else if (/^\d{4}-\d{2}-\d{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)) {
    return { field, value };
  }
  throw permanent('CRM_DEAL_FIELD_INVALID', `"${value}" is not a valid ${field === 'amount' ? 'amount (a plain number)' : 'close date (YYYY-MM-DD)'} for deal ${dealId}; nothing was written.`);
}

/** Whether the deal already holds it: an amount equal to the cent, a close date on the same day. */
export function holdsValue(change: DealFieldValue, current: { amount?: number | null; closeDate?: string | null }): boolean {
  return change.field === 'amount'
    ? current.amount !== null && current.amount !== undefined && Math.abs(current.amount - change.value) < 0.005
    : current.closeDate === change.value;
}

/** A number the CRM sends as text ("40000", "40000.00", ""), or null. */
export function amountOf(raw: string | number | null | undefined): number | null {
  if (raw === null || raw === undefined || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}
