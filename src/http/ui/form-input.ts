import type { z } from 'zod';
import type { Decision } from '../../domain/review.ts';
import { InsightsCorrection } from '../../review/review-actions.ts';
import { StageUndoRequest } from '../../review/stage-undo.ts';

/**
 * What the call page's forms post (application/x-www-form-urlencoded), read back into the shapes the
 * review service takes. Pure: the route handler checks the CSRF token, the etag (as If-Match) and the
 * reader's rights; `checkDecisionValue` (domain/review.ts) checks the value.
 */
export type FormBody = Record<string, unknown>;
/** A form refused as sent; `field`: the name of the form field it concerns, when it concerns one (the first when several). */
type Bad = { ok: false; code: 'FORM_INVALID'; message: string; field?: string };
const bad = (message: string, field?: string): Bad => ({ ok: false, code: 'FORM_INVALID', message, ...(field && { field }) });

/** A form field's text (the first when sent twice), its line breaks as `\n`; undefined when not sent. */
export function formField(body: FormBody, name: string): string | undefined {
  return textOf(body[name]);
}
const field = formField;

/**
 * A posted value as text. A browser sends a textarea's line breaks as CRLF (HTML's form encoding): they
 * become `\n`, as the API takes them, so a text sent back unchanged compares equal and limits count characters.
 */
function textOf(v: unknown): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.replace(/\r\n?/g, '\n') : undefined;
}

const noteOf = (body: FormBody) => field(body, 'note')?.trim() || null;

export interface DecisionForm {
  ok: true;
  decisionId: string;
  decision: 'approve' | 'reject';
  etag: string;
  note: string | null;
  /** An unreliable transcript's form: the summary written in it, sent with an approval (a rejection leaves it). */
  summary: string | null;
}

/** The fields every decision form sends: `decisionId`, `decision` (approve | reject), `etag`, `note`; `summary` where the form has it. */
export function parseDecisionForm(body: FormBody): DecisionForm | Bad {
  const decisionId = field(body, 'decisionId');
  const decision = field(body, 'decision');
  const etag = field(body, 'etag');
  if (!decisionId) return bad('The form did not say which decision (decisionId).');
  if (decision !== 'approve' && decision !== 'reject') return bad('Choose Approve or Reject.');
  if (!etag) return bad('The form is missing the page version (etag); reload the page.');
  const summary = decision === 'approve' ? field(body, 'summary')?.trim() || null : null;
  return { ok: true, decisionId, decision, etag, note: noteOf(body), summary };
}

/**
 * The value an approval sends for this decision, as `checkDecisionValue` takes it: undefined when the
 * form sent none (the proposal stands); for `unknown_contact` the contact id when "existing" is chosen;
 * for `rerun_action_item` the item's text, owner and due date (empty date → null).
 */
export function decisionFormValue(d: Pick<Decision, 'kind'>, body: FormBody): unknown {
  if (d.kind === 'rerun_action_item') {
    const item: Record<string, unknown> = {};
    const text = field(body, 'text');
    const owner = field(body, 'owner');
    const dueDate = field(body, 'dueDate');
    if (text !== undefined) item.text = text.trim();
    if (owner !== undefined) item.owner = owner;
    if (dueDate !== undefined) item.dueDate = dueDate.trim() || null;
    return Object.keys(item).length ? item : undefined;
  }
  const value = field(body, 'value');
  if (d.kind === 'unknown_contact' && value === 'existing') return field(body, 'contactId')?.trim() ?? '';
  return value === undefined || value === '' ? undefined : value;
}

/** The stage-undo form: `etag` and an optional `note`, checked by the API's `StageUndoRequest`. */
export function parseStageUndoForm(body: FormBody): { ok: true; etag: string; request: StageUndoRequest } | Bad {
  const etag = field(body, 'etag');
  if (!etag) return bad('The form is missing the page version (etag); reload the page.');
  const note = noteOf(body);
  const parsed = StageUndoRequest.safeParse(note ? { note } : {});
  if (!parsed.success) return bad('The note may be at most 2000 characters.');
  return { ok: true, etag, request: parsed.data };
}

/** The refusals of a decision's value (checkDecisionValue, the CRM's look-up of an id): they concern its value's field. */
const VALUE_REFUSALS = new Set(['STAGE_INVALID', 'VALUE_NOT_AN_OPTION', 'VALUE_REQUIRED', 'VALUE_INVALID', 'DUE_DATE_INVALID', 'DEAL_NOT_FOUND', 'CONTACT_NOT_FOUND']);

/**
 * The field of a decision's form that a refusal (`code`) concerns, by the name the form gives it: the contact id
 * when "existing" was chosen, the task's text or due date, the summary; else the value's control. Undefined for a
 * refusal of the form as a whole (the call changed, a decision already decided…).
 */
export function decisionValueField(d: Pick<Decision, 'kind'>, body: FormBody, code: string): string | undefined {
  if (!VALUE_REFUSALS.has(code)) return undefined;
  if (d.kind === 'unknown_contact') return field(body, 'value') === 'existing' ? 'contactId' : 'value';
  if (d.kind === 'rerun_action_item') return code === 'DUE_DATE_INVALID' ? 'dueDate' : 'text';
  if (d.kind === 'transcript_unreliable') return 'summary';
  return 'value';
}

export interface CorrectionForm {
  ok: true;
  etag: string;
  /** What `PATCH /v1/calls/{id}/insights` takes, checked by the same schema: items by the index the form named. */
  correction: InsightsCorrection;
}

