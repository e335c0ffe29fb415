import type { Owner } from '../../../../domain/insights.ts';
import type { Role } from '../sentences.ts';
import { STAGE_RULES } from '../stage-rules.ts';
import type { EmailWords, LanguageTables, StageWords, SummaryWords, VoicemailWords } from './types.ts';

/**
 * English tables: stage words, summary vocabulary and labels, the follow-up email, voicemail phrases
 * and words addressed to the system. The English commitment grammar is in `../commitments.ts` and
 * `../action-text.ts`, the English stage rules in `../stage-rules.ts`.
 */

export const EN_STAGE: StageWords = {
  rules: STAGE_RULES,
  doubtBefore:
    /(?:n't|\b(?:not|never|if|unless|once|when|whether|until|before|in case|assuming|hopefully|maybe|perhaps|possibly|imagine|suppose|supposing|hypothetically|in theory|let's say|let us say|might|may|could|would|should|as soon as)\b|\b(?:thought|assumed|believed|feared|worried|suspected|imagined|(?<!\b(?:i|we)\s)(?:said|says|claimed|claims|told (?:me|us|him|her|them)|jok(?:e|es|ed|ing)|kidding)|heard|rumou?red|a rumou?r)(?:\s+that)?(?:\s+(?:we|they|i|you|he|she|it)\b|\s*$))[^,;:]*$/i,
  // "not sure if you saw, …", "I wonder if …": "if" meaning "whether" opens no condition.
  conditionOpens:
    /\b(?:(?<!\b(?:sure|wonder|wondering|wondered|know|knows|asked|ask|asking|see|check|checking|tell)\s+)if|unless|once|as soon as|assuming|provided(?: that)?|in case)\b(?![^]*\b(?:but|anyway|either way|regardless)\b)/i,
  negationInside: /n't\b|\b(?:not|never|no longer)\b/i,
  sameDay:
    /\b(?:today|tonight|this (?:morning|afternoon|evening)|right now|now|right after (?:this|the|our) call|after (?:this|the|our) call|in a few minutes|within the hour|in the next hour|shortly)\b/i,
  dates: 'en',
};

const lowerFirst = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const finish = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function label(role: Role, speaker: string): string {
  if (role === 'rep') return 'Rep';
  if (role === 'customer') return 'Customer';
  return `Speaker ${speaker}`;
}

function task(owner: Owner, text: string, dueDate: string | null): string {
  const line = owner === 'unknown' ? `Open item: ${text}` : `${label(owner, '')} to ${lowerFirst(text)}`;
  return finish(dueDate ? `${line} by ${dueDate}` : line);
}

