import { isName } from './third-party.ts';

/*
 * Who on the customer's side signed, approved or said yes (a person by name or by role, not a team), and
 * whether what they approved is this deal: the words the stage rules (stage-rules.ts) build their
 * "a decision maker said so" signals from.
 */

/** A person by name ("Dr Weiss", "Tomasz", "Ana Ruiz") or by role ("our owner", "my boss"). Case-sensitive. */
const PERSON_NAME = "(?:(?:Doctor|Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?)\\s+)?[A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+)?";
const ROLE_HOLDER =
  "\\b(?:[Oo]ur|[Mm]y|[Tt]he)\\s+(?:[a-z]+\\s+)?(?:CEO|CFO|COO|CIO|CTO|CISO|MD|GM|owner|founder|co-founder|boss|president|chair|chairman|chairwoman|director|managing director|general manager|partner|principal)";
const SIGNER = `${ROLE_HOLDER}|(?<![\\p{L}'’])${PERSON_NAME}`;
/** Capitalised words that name a team, not a person who decides ("Legal approved the redlines"). */
const TEAM =
  /^(?:Legal|Security|IT|Compliance|Finance|Procurement|HR|Engineering|Ops|Operations|Accounts|Purchasing|Marketing|Sales|Support|Nobody|Noone|None|Neither|Both|All|Everybody|Somebody|Anybody|Someone|Anyone|Each|Either|Nothing)$/;
/** Whether the words before the verb name a person: a role holder, or a name that is not a common word or a team. */
export function isPerson(who: string): boolean {
  if (/^(?:[Oo]ur|[Mm]y|[Tt]he)\s/.test(who)) return true;
  const words = who.replace(/^(?:Doctor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+/, '');
  return isName(words) && !TEAM.test(words.split(/\s+/)[0]!);
}
export const NAMED_SIGNING = new RegExp(`(${SIGNER}),?(?:\\s+has)?(?:\\s+(?:just|already|finally|officially|now))*\\s+(?:signed|countersigned)\\b(?!\\s+off\\b)`, 'u');
/** Things a decision maker approves that are this deal ("the proposal", "the pilot budget", "the spend"). */
const DEAL_OBJECT =
  /\b(?:proposal|purchase|budget|spend|spending|deal|contract|quote|order|po|business case|investment|project|pilot|plan|seats?|licen[cs]es?|subscription|renewal|pric(?:e|ing)|terms?|numbers|rollout|it|this|that|them)\b/i;
/** "…approved my holiday", "…approved the merger", "…approved the proposal from Acme": something else approved. */
export function approvesThisDeal(after: string): boolean {
  // "…approved this morning", "…approved on Friday": when, not what.
  if (/^\s+(?:(?:this|last|on|yesterday|today|earlier|just)\b|(?:in|at|over)\s+the\s+(?:meeting|end|morning|afternoon|evening|call))/i.test(after)) return true;
  const object = /^\s+(?:(?:the|my|our|a|an|his|her|their|your|this|that)\s+)?((?:[\w'-]+\s+){0,2}[\w'-]+)/i.exec(after.split(/[.,;!?—–]/)[0]!);
  const first = object?.[1]!.split(/\s+/)[0] ?? '';
  // A capitalised object may be the product by name ("approved Tillwise"); a preposition or time opens no object.
  if (object && !/^[A-Z]/.test(first) && !/^(?:on|off|in|at|yesterday|today|this|last|so|and|as|all|everything)$/i.test(first) && !DEAL_OBJECT.test(object[1]!)) return false;
  // "the budget for the new trucks", "the quote from Acme": approved, but for something or someone else.
  return !/^\s+(?:the|a|an|our|their)?\s*(?:[\w'-]+\s+){0,3}?(?:for|from|by|with)\s+(?!(?:you|your|us|it|this|that|the (?:whole|full|first|three|two|next)|all|[\d]))(?:the|a|an|our|their|[A-Z])/.test(after);
}

/** What a decision maker approves: the deal, or "it". */
const DEAL_THING = '(?:it|this|that|the (?:proposal|purchase|budget|spend|deal|contract|quote|order|business case|investment|project|renewal|plan))';
const HAS = "(?:'s|\\s+has)?(?:\\s+(?:now|finally|officially|just|already|actually))*";
/** Who they are, said between commas after the name ("Rachel, our GM, has approved it"). */
const APPOSITION = String.raw`(?:,\s+(?:our|my|the|their)\s+[\p{L} -]{2,30},)?`;
export const NAMED_APPROVAL = new RegExp(
  `(${SIGNER})${APPOSITION}${HAS}\\s+(?:approved(?:\\s+${DEAL_THING}|(?=\\s*(?:[.,;!]|$)))|signed off(?:\\s+on\\s+${DEAL_THING})?|(?:given|gave) (?:us |it |me )?(?:the |a |her |his |their )?(?:green light|go-ahead|go ahead|thumbs up|sign-off|okay|ok|approval|blessing))\\b`,
  'u',
);
export const NAMED_YES = new RegExp(`(${SIGNER})${HAS}\\s+(?:said yes|says yes|say yes|said (?:to )?go ahead|says (?:to )?go ahead|say (?:to )?go ahead)\\b`, 'u');