/** The name of the hidden field that carries a correction field's value as the page showed it (see `changedField`). */
export const loadedName = (name: string) => `loaded:${name}`;

/**
 * A correction field as posted, when the person changed it: sent, and different from the value the page
 * showed (`loaded:NAME`, surrounding spaces aside: the schema trims them). A form that carries no loaded
 * value (an older page, a script) changes every field it sends. Undefined: not sent, or left as shown, so
 * a change someone else saved meanwhile is neither undone nor shown as this person's.
 */
export function changedField(body: FormBody, name: string): string | undefined {
  const sent = field(body, name);
  const loaded = field(body, loadedName(name));
  return sent !== undefined && (loaded === undefined || sent.trim() !== loaded.trim()) ? sent : undefined;
}

/**
 * The correction form: `etag`, `summary`, `items[N][text|owner|dueDate]` (flat keys as
 * @fastify/formbody gives them, or already nested as `items: [{…}]`), `note`, and for each field the
 * value the page showed (`loaded:summary`, `loaded:items[N][text]`…). N is the item's index in the
 * call's list, kept as sent. Only the fields the person changed are corrected (`changedField`): sent
 * again after a refusal, the form does not put back what another reviewer changed meanwhile. The result
 * is checked by the API's `InsightsCorrection` schema, so the page accepts exactly what the API does (an
 * empty summary or an over-long text is refused).
 */
export function parseCorrectionForm(body: FormBody): CorrectionForm | Bad {
  const etag = field(body, 'etag');
  if (!etag) return bad('The form is missing the page version (etag); reload the page.');
  if (field(body, 'summary') === undefined) return bad('The form did not send a summary.');
  const summary = changedField(body, 'summary');
  const rows = new Map<number, Record<string, unknown>>();
  const nested = body.items;
  if (Array.isArray(nested)) {
    nested.forEach((r, i) => r && typeof r === 'object' && rows.set(i, Object.fromEntries(Object.entries(r).map(([k, v]) => [k, textOf(v) ?? v]))));
  }
  for (const key of Object.keys(body)) {
    const m = /^items\[(\d{1,3})\]\[(text|owner|dueDate)\]$/.exec(key);
    if (!m) continue;
    const v = changedField(body, key);
    if (v === undefined) continue;
    const row = rows.get(Number(m[1])) ?? {};
    row[m[2]!] = v;
    rows.set(Number(m[1]), row);
  }
  const actionItems = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    // A field the row did not send stays as it is; an empty date clears it.
    .map(([index, row]) => ({
      index,
      ...(row.text !== undefined && { text: row.text }),
      ...(row.owner !== undefined && { owner: row.owner }),
      ...(row.dueDate !== undefined && { dueDate: typeof row.dueDate === 'string' ? row.dueDate.trim() || null : row.dueDate }),
    }));
  const note = noteOf(body);
  const parsed = InsightsCorrection.safeParse({ ...(summary !== undefined && { summary }), ...(actionItems.length && { actionItems }), ...(note && { note }) });
  if (!parsed.success) return bad([...new Set(parsed.error.issues.map((i) => issueWords(i, issuePlace(i.path, actionItems))))].join(' '), issueField(parsed.error.issues[0]!.path, actionItems));
  return { ok: true, etag, correction: parsed.data };
}

/** The schema's issue (its own text is written for developers) as what the person changes in the form. */
function issueWords(issue: z.core.$ZodIssue, place: string): string {
  const Place = place.charAt(0).toUpperCase() + place.slice(1);
  const text = !('origin' in issue) || issue.origin === 'string';
  if (issue.code === 'too_small' && text) return `Write ${place}: it cannot be left empty.`;
  if (issue.code === 'too_big' && text) return `${Place} is too long: at most ${String(issue.maximum)} characters.`;
  if (issue.code === 'invalid_value') return `Choose ${place} from the list.`;
  if (issue.code === 'invalid_format') return `Give ${place} as a date.`;
  return `Check ${place}.`;
}

/** Where a schema issue sits, in the form's words: `the summary`, `the text of action item 2`, `the note`. */
function issuePlace(path: readonly PropertyKey[], items: readonly { index: number }[]): string {
  if (path[0] !== 'actionItems') return path[0] === undefined ? 'the form' : `the ${FIELD_WORDS[String(path[0])] ?? String(path[0])}`;
  if (typeof path[1] !== 'number') return 'the action items';
  const item = `action item ${(items[path[1]]?.index ?? path[1]) + 1}`;
  return path[2] === undefined ? item : `the ${FIELD_WORDS[String(path[2])] ?? String(path[2])} of ${item}`;
}

/** A correction's fields as the form labels them. */
const FIELD_WORDS: Record<string, string> = { summary: 'summary', note: 'note', text: 'text', owner: 'owner', dueDate: 'due date', keyPoints: 'key points' };

/** The correction form's field a schema issue is about (`summary`, `items[2][text]`); undefined for the form as a whole. */
function issueField(path: readonly PropertyKey[], items: readonly { index: number }[]): string | undefined {
  if (path[0] === 'summary' || path[0] === 'note') return path[0];
  const item = typeof path[1] === 'number' ? items[path[1]] : undefined;
  return path[0] === 'actionItems' && item && typeof path[2] === 'string' ? `items[${item.index}][${path[2]}]` : undefined;
}
