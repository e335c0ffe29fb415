import type { DateLanguage } from '../../../../domain/dates.ts';
import type { Owner } from '../../../../domain/insights.ts';
import type { ActionDraft } from '../merge-items.ts';
import type { Role, Sentence } from '../sentences.ts';
import type { StageRule } from '../stage-rules.ts';

/**
 * What the rules engine needs to know about one language. Each language is a module under `lang/`
 * exporting these tables; `lang/index.ts` picks one by the call's language, English by default.
 */

export interface CommitmentContext {
  startedAt: string | null;
  timezone: string | null;
  names: { rep: string | null; customer: string | null };
}

/** Words that make a stage signal not (yet) true, and what "today" looks like. */
export interface StageWords {
  rules: readonly StageRule[];
  /** Words before a match in its clause that make it not (yet) true: "if we sign", "haven't signed". */
  doubtBefore: RegExp;
  /**
   * A condition opened earlier in the sentence that scopes over the rest of it, commas included
   * ("if finance agrees, I'll send it today"); absent for languages without one.
   */
  conditionOpens?: RegExp;
  /** A negation inside a match with gaps ("the CFO has not approved"). */
  negationInside: RegExp;
  /** Words that put the event on the call day ("today", "right after this call"). */
  sameDay: RegExp;
  dates: DateLanguage;
}

/** Vocabulary and labels of the extractive summary and the key points. */
export interface SummaryWords {
  /** Sales vocabulary; global, so the number of hits can be counted. */
  salesWords: RegExp;
  number: RegExp;
  smallTalk: RegExp;
  /** "Rep", "Customer", "Speaker S1": who said a quoted sentence. */
  label(role: Role, speaker: string): string;
  noSpeech: string;
  /** Opens the summary of a call in which no sentence carries sales content (a wrong number, a test, speech that is not a call). */
  noSalesTopic: string;
  stageMove(proposed: string, current: string | null): string;
  stalled: string;
  /** One key point for an action item ("Rep to send the deck by 2026-11-20."). */
  task(owner: Owner, text: string, dueDate: string | null): string;
}

/** The follow-up email template. */
export interface EmailWords {
  /** BCP 47 locale for due dates ("Friday, November 20"). */
  locale: string;
  subject(company: string | null): string;
  greeting(firstName: string | null): string;
  intro: string;
  noSteps: string;
  ours: string;
  yours: string;
  open: string;
  /** " (by Friday, November 20)". */
  due(formatted: string): string;
  /** An item the customer owns, written to the customer ("Check with their CFO" → "Check with your CFO"). */
  toCustomer(text: string): string;
  notes(summary: string): string;
  closing: string;
  signOff(rep: string | null): string;
  voicemail: {
    subject(company: string | null): string;
    /** The opening line: the rep left a message, or the customer did. */
    intro(by: Role): string;
    message(text: string): string;
    closing: string;
  };
}

/** How a voicemail sounds in this language. */
export interface VoicemailWords {
  /** What a caller says when leaving a message ("returning your call", "call me back"). */
  message: RegExp;
  /** What an answering machine says ("leave a message after the tone"). */
  greeting: RegExp;
  /** First sentence of a voicemail's summary ("Voicemail left by the rep; no conversation took place."). */
  summary(by: Role): string;
  /** Label of a key point that gives the message ("Message"). */
  messageLabel: string;
}

export interface LanguageTables {
  code: string;
  dates: DateLanguage;
  stage: StageWords;
  summary: SummaryWords;
  email: EmailWords;
  voicemail: VoicemailWords;
  /** Words addressed to the system, an AI or the CRM ("ignore previous instructions"). */
  systemPatterns: readonly RegExp[];
}

export interface LanguagePack extends LanguageTables {
  /** Action items from commitment sentences, merged, before grounding and redaction. */
  findActionItems(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[];
}
