import type { StageKey } from '../../../domain/insights.ts';
import type { Role } from './sentences.ts';
import { signsDealPaper } from './signed-document.ts';
import { LOST_RULES } from './stage-lost-rules.ts';
import { LONG_AGO, notLongAgo, signedOurPaper, WITH_SOMEONE_ELSE } from './stage-rivals.ts';
import { approvesThisDeal, isPerson, NAMED_APPROVAL, NAMED_SIGNING, NAMED_YES } from './stage-people.ts';

/**
 * English stage rules (other languages: `lang/*.ts`). What a sentence must say to count as a deal-stage signal. Confidence is per speaker role; a role
 * that is absent cannot give the signal (closed won / lost need the customer's own words).
 */
export interface StageRule {
  stage: StageKey | 'stalled';
  pattern: RegExp;
  confidence: Partial<Record<Role, number>>;
  /** What the speaker said, for the rationale ("said the contract is signed"). */
  reason: string;
  /** The signal only holds when it happens on the call day ("I'll send the contract today"). */
  needsToday?: boolean;
  /** Questions normally are not signals; a proposal to book a demo with a date is. */
  allowQuestion?: boolean;
  /** Also reject a negation inside the match, for patterns with gaps ("the CFO has not approved"). */
  checkInside?: boolean;
  /** Extra check on the words after the match (and the whole sentence, and what was said just before it). */
  accept?(after: string, sentence: string, before: string, reply: string): boolean;
  /** "She said yes" only counts when the speaker named who "she" is just before (a decision maker). */
  antecedent?: RegExp;
}

const EXPLICIT = { customer: 0.9 };
/** The deal's paper; a data processing, confidentiality or non-disclosure agreement is a side paper, not the contract. */
const DOCS = '(?:contract|(?<!\\b(?:data processing|data protection|data sharing|non-disclosure|nondisclosure|confidentiality|mutual)\\s)agreement|order form|msa|docusign|envelope|paperwork|signature (?:request|packet)|sow)';
/**
 * The contract sent to the speaker's own people first ("to our legal team for a last check", "over today to our
 * lawyer"): not out for signature.
 */
const TO_OWN_SIDE = /^\s*(?:(?:over|across|out|today|tonight|tomorrow|this (?:morning|afternoon|evening)|later|first thing)\s+){0,3}to\s+(?:our|my)\s+(?:own\s+)?(?:legal|lawyers?|counsel|finance|manager|boss|director|team|colleagues?|ops|operations|head|cfo|ceo|coo)\b/i;
/** How things usually go, not what happens now. */
const HABIT = /\b(?:usually|normally|typically|generally|always|often|sometimes|ordinarily|as a rule|tend to)\b/i;
/** A condition in the words right after a present-tense plan. */
const CONDITION_IN_CLAUSE = /\b(?:if|unless|once|as soon as|provided|assuming|when|whenever)\b/i;
const LATER_OR_ONCE = /\b(?:tomorrow|tonight|later|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|once|when|after|if|unless|as soon as)\b/i;
/** An e-signature tool: sending "it" through one means the document is a contract. */
const ESIGN = '(?:docusign|pandadoc|adobe sign|hellosign|e-?sign(?:ature|ing)?(?: tool| platform| system)?)';
const PITCH = '(?:demo|presentation|walkthrough|walk-through|product tour|deep dive)';
const DECISION_MAKER = /\b(?:chief [a-z]+(?: [a-z]+)? officer|chief executive|ceo|cfo|coo|cto|cio|md|managing director|owner|founder|president|vp|vice president|director|head of [a-z]+|board|boss|gm|general manager|partners?|dean|provost|chancellor|principal|head ?teacher|headmaster|headmistress|chair(?:man|woman|person)?|mayor)\b/i;


