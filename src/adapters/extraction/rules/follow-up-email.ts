import type { CallMeta } from '../../../domain/call-meta.ts';
import type { ActionItem } from '../../../domain/insights.ts';
import { EN_EMAIL } from './lang/en.ts';
import type { EmailWords } from './lang/types.ts';
import type { Role } from './sentences.ts';

/**
 * The follow-up email draft in the call's language (`EmailWords`, English by default): greeting to
 * the customer, next steps split by side, the call notes, signed by the rep. After a voicemail, a
 * short note that repeats the message instead. Not yet redacted: the extractor redacts it with
 * everything else.
 */

function firstName(name: string | null | undefined): string | null {
  const first = name?.trim().split(/\s+/)[0];
  return first ? first : null;
}

/** "2026-11-20" → "Friday, November 20" (a calendar date, so formatted in UTC). */
export function formatDueDate(iso: string, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

function line(item: ActionItem, words: EmailWords, toCustomer: boolean): string {
  const text = toCustomer ? words.toCustomer(item.text) : item.text;
  return `- ${text}${item.dueDate ? words.due(formatDueDate(item.dueDate, words.locale)) : ''}`;
}

export interface VoicemailNote {
  /** Who left the message. */
  by: Role;
  /** The message's own words, as summarised. */
  message: string;
}

export function buildFollowUpEmail(
  meta: CallMeta,
  summary: string,
  actionItems: readonly ActionItem[],
  words: EmailWords = EN_EMAIL,
  voicemail: VoicemailNote | null = null,
): { subject: string; body: string } {
  const company = meta.customer?.company?.trim() || null;
  const greeting = words.greeting(firstName(meta.customer?.name));
  const rep = meta.rep?.name?.trim() || null;
  if (voicemail) {
    const parts = [greeting, words.voicemail.intro(voicemail.by)];
    if (voicemail.message) parts.push(words.voicemail.message(voicemail.message));
    parts.push(words.voicemail.closing, words.signOff(rep));
    return { subject: words.voicemail.subject(company), body: parts.join('\n\n') };
  }
  const ours = actionItems.filter((i) => i.owner === 'rep');
  const yours = actionItems.filter((i) => i.owner === 'customer');
  const open = actionItems.filter((i) => i.owner === 'unknown');

  const parts: string[] = [greeting, words.intro];
  if (!actionItems.length) parts.push(words.noSteps);
  if (ours.length) parts.push([words.ours, ...ours.map((i) => line(i, words, false))].join('\n'));
  if (yours.length) parts.push([words.yours, ...yours.map((i) => line(i, words, true))].join('\n'));
  if (open.length) parts.push([words.open, ...open.map((i) => line(i, words, false))].join('\n'));
  if (summary) parts.push(words.notes(summary));
  parts.push(words.closing, words.signOff(rep));
  return { subject: words.subject(company), body: parts.join('\n\n') };
}
