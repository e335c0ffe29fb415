/**
 * OpenAI answers 429 both to a rate limit and to an account whose quota is used up (no credit left, a spend or
 * usage limit reached). Only the body tells them apart: `type` is `insufficient_quota`, and `code` names the cause
 * (or repeats the type). Waiting does not help the second; a person must fix billing. Compatible servers (Ollama,
 * speaches) send no such body, so their 429s stay rate limits.
 */
const QUOTA_CODES = new Set(['insufficient_quota', 'credit_balance_exhausted', 'organization_spend_limit_exceeded', 'project_spend_limit_exceeded', 'organization_usage_limit_exceeded']);

/** Whether a 429's `error` object (`{message, type, param, code}`) says the account's quota is used up. */
export function isQuotaExhausted(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { type, code } = error as { type?: unknown; code?: unknown };
  return type === 'insufficient_quota' || (typeof code === 'string' && QUOTA_CODES.has(code));
}

/** Where the account's owner adds credit or raises a limit. */
export const OPENAI_BILLING_URL = 'https://platform.openai.com/settings/organization/billing';
