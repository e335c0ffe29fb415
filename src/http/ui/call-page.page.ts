import type { CallView } from '../../review/call-view.ts';
import { auditSection, crmLinksSection } from './audit.section.ts';
import { callHeader, callTitle } from './call-header.section.ts';
import { correctionSection } from './correction.section.ts';
import { decisionsSection } from './decisions.section.ts';
import { html, page, type SafeHtml, type UiUser } from './html.ts';
import { insightsSection } from './insights.section.ts';
import { timeSavedSection, type CallTimeSaved } from './time-saved.section.ts';
import { playerAndTranscript } from './transcript.section.ts';

/** A message after a redirect (post/redirect/get): what a decision, correction or retry did, or why not. */
export interface Flash {
  kind: 'success' | 'error';
  message: string;
}

export interface CallPageOptions {
  user: UiUser;
  csrf: string | null;
  view: CallView;
  /** Where the player loads the recording (the same-origin audio route); null when it is no longer stored. */
  audioUrl: string | null;
  flash?: Flash | null;
  /** Manual entry saved on this call (see `countWork`); none: the section is left out. */
  timeSaved?: CallTimeSaved | null;
}

/** The call page at `/calls/{id}`. */
export function renderCallPage({ user, csrf, view, audioUrl, flash, timeSaved }: CallPageOptions): string {
  const body = html`${flashMessage(flash)}
${callHeader(view, csrf)}
<div class="call-layout">
${playerAndTranscript(view, audioUrl)}
<div class="call-details">
${insightsSection(view)}
${decisionsSection(view, csrf)}
${correctionSection(view, csrf)}
${crmLinksSection(view)}
${timeSavedSection(timeSaved)}
${auditSection(view)}
</div>
</div>`;
  return page({ title: callTitle(view.call), body, user, csrf });
}

export function flashMessage(flash: Flash | null | undefined): SafeHtml {
  if (!flash) return html``;
  return flash.kind === 'error'
    ? html`<div class="flash flash-error" role="alert">${flash.message}</div>`
    : html`<div class="flash flash-success" role="status">${flash.message}</div>`;
}
