import { STAGE_KEYS, stageLabel } from '../../domain/insights.ts';
import type { TranscriptQuality } from '../../domain/transcript.ts';
import { formatClock } from './format.ts';
import { html, type SafeHtml } from './html.ts';

/** A stable code (`FIELD_CONTRADICTED`) or a setting (`STAGE_POLICY=review`), as messages made for operators carry them. */
const CODE = String.raw`[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+`;
const SETTING = String.raw`[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+=[\w.-]+`;
const LEADING_CODE = new RegExp(`^(${CODE}):\\s*`);
const BRACKETED = new RegExp(`\\s*\\((${CODE}|${SETTING})\\)`, 'g');
const STAGE_KEY = new RegExp(`\\b(${STAGE_KEYS.join('|')})\\b`, 'g');
/** A refusal naming the decision by its id (`Decision hygiene-email: …`): on the page the form says which. */
const LEADING_DECISION = /^Decision "?[a-z0-9][\w-]*"?: /;
/** A time within the call written as seconds in brackets by the extractor: `(16.3s)`. */
const SECONDS = /\((\d+(?:\.\d+)?)\s?s\)/g;

/** What settings say, in words (a setting not listed is kept for operators only). */
const SETTING_WORDS: Record<string, string> = { 'STAGE_POLICY=auto': 'the automatic stage setting' };

/**
 * A message callscribe wrote for its log (a leading code, settings in brackets, canonical stage keys, call times
 * in seconds) in the words of the page: the codes and settings are taken out and answered apart, for operators.
 */
export function plainWords(text: string): { text: string; codes: string[] } {
  const codes: string[] = [];
  const led = LEADING_CODE.test(text) || LEADING_DECISION.test(text);
  let out = text.replace(LEADING_DECISION, '').replace(LEADING_CODE, (_, code: string) => {
    codes.push(code);
    return '';
  });
  out = out.replace(BRACKETED, (_, code: string) => {
    codes.push(code);
    return '';
  });
  out = out.replace(new RegExp(SETTING, 'g'), (setting) => {
    codes.push(setting);
    return SETTING_WORDS[setting] ?? 'its setting';
  });
  out = out.replace(STAGE_KEY, (key) => stageLabel(key)).replace(SECONDS, (_, s: string) => `(at ${formatClock(Number(s))})`);
  // What followed a leading code starts the sentence now.
  return { text: led ? out.charAt(0).toUpperCase() + out.slice(1) : out, codes: [...new Set(codes)] };
}

/** `plainWords` as page text: the words, then the codes in a small `<code>` detail for operators. */
export function plainMessage(text: string): SafeHtml {
  const { text: words, codes } = plainWords(text);
  return html`${words}${codes.length ? html` <span class="hint operator-codes">(for operators: ${codes.map((c, i) => html`${i ? ', ' : ''}<code>${c}</code>`)})</span>` : ''}`;
}

/** Why a transcript is unreliable, from its quality figures, in a reader's words (the engine's thresholds left out). */
export function unreliableWords(q: TranscriptQuality): string {
  const share = Math.round((q.lowConfidenceShare ?? 0) * 100);
  const most = Math.round(q.thresholds.maxLowConfidenceShare * 100);
  return `The speech engine was unsure of ${share}% of the words in this call (a transcript is relied on when at most ${most}% are), ` +
    'so nothing was taken from it. The recording may be noisy, not a conversation, or in a language the engine does not know.';
}