export const STAGE_RULES: StageRule[] = [
  // closed lost first: "we signed with Acme" is a loss, not a win.
  ...LOST_RULES,
  {
    stage: 'closedwon',
    pattern: /\b(?:we|i)(?:'ve|\s+have)?(?:\s+(?:just|already|finally|officially|now|all))*\s+(?:signed|countersigned|executed)\b/i,
    confidence: EXPLICIT,
    reason: 'said they signed',
    accept: signedOurPaper,
  },
  {
    // "Our owner signed it this morning", "Dr Weiss has signed the agreement": someone on the customer's side.
    stage: 'closedwon',
    pattern: NAMED_SIGNING,
    confidence: { customer: 0.85 },
    reason: 'said their signatory signed',
    accept: (after, sentence, before) => isPerson(NAMED_SIGNING.exec(sentence)![1]!) && signedOurPaper(after, sentence, before),
  },
  {
    // "Yep. Signed it this morning.": no subject, so only when the deal's paperwork was just mentioned, or the other side
    // names it in reply ("Signed it an hour ago." — "The agreement? Great.").
    stage: 'closedwon',
    pattern: /^(?:\W*(?:yep|yeah|yes|so|well|and|oh|ok|okay|right|all done|done)\b(?:\W*(?:yep|yeah|yes|so|well|and|oh|ok|okay|right|all done|done)\b)*[\s,.!—-]*)?(?:just\s+|already\s+|finally\s+)?(?:signed|countersigned)(?=\s+(?:it|that|the|this|everything)\b)/i,
    confidence: EXPLICIT,
    reason: 'said they signed',
    accept: (after, sentence, before, reply) =>
      !WITH_SOMEONE_ELSE.test(after) && !LONG_AGO.test(sentence) && (signsDealPaper(after, before, true) || (signsDealPaper(after, before) && signsDealPaper(after, reply, true))),
  },
  {
    // "The e-signature envelope is complete": the signing tool reports everyone signed.
    stage: 'closedwon',
    pattern: new RegExp(`\\b(?:the\\s+)?${ESIGN}(?:\\s+(?:envelope|request|process))?\\s+(?:is|'s|has been|was)\\s+(?:now\\s+|all\\s+|fully\\s+)?(?:complete|completed|finished)\\b`, 'i'),
    confidence: { customer: 0.85 },
    reason: 'said the e-signature is complete',
    checkInside: true,
  },
  {
    stage: 'closedwon',
    pattern:
      /\b(?:it|the (?:contract|agreement|order form|paperwork|docusign|deal|msa|sow|order)|everything)(?:'s|\s+is|\s+has been|\s+was|\s+got)(?:\s+(?:all|now|officially|fully|finally|been|just))*\s+(?:signed|countersigned|executed)\b/i,
    confidence: EXPLICIT,
    reason: 'said the contract is signed',
  },
  {
    // "We've renewed with you for two more years": a renewal of this deal (renewing with someone else is a loss).
    stage: 'closedwon',
    pattern: /\b(?:we|i)(?:'ve|\s+have)?(?:\s+(?:just|already|officially|now))*\s+renewed\s+(?:(?:the|our)\s+(?:[\w-]+\s+)?(?:contract|subscription|agreement|licen[cs]es?|plan)\s+)?with\s+(?:you|y'all)\b/i,
    confidence: { customer: 0.85 },
    reason: 'said they renewed',
    accept: notLongAgo,
  },
  {
    stage: 'closedwon',
    pattern:
      /\b(?:(?:the\s+)?(?:po|purchase order)\s+(?:is|has been|was|went)\s+(?:out|issued|sent|approved|cut)|(?:we|i)(?:'ve| have)?\s+(?:just\s+)?(?:issued|sent|cut)\s+(?:you\s+)?(?:the|a)\s+(?:po|purchase order))\b/i,
    confidence: { customer: 0.75 },
    reason: 'said the purchase order is issued',
  },
  {
    // "I've just sent it through the e-signature tool", "I just hit send on the agreement", "it's gone out through our e-signing tool".
    stage: 'contractsent',
    pattern: new RegExp(
      `\\b(?:(?:i|we)(?:'ve|\\s+have)?(?:\\s+(?:just|already))*\\s+(?:sent\\s+(?:it|that|this|everything)\\s+(?:(?:over|across|out)\\s+)?(?:through|via|on|in|with)\\s+(?:our\\s+|the\\s+)?${ESIGN}|hit send on\\s+(?:the|your|our)\\s+(?:[\\w-]+\\s+){0,2}?${DOCS})` +
        `|(?:it|that|this|the contract|the agreement)(?:'s|\\s+is|\\s+has)\\s+(?:just\\s+|now\\s+|already\\s+)?(?:been\\s+)?(?:sent|gone)\\s+(?:(?:over|across|out)\\s+)?(?:through|via|on|in|with)\\s+(?:our\\s+|the\\s+)?${ESIGN})\\b`,
      'i',
    ),
    confidence: { rep: 0.85, unknown: 0.6 },
    reason: 'said the contract was sent',
  },
  {
    stage: 'contractsent',
    pattern: new RegExp(`\\b(?:i|we)(?:'ve|\\s+have)?(?:\\s+(?:just|already))*\\s+sent\\s+(?:you\\s+|over\\s+)*(?:the|a|our|your)\\s+(?:[\\w-]+\\s+){0,2}?${DOCS}\\b`, 'i'),
    confidence: { rep: 0.85, unknown: 0.6 },
    reason: 'said the contract was sent',
  },
  {
    stage: 'contractsent',
    // "I'll send the agreement today", and after a step of a few words: "I'll correct the address and send the agreement today".
    pattern: new RegExp(
      `\\b(?:i(?:'ll| will|'m| am| can)|we(?:'ll| will|'re| are| can))\\s+(?:(?:[\\w'-]+\\s+){1,6}?and\\s+(?:then\\s+)?)?(?:(?:just|also|now|go ahead and|be|going to|about to)\\s+)*(?:send|sending|get|getting)\\s+(?:you\\s+|over\\s+)*(?:(?:the|a|our|your)\\s+(?:[\\w-]+\\s+){0,2}?${DOCS}|(?:it|that|this|the contract)\\s+(?:(?:over|through|across|out)\\s+)?(?:to you\\s+)?for\\s+(?:e-?)?signature|(?:it|that|this)\\s+(?:[\\w-]+\\s+){0,3}?(?:through|via|on|in|with)\\s+(?:our\\s+|the\\s+)?${ESIGN})\\b`,
      'i',
    ),
    confidence: { rep: 0.8, unknown: 0.55 },
    reason: 'said the contract is sent for signature today',
    needsToday: true,
    accept: (after) => !TO_OWN_SIDE.test(after),
  },
  {
    // A recap in the present tense: "I send the contract today, you sign it by Friday".
    stage: 'contractsent',
    pattern: new RegExp(`(?:^|[.,;:]\\s*|\\b(?:so|and|recap|first)\\b,?\\s+)(?:i|we)\\s+send\\s+(?:you\\s+)?(?:the|our|your)\\s+(?:[\\w-]+\\s+){0,2}?${DOCS}\\b`, 'i'),
    confidence: { rep: 0.75, unknown: 0.5 },
    reason: 'said the contract is sent for signature today',
    needsToday: true,
    // The present tense also tells how things usually go ("normally the contract goes out same-day") or what
    // happens on a condition ("we send the contract today if she agrees"): neither is this contract going out. A
    // condition on the next step ("…and you sign it when you're back") leaves the sending as said.
    accept: (after, sentence) => !HABIT.test(sentence) && !CONDITION_IN_CLAUSE.test(after.split(/[,;.!?]|\s(?:and|so|then|but)\s/i)[0]!) && !TO_OWN_SIDE.test(after),
  },
  {
    stage: 'contractsent',
    pattern:
      /(?:\b(?:i'm|i am|we're|we are)\s+(?:just\s+)?|^\W*(?:(?:okay|ok|right|so|and|now)\b[\s,.…]*)*)sending\s+(?:it|that|this|the [\w-]+(?: [\w-]+)?)\s+(?:over\s+)?(?:now|right now)?\s*(?:through|via|on|in|with)\s+(?:our\s+|the\s+)?(?:docusign|e-?sign(?:ature|ing)?|pandadoc|adobe sign|hellosign)\b|\b(?:you should (?:now )?(?:have|see|get|be getting)\s+(?:an? |the )?(?:email|envelope|request|notification)[\w\s]{0,20}?\s(?:from|via|through) (?:docusign|pandadoc|adobe sign|hellosign))\b/i,
    confidence: { rep: 0.8, unknown: 0.55 },
    reason: 'sent the contract for e-signature during the call',
    // Now, not on a later day ("…tomorrow") or once something else is done.
    accept: (after) => !LATER_OR_ONCE.test(after.split(/[.;!?]/)[0]!),
  },
  {
    stage: 'contractsent',
    pattern: new RegExp(`\\b(?:the\\s+)?${DOCS}(?:\\s+is|\\s+was|\\s+has been|['’]s been|\\s+went|'s(?!\\s+(?:not|never)\\b)|(?:'s|\\s+has)(?:\\s+just)?\\s+gone)\\s+(?:just\\s+)?(?:sent(?!\\s+(?:back|to\\s+(?:legal|our|their|my|his|her)))|out(?: for signature)?|in (?:your|the) inbox|(?:over\\s+)?to\\s+(?:you|both of you|you both|your inbox)|on (?:its|the) way(?: to you)?)\\b`, 'i'),
    confidence: { rep: 0.85, customer: 0.8, unknown: 0.6 },
    reason: 'said the contract is out for signature',
  },
  {
    stage: 'contractsent',
    pattern: new RegExp(`\\b(?:the|your|our)\\s+(?:[\\w-]+\\s+){0,2}?${DOCS}\\s+(?:will|'ll|is going to)\\s+(?:be\\s+(?:sent|emailed|out)|go\\s+out)\\b`, 'i'),
    confidence: { rep: 0.8, unknown: 0.55 },
    reason: 'said the contract is sent for signature today',
    needsToday: true,
    checkInside: true,
  },
  {
    stage: 'contractsent',
    pattern: new RegExp(`\\b(?:we|i)(?:'ve| have)?\\s+(?:just\\s+)?(?:got|received)\\s+(?:the|your)\\s+${DOCS}\\b`, 'i'),
    confidence: { customer: 0.8 },
    reason: 'said they received the contract',
    // "…got the contract from <another vendor>": someone else's paper.
    accept: (after) => !/^[^.?!;]*?\bfrom\s+(?!(?:you|your|y'all|us)\b)/i.test(after),
  },
  {
    stage: 'decisionmakerboughtin',
    pattern:
      /\b(?:cfo|ceo|coo|cto|cio|vp|vice president|director|head of [a-z]+|board|boss|manager|leadership|execs?|executive team|exec team|decision[- ]makers?|procurement|finance|budget|proposal|business case|purchase|committee)\b[^.?!,]{0,25}?\b(?:approved|signed off|gave (?:us |it )?(?:the |a )?(?:green light|go[- ]ahead|thumbs up|yes)|(?:is|are)(?: now| fully| all)? (?:on board|bought in|approved)|bought in|said yes|agreed to (?:move forward|proceed|go ahead|buy|the purchase))\b/i,
    confidence: { customer: 0.85, rep: 0.6, unknown: 0.5 },
    reason: 'said the decision maker approved',
    checkInside: true,
    accept: (after) => approvesThisDeal(after),
  },
  {
    // "Tomasz approved the quote", "our owner's given it the go-ahead": a named person on the customer's side.
    stage: 'decisionmakerboughtin',
    pattern: NAMED_APPROVAL,
    confidence: { customer: 0.8 },
    reason: 'said the decision maker approved',
    checkInside: true,
    accept: (after, sentence) => isPerson(NAMED_APPROVAL.exec(sentence)![1]!) && !LONG_AGO.test(sentence) && approvesThisDeal(after),
  },
  {
    // "Tomasz said yes": a yes, but to what is left unsaid, so less sure.
    stage: 'decisionmakerboughtin',
    pattern: NAMED_YES,
    confidence: { customer: 0.7 },
    reason: 'said the decision maker said yes',
    checkInside: true,
    // Not a yes to something else ("…said yes to the offsite", "…, she'll join the call"), nor one long ago.
    accept: (after, sentence) =>
      isPerson(NAMED_YES.exec(sentence)![1]!) &&
      !/^\s+to\s+(?!(?:it|this|that|the (?:proposal|purchase|deal|contract|quote|order))\b)/i.test(after) &&
      !/\b(?:demo|call|meeting|invite|join|attend|come|lunch|dinner|slot|session|workshop)\b/i.test(after) &&
      !LONG_AGO.test(sentence),
  },
  {
    stage: 'decisionmakerboughtin',
    pattern:
      /\b(?:he|she|they)(?:'s|'ve|\s+has|\s+have)?(?:\s+(?:now|finally|officially|just|already|actually))*\s+(?:(?:said|says|say) yes|(?:said|says|say) (?:to )?go ahead|approved|signed off|(?:given|gave) (?:us |it |me )?(?:the |a |her |his |their )?(?:green light|go[- ]ahead|thumbs up|yes|sign[- ]off|okay|approval|blessing))\b/i,
    confidence: { customer: 0.8 },
    reason: 'said the decision maker approved',
    checkInside: true,
    antecedent: DECISION_MAKER,
  },
  {
    stage: 'decisionmakerboughtin',
    pattern:
      /\b(?:(?:we(?:'re| are)|i'm|i am)\s+(?:\w+\s+)?(?:ready|good|happy|excited|all set|cleared)\s+to\s+(?:move forward|go ahead|proceed|sign|buy|purchase)|(?:we|i)(?:'d like|\s+would like|\s+want|\s+decided|\s+have decided|'ve decided)\s+to\s+(?:move forward|go ahead|proceed|buy|purchase|sign)|we(?:'re| are)\s+(?:(?:definitely|going to)\s+)*(?:buying|buy|purchasing|purchase)\s+(?:it|this|them)\b(?!\s+(?:from|with|through|via)\b)|we(?:'re| are)\s+(?:(?:definitely|officially|now)\s+)?going ahead\b(?!\s+with\s+(?!(?:you|it|this|that|the (?:proposal|purchase|plan|order|quote|rollout)|your)\b))|we(?:'re| are)\s+a\s+yes|i(?:'m| am)\s+saying\s+yes)\b/i,
    confidence: { customer: 0.85 },
    reason: 'said they are ready to move forward',
    checkInside: true,
  },
  {
    // "We're in.", "We're doing it.", "Consider it approved.": a yes said plainly, not a guess at one ("then I'd say we're in")
    // nor one taken back at once ("…, but nothing is approved yet").
    stage: 'decisionmakerboughtin',
    pattern: /\b(?:(?:we(?:'re| are)\s+(?:in|doing\s+(?:it|this))|i\s+want\s+to\s+do\s+(?:it|this))(?=\s*(?:[.!;,]|$))|consider\s+it\s+approved)\b/i,
    confidence: { customer: 0.8 },
    reason: 'said yes',
    accept: (after, _sentence, before) =>
      !/\b(?:i['’]d|would|then|if|maybe|probably|perhaps)\b/i.test(before.split(/[.!?]\s+/).pop()!) && !/\b(?:not|nothing)\b[^.!?]*\byet\b|^\s*,?\s*(?:if|unless|once|when)\b/i.test(after),
  },
  {
    stage: 'decisionmakerboughtin',
    pattern:
      /\b(?:we(?:'ve|'re| have| are)?|(?:the team|leadership|management|the board)(?: has)?)\s+(?:(?:decided|chosen|going)\s+to\s+)?(?:go|going|gone|went|chose|chosen|picked|selected)\s+(?:to\s+go\s+)?(?:with\s+(?:you(?:\s+guys)?|your\s+(?:product|platform|proposal|offer|solution|team))|you(?:\s+guys)?)\b/i,
    confidence: { customer: 0.8 },
    reason: 'said they chose us',
    checkInside: true,
    accept: (after, sentence) => !LONG_AGO.test(sentence) && !/^\s*(?:for (?:the|a) (?:pilot|trial|poc|demo|call|meeting))\b/i.test(after),
  },
  {
    // "You have my yes"; not a yes to something short of the deal ("…my blessing to talk to IT", "…approval on the mockups").
    stage: 'decisionmakerboughtin',
    pattern:
      /\b(?:let's\s+(?:move forward|go ahead)|(?:you(?:'ve got| have| got)|consider (?:this|it)|that's|this is|it's)\s+a\s+(?:verbal\s+)?(?:yes|go)|you(?:'ve got| have| got)\s+(?:my|our)\s+(?:verbal\s+)?(?:yes|approval|blessing|go[- ]ahead|sign[- ]off)(?!\s+to\s+(?!(?:proceed|go ahead|move forward|sign|buy|order|start)\b)|\s+(?:on|for)\s+(?:the\s+)?(?:pilot|trial|poc|demo|design|mock-?ups?|call|meeting)\b)|(?:got|have|received|gave us)\s+(?:the\s+)?(?:green light|go[- ]ahead|sign[- ]off|budget approval))\b/i,
    confidence: { customer: 0.8 },
    reason: 'gave a verbal yes',
    checkInside: true,
  },
  {
    stage: 'presentationscheduled',
    pattern: new RegExp(
      `\\b(?:let's|let us|i'll|i will|we'll|we will|i've|we've|i have|we have|i just|we just|i'm going to|we're going to|i can|let me)\\s+(?:(?:go ahead and|just|also)\\s+)?(?:book|booked|schedule|scheduled|set up|lock in|locked in|pencil in|penciled in|put|send (?:you )?(?:a|an|the) (?:calendar )?invite for|sent (?:you )?(?:a|an|the) (?:calendar )?invite for)\\s+(?:in\\s+)?(?:a|the|an|our|your|some time for (?:a|the))\\s+(?:[\\w-]+\\s+){0,2}?${PITCH}\\b`,
      'i',
    ),
    confidence: { rep: 0.75, customer: 0.75, unknown: 0.5 },
    reason: 'booked a demo',
    // Not a demo booked long ago ("we had one booked last spring").
    accept: notLongAgo,
  },
  {
    stage: 'presentationscheduled',
    pattern: new RegExp(`\\b${PITCH}\\b[^.?!]{0,30}?\\b(?:is|'s|are)?\\s*(?:booked|scheduled|confirmed|on the calendar|locked in)\\b`, 'i'),
    confidence: { rep: 0.75, customer: 0.75, unknown: 0.5 },
    reason: 'confirmed the demo is booked',
    // Not a demo booked long ago ("we had one booked last spring").
    accept: notLongAgo,
    checkInside: true,
  },
  {
    stage: 'presentationscheduled',
    pattern: new RegExp(`\\b(?:can|could|shall) we\\s+(?:book|schedule|set up|do)\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}?${PITCH}\\b[^?]*\\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week)\\b`, 'i'),
    confidence: { rep: 0.6, customer: 0.6, unknown: 0.45 },
    reason: 'proposed a date for a demo',
    allowQuestion: true,
  },
  {
    stage: 'stalled',
    pattern:
      /\b(?:budget\s+(?:is|has been|was|got|'s)\s+(?:\w+\s+)?(?:frozen|cut|pulled|on hold|gone)|(?:budget|spending|hiring) freeze)\b/i,
    confidence: { customer: 0.8, rep: 0.6, unknown: 0.5 },
    reason: 'said the budget is frozen',
  },
  {
    stage: 'stalled',
    pattern:
      /\b(?:(?:put|putting|puts)\s+(?:this|it|things|the project|everything|the deal|the evaluation|the purchase|that)\s+on\s+(?:hold|ice|pause|the back burner)|(?:is|are|be|'s)\s+on hold|on the back burner|(?:pause|pausing|paused)\s+(?:this|the evaluation|the project|things|everything|the deal|our evaluation))\b/i,
    confidence: { customer: 0.8, rep: 0.6, unknown: 0.5 },
    reason: 'said the deal is on hold',
  },
  {
    stage: 'stalled',
    pattern:
      /\b(?:not (?:a|the|our) (?:top )?priority|(?:revisit|circle back on|come back to|pick (?:this|it) (?:back )?up)\s+(?:this|it)?\s*(?:next|in)\s+(?:quarter|year|q[1-4])|push(?:ing|ed)?\s+(?:this|it|the (?:project|purchase|decision))\s+(?:out\s+)?(?:to|until|into)\s+(?:next|the next)\s+(?:quarter|year|fiscal))\b/i,
    confidence: { customer: 0.8, rep: 0.6, unknown: 0.5 },
    reason: 'said it is not a priority until later',
  },
];
