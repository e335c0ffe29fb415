import type { CallView } from '../../review/call-view.ts';
import { auditSection, crmLinksSection } from './audit.section.ts';
import { callHeader, callTitle } from './call-header.section.ts';
import { CORRECTION_FORM_ID, correctionSection, hasCorrectionSection } from './correction.section.ts';
import { decisionFormId } from './decision-form.section.ts';
import { decisionsSection } from './decisions.section.ts';
import { eraseSection } from './erase.section.ts';
import { formField, type FormBody } from './form-input.ts';
import { html, page, type SafeHtml, type UiUser } from './html.ts';
import { insightsSection } from './insights.section.ts';
import { plainMessage } from './plain-words.ts';
import { timeSavedSection, type CallTimeSaved } from './time-saved.section.ts';
import { playerAndTranscript } from './transcript.section.ts';

/** A message after a redirect (post/redirect/get): what a decision, correction or retry did, or why not. */
export interface Flash {
  kind: 'success' | 'error';
  message: string;
  /**
   * The section the form was in (a success only): the notice is shown at its top, where the reader was, and
   * the redirect's `#done` brings them back there. Without it (or when the section is gone) it is at the page's top.
   * `processing`: a retry's, where the failure and its Retry button were, above the call's progress.
   */
  at?: 'review' | 'correction' | 'processing';
}

/** The id of a success notice: a form's redirect ends in `#done` so the page opens where the reader acted (app.js focuses it). */
export const DONE_ID = 'done';

/** The id of an error notice: app.js focuses it when no refused form is on the page to continue in. */
export const ERROR_ID = 'form-refused';

/** A decision or correction form the server refused, to show again as the reviewer filled it in. */
export interface RefusedForm {
  form: 'decision' | 'correction';
  /** What the form posted (its `decisionId` says which decision's form). */
  fields: FormBody;
  /** Why it was refused, in words; with `confirm`, the question to confirm. */
  message: string;
  /** Not refused but asked again: the stage (a decision's value) the reviewer confirms by sending the form again. */
  confirm?: string;
  /** The name of the field the refusal concerns, when it concerns one: marked invalid, described by why, and focused. */
  field?: string;
}

export interface CallPageOptions {
  user: UiUser;
  csrf: string | null;
  view: CallView;
  /** Where the player loads the recording (the same-origin audio route); null when it is no longer stored. */
  audioUrl: string | null;
  flash?: Flash | null;
  refused?: RefusedForm | null;
  /** Manual entry saved on this call (see `countWork`); none: the section is left out. */
  timeSaved?: CallTimeSaved | null;
}

/** Follows a call still being processed (`data-watch`, see `callHeader`); app.js has the rest of the page's behaviour. */
const CALL_WATCH_SCRIPT = 'call-watch.js';

/** The call page at `/calls/{id}`. */
export function renderCallPage({ user, csrf, view, audioUrl, flash, refused, timeSaved }: CallPageOptions): string {
  const formId = refused ? refusedFormId(view, refused) : null;
  const at = flash?.kind === 'success' ? (flash.at === 'correction' && !hasCorrectionSection(view) ? undefined : flash.at) : undefined;
  const notice = flashMessage(flash, formId);
  const body = html`${at ? '' : notice}
${callHeader(view, csrf, user.role, at === 'processing' ? notice : null)}
<div class="call-layout">
${playerAndTranscript(view, audioUrl)}
<div class="call-details">
${insightsSection(view)}
${decisionsSection(view, csrf, refused?.form === 'decision' ? refused : null, user.role, at === 'review' ? notice : null)}
${correctionSection(view, csrf, refused?.form === 'correction' ? refused : null, at === 'correction' ? notice : null)}
${crmLinksSection(view)}
${timeSavedSection(timeSaved)}
${auditSection(view)}
${eraseSection(view, user.role)}
</div>
</div>`;
  return page({ title: callTitle(view.call), body, user, csrf, scripts: [CALL_WATCH_SCRIPT] });
}

/** The id of the refused form on this page, when it is still there (a decision decided meanwhile has none). */
export function refusedFormId(view: CallView, refused: RefusedForm): string | null {
  if (refused.form === 'correction') return hasCorrectionSection(view) ? CORRECTION_FORM_ID : null;
  const i = view.review.findIndex((d) => d.id === formField(refused.fields, 'decisionId'));
  const d = view.review[i];
  return d && d.state === 'pending' && view.can.decide.includes(d.id) ? decisionFormId(i) : null;
}

/** The notice at the top of the page; after a refusal, with a link to the form shown again. */
export function flashMessage(flash: Flash | null | undefined, formId: string | null = null): SafeHtml {
  if (!flash) return html``;
  return flash.kind === 'error'
    ? html`<div class="flash flash-error" role="alert" id="${ERROR_ID}" tabindex="-1">${plainMessage(flash.message)}${formId ? html` <a href="#${formId}">Back to your form</a>` : ''}</div>`
    : html`<div class="flash flash-success" role="status" id="${DONE_ID}" tabindex="-1">${flash.message}</div>`;
}