export const EN_SUMMARY: SummaryWords = {
  salesWords:
    /\b(?:price|pricing|cost|costs|budget|contract|proposal|demo|decision|decide|approve|approved|approval|sign|signed|signature|timeline|deadline|competitor|vendor|renewal|renew|discount|seats?|licen[cs]es?|integration|security|legal|procurement|quarter|cfo|ceo|cto|vp|rollout|roll out|pilot|trial|onboarding|implementation|requirements?|problem|challenge|goal|roi|savings|users|annual|monthly|invoice|quote|terms|go live|launch|migrat\w+|deal|purchase|order|pricing sheet|next steps?|manual(?:ly)?|by hand|spreadsheets?|too long|slow|hours|waste|losing|struggl\w*|pain|frustrat\w*)\b/gi,
  number: /\d|\$|%|\b(?:percent|hundred|thousand|million|dozen|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\b/i,
  smallTalk:
    /^(?:hi|hello|hey|thanks|thank you|bye|goodbye|how are you|good (?:morning|afternoon)|great talking|nice to|talk soon|sounds good|okay|ok|yeah|yes|sure|perfect|great|awesome|cool|right|uh|um)\b/i,
  label,
  noSpeech: 'No speech was transcribed in this call.',
  noSalesTopic: 'No sales topic was recognised in this call.',
  stageMove: (proposed, current) => `Deal stage: proposed move to ${proposed}${current ? ` from ${current}` : ''}.`,
  stalled: 'Deal stage: the deal looks stalled; no change proposed.',
  task,
};

const dash = (company: string | null): string => (company ? ` — ${company}` : '');

export const EN_EMAIL: EmailWords = {
  locale: 'en-US',
  subject: (company) => `Next steps from our call${dash(company)}`,
  greeting: (first) => (first ? `Hi ${first},` : 'Hi,'),
  intro: 'Thank you for your time on our call. Here is a short recap and the next steps.',
  noSteps: 'We did not settle on specific next steps; let me know how you would like to proceed.',
  ours: 'On our side:',
  yours: 'On your side:',
  open: 'Also agreed:',
  due: (formatted) => ` (by ${formatted})`,
  toCustomer: (text) => text.replace(/\btheir\b/g, 'your').replace(/\bthem\b/g, 'you'),
  notes: (summary) => `My notes from the call: ${summary}`,
  closing: 'Please let me know if I missed anything.',
  signOff: (rep) => (rep ? `Best regards,\n${rep}` : 'Best regards'),
  voicemail: {
    subject: (company) => `Sorry I missed you${dash(company)}`,
    intro: (by) =>
      by === 'customer'
        ? 'Thank you for your voicemail, and sorry I missed your call.'
        : 'I tried to reach you by phone and left you a voicemail; here it is in writing.',
    message: (text) => `The message: ${text}`,
    closing: 'Feel free to reply to this email or call me back whenever it suits you.',
  },
};

function leftBy(by: Role): string {
  if (by === 'rep') return 'Voicemail left by the rep; the customer did not answer and no conversation took place.';
  if (by === 'customer') return 'Voicemail left by the customer; no conversation took place.';
  return 'Voicemail: only one side spoke and no conversation took place.';
}

export const EN_VOICEMAIL: VoicemailWords = {
  message:
    /\b(?:returning your (?:call|message)|return(?:ing)? my call|call me back|give me a (?:call|ring|buzz)(?: back)?|(?:sorry|shame) (?:i|we) missed you|missed your call|(?:i'll|i will|i'm going to) (?:try|call|ring) you (?:again|back|later)|try you again|try (?:to reach|reaching|calling) you again|(?:you can )?reach me (?:at|on)|my (?:direct |cell |mobile )?(?:number|line) is|leav(?:e|ing) (?:you )?(?:a|this) (?:quick )?(?:message|voicemail)|when you get (?:this|a chance)|just (?:calling|reaching out) to|hear back from you)\b/i,
  greeting:
    /\b(?:leave (?:a|your) (?:message|name)|after the (?:tone|beep)|you(?:'ve| have) reached|(?:is|are) (?:not available|unavailable)|voice ?mail|mailbox|record your message|the (?:person|number) you (?:are|have) (?:calling|called|trying to reach)|not able to (?:take|answer) your call)\b/i,
  summary: leftBy,
  messageLabel: 'Message',
};

/** A role header that opens text addressed to the system ("System: …"). */
export const EN_ROLE_HEADER = /(?:^|[\s"'(\[])(?:system|assistant|developer)\s*:/i;

/** "Ignore previous instructions…": what follows in the same turn is the payload. */
export const EN_OVERRIDE =
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}?\b(?:previous|prior|above|earlier|preceding|all|any|your|the|these|those)\s+(?:\w+\s+)?(?:instructions?|prompts?|rules|directions|guidelines|guardrails|context)\b/i;

/** Names for a machine that hears a call: an AI, a note-taker, a summariser, a transcriber (not "assistant", also a person). */
const MACHINE = '(?:ai|a\\.i\\.|bot|chatbot|note[- ]?taker|summari[sz]er|transcriber|llm|gpt|chat ?gpt|language model)';
/** What a machine hearing the call does, said after its name: "taking notes here", "listening in", "reading this transcript", "on the line". */
const LISTENING = String.raw`(?:\s+(?:on|in)\s+(?:the|this)\s+(?:line|call|room|meeting)|\s+(?:that(?:'s| is)\s+|who(?:'s| is)\s+)?(?:taking\s+notes|listening|reading|processing|summari[sz]ing|recording|transcribing|analy[sz]ing)(?:\s+(?:in|here|along|now|later|(?:to\s+)?(?:this|these|the)(?:\s+(?:call|meeting|conversation|notes|recording|transcript|line))?)){0,2})`;

export const EN_SYSTEM_PATTERNS: readonly RegExp[] = [
  EN_ROLE_HEADER,
  EN_OVERRIDE,
  /\bsystem\s+(?:prompt|message|override|instructions?)\b/i,
  /\bnew\s+instructions?\b/i,
  /\b(?:as|you are|you're|you are now)\s+(?:an?|the)\s+(?:ai|a\.i\.|assistant|language model|llm|bot|chatbot|note[- ]?taker)\b/i,
  /\b(?:hey|dear|attention|note to|okay|ok|hi)\s*,?\s+(?:the\s+)?(?:ai|a\.i\.|assistant|bot|chatbot|note[- ]?taker|llm|gpt|chatgpt|crm|model)\b/i,
  /\b(?:ai|assistant|bot|chatbot|note[- ]?taker|llm)\s*,\s*(?:please\s+)?(?:mark|set|update|change|move|record|log|write|ignore|add|create|delete|remove|output|return)\b/i,
  /\b(?:mark|set|flag|switch|change|update|move)\s+(?:this|the|that|our|my)\s+(?:deal|opportunity|opp|stage|record|pipeline)(?:'s stage|\s+stage)?\s+(?:to|as|into)\b/i,
  /\b(?:mark|set|flag|switch|change|update|move|record|log|put)\b[^.?!]{0,30}?\bclosed[\s-]?(?:won|lost)\b/i,
  /\bmark\s+(?:it|this|that|the deal|this deal)\s+(?:as\s+)?(?:won|lost|signed)\b/i,
  /\b(?:update|edit|change|set)\s+(?:the\s+)?crm\s+(?:to|so|as|with|and)\b/i,
  /\b(?:closedwon|closedlost|contractsent|decisionmakerboughtin|presentationscheduled|appointmentscheduled|qualifiedtobuy)\b/i,
  /\b(?:respond|reply|answer|output)\s+(?:only\s+)?(?:with\s+)?(?:json|the following)\b/i,
  // Words addressed to whatever machine hears the call, however it is named: the machine set off by a colon
  // ("So, AI: …", "note-taker listening: …"); "to/for the AI taking notes here, …" opening a sentence; the
  // machine told what to record; "whoever is processing this" or "anyone listening to this, …". Talk about AI
  // products ("the AI processing team", "for the AI analyzing your tickets") is none of these.
  new RegExp(`(?:^|[\\s"'(\\[,])${MACHINE}(?:\\s+\\w+ing(?:\\s+(?:in|here|along|now))?)?\\s*:`, 'i'),
  new RegExp(`(?:^|[,;]|\\b(?:and|so|also|oh|okay|ok|now|then))\\s*(?:(?:a\\s+)?(?:note|message|memo|reminder|instructions?|word)\\s+)?(?:to|for)\\s+(?:the|any|whatever|whichever)\\s+${MACHINE}${LISTENING}?\\s*[,:]`, 'i'),
  new RegExp(`\\b${MACHINE}${LISTENING}\\b[^.?!]{0,20}?\\b(?:should|must|needs?\\s+to|please|will|can|has\\s+to)\\s+(?:record|mark|note|log|write|set|update|put|move|say|show)\\b`, 'i'),
  /\b(?:whoever|whatever)\s+(?:is\s+)?(?:processing|summari[sz]ing|analy[sz]ing|transcribing|reading|listening to|recording)\s+(?:this|these|the call|the recording)\b/i,
  /\b(?:anyone|anything|anybody|everyone)\s+(?:who(?:'s| is)\s+|that(?:'s| is)\s+)?(?:processing|summari[sz]ing|analy[sz]ing|transcribing|reading|listening(?:\s+to)?|recording)\s+(?:this|these|the call|the recording|in)\b[^.?!]{0,30}?[,:]/i,
];

export const EN_TABLES: LanguageTables = {
  code: 'en',
  dates: 'en',
  stage: EN_STAGE,
  summary: EN_SUMMARY,
  email: EN_EMAIL,
  voicemail: EN_VOICEMAIL,
  systemPatterns: EN_SYSTEM_PATTERNS,
};
