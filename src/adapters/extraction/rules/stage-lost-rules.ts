import type { StageRule } from './stage-rules.ts';
import { choseRival, LONG_AGO, NOT_A_RIVAL, RIVAL_CHOSEN, WITH_SOMEONE_ELSE } from './stage-rivals.ts';
import { isName } from './third-party.ts';

/** English stage rules that say the deal is lost: another vendor chosen, the purchase called off, or not going on with it. */

/** A tier or option of the seller's own offer, named with a capital ("Enterprise", "Option B", "the Pro plan"). */
// A tier word run into another capitalised word ("Business Central") is a rival's product, not our tier.
const OUR_TIER =
  /^(?:(?:option|plan|tier|package|bundle)\b|(?:enterprise|premium|professional|pro|standard|basic|starter|growth|business|essentials?|plus)\b(?!\s+(?!(?:plan|tier|package|edition|bundle|option)\b)\p{Lu}))/iu;
/** Said as a guess ("I think they went with…", "…, I heard") or still open ("…unless you can match it"), not a reason given after it. */
const GUESS = /\b(?:i think|i guess|i believe|i heard|apparently|probably|maybe|perhaps)\b/i;
const GUESS_AFTER = /,\s*(?:i think|i guess|i believe|i heard|apparently)\s*(?:[.,;!?]|$)/i;
const STILL_OPEN = /\b(?:unless|if)\b/i;
const notSettled = (after: string, sentence: string) =>
  GUESS.test(sentence.slice(0, sentence.length - after.length)) || GUESS_AFTER.test(after) || STILL_OPEN.test(after.split(/[,;.!?]|\s(?:and|so|but)\s/i)[0]!);

/** `who`, the one the deal went to, names a rival by name, in a sentence not told as long ago. */
const rivalNamedNow = (who: string, sentence: string) => !NOT_A_RIVAL.test(who) && isName(who) && !LONG_AGO.test(sentence);

export const LOST_RULES: StageRule[] = [
  {
    stage: 'closedlost',
    pattern:
      /\b(?:we|we've|we have|we've decided to|we decided to|we decide to|we have decided to|we're going to|we are going to|we're|we are|we'll|we will|(?:the team|leadership|management|the board) (?:has )?decided to)\s*(?:go|gone|went|going|chose|chosen|picked|selected|signed|signing)\s+with\s+/i,
    confidence: { customer: 0.85 },
    reason: 'said they went with another vendor',
    accept: choseRival,
  },
  {
    // "Our director signed with them on Monday", "Ravi signed with Corvex": someone of theirs signed with the rival
    // just named ("them": the vendor the last sentences said they chose or are going with).
    stage: 'closedlost',
    pattern: /(?<![\p{L}'’])(?:(?!(?:We|I|They|She|He|You|It|That|This|Who|Which)\b)\p{Lu}\p{Ll}+(?:[-'’]\p{L}+)?|[Oo]ur\s+(?:boss|director|ceo|cfo|coo|owner|manager|md|gm|board|founder|president))\s+(?:(?:has|had|just|already|finally)\s+)*signed\s+with\s+(?=them\b|\p{Lu})/u,
    confidence: { customer: 0.8 },
    reason: 'said they signed with another vendor',
    accept: (after, sentence, before) =>
      /^them\b/.test(after) ? RIVAL_CHOSEN.test(before) && !LONG_AGO.test(sentence) : choseRival(after, sentence),
  },
  {
    // "The committee met, and they went with Corvex", "the board went with Corvex": the customer's side as "they" or
    // the body that decides, a rival named by name.
    stage: 'closedlost',
    pattern: /\b(?:[Tt]hey(?:'ve|\s+have|'re|\s+are)?|[Tt]he\s+(?:board|council|committee|partners|owners|trustees|directors)(?:\s+(?:has|have|is|are))?|[Ll]eadership|[Mm]anagement)\s+(?:(?:already|just|finally)\s+)?(?:went|gone|going|chose|chosen|picked|selected|signed|signing|decided\s+to\s+go)\s+with\s+(?=\p{Lu})/u,
    confidence: { customer: 0.8 },
    reason: 'said they went with another vendor',
    // Not a plan of ours named by its tier ("went with Enterprise"), a guess ("I think they went…"), or still open ("…unless");
    // and not "they" just told of as long ago ("A partner firm of ours did it years back. They went with…"): someone else's.
    accept: (after, sentence, before) =>
      choseRival(after, sentence) && !OUR_TIER.test(after) && !notSettled(after, sentence) && !LONG_AGO.test(before.trim().split(/(?<=[.!?])\s+/).pop()!),
  },
  {
    // "We've chosen Corvex", "we opted for a competitor", "we awarded the tender to Corvex": the rival as object.
    stage: 'closedlost',
    pattern:
      /\b(?:we(?:'ve| have)?|(?:the team|leadership|management|the board)(?: has)?)\s+(?:(?:finally|now|already|just)\s+)?(?:chose|chosen|choose|picked|selected|opted for|decided on|decided for|awarded (?:the |our )?(?:contract|tender|deal|business|work) to|awarded it to)\s+/i,
    confidence: { customer: 0.85 },
    reason: 'said they chose another vendor',
    accept: choseRival,
  },
  {
    // "Corvex won the tender": a rival named as the winner.
    stage: 'closedlost',
    pattern: /(?<![\p{L}'’])[A-Z][\p{L}&.-]*(?:\s+[A-Z][\p{L}&.-]*)?\s+(?:won|has won|got)\s+(?:the|our)\s+(?:tender|contract|deal|business|bid|rfp)\b/u,
    confidence: { customer: 0.8 },
    reason: 'said another vendor won the deal',
    accept: (_after, sentence) => {
      const who = /(?<![\p{L}'’])([A-Z][\p{L}&.-]*)(?:\s+[A-Z][\p{L}&.-]*)?\s+(?:won|has won|got)\s/u.exec(sentence)?.[1] ?? '';
      return rivalNamedNow(who, sentence);
    },
  },
  {
    // "The board voted to award the display contract to Corvex": the deal given to a rival named after "to".
    stage: 'closedlost',
    pattern: /\b(?:award|awarded|awarding|give|gave|given)\s+(?:the|this|our)\s+(?:[\w-]+\s+){0,3}?(?:tender|contract|deal|business|bid|rfp)\s+to\s+(?=\p{Lu})/u,
    confidence: { customer: 0.8 },
    reason: 'said the deal was awarded to another vendor',
    accept: (after, sentence) => {
      return rivalNamedNow(/^\s*([A-Z][\p{L}&.-]*)/u.exec(after)?.[1] ?? '', sentence);
    },
  },
  {
    // "The purchase is off", "the project has been cancelled": this deal's purchase called off.
    stage: 'closedlost',
    pattern:
      /\b(?:the|this|our)\s+(?:whole\s+)?(?:purchase|deal|evaluation|project|initiative|programme|program)\s+(?:is|'s|has been|was|got|is now|has now been)\s+(?:officially\s+|definitely\s+)?(?:off|cancell?ed|dead|scrapped|killed|terminated)\b/i,
    confidence: { customer: 0.75 },
    reason: 'said the purchase is called off',
    checkInside: true,
    accept: (after) => !WITH_SOMEONE_ELSE.test(after),
  },
  {
    stage: 'closedlost',
    pattern:
      /\b(?:we(?:'ve|'re|'ll| have| are| will)?|(?:the team|leadership|management|the board)(?:'s| has| is)?)\s+(?:(?:decided|chosen|going|opted)\s+to\s+)?(?:stay|staying|stick|sticking|stayed|stuck|renew|renewing|renewed)\s+with\s+(?:our|the)\s+(?:current|existing|incumbent|old|present)\s+(?:vendor|provider|supplier|system|tool|platform|partner|solution)\b/i,
    confidence: { customer: 0.8 },
    reason: 'said they are staying with their current vendor',
    accept: (after) => !/^\s*(?:for now|until|till|this (?:quarter|year)|while|through)\b/i.test(after),
  },
  {
    stage: 'closedlost',
    // "We went another way.", "decided to go in a different direction"; not another way with something else, or to somewhere.
    pattern: /\b(?:decided|chosen|choosing|going|go|went|gone)\s+(?:to\s+go\s+)?(?:in\s+)?(?:a different|another)\s+(?:direction\b|(?:way|route)(?=\s*(?:[.!;]|$|,\s+(?:sorry|unfortunately|i'm afraid)\b|\s+(?:on|with)\s+(?:this|it|that)\b)))/i,
    confidence: { customer: 0.85 },
    reason: 'said they decided to go in a different direction',
  },
  {
    stage: 'closedlost',
    pattern: /\bdecided\s+not\s+to\s+(?:move forward|proceed|go ahead|buy|purchase|renew|continue|pursue|sign)\b/i,
    confidence: { customer: 0.85 },
    reason: 'said they decided not to proceed',
  },
  // "Not going ahead with it / with you / with your offer" drops the deal; "with your add-on", "with this phase" only a part.
  {
    stage: 'closedlost',
    pattern: /\b(?:we(?:'re| are)?\s+not\s+(?:going to\s+)?(?:be\s+)?(?:move|moving)\s+forward|we(?:'re| are)\s+not\s+going\s+ahead(?=\s*(?:[.!;]|$|,\s+(?:sorry|full stop|period)\b|\s+with\s+(?:it|this|you(?:\s+guys|\s+all)?|(?:this|your)\s+(?:deal|offer|proposal|quote|bid|product|platform|solution|service|software|company|team|firm|contract|purchase|project|one))(?=\s*(?:[.!;,—–]|$|\s+at\s+all\b))))|we\s+(?:won't|will not)\s+be\s+moving\s+forward|we(?:'re| are| will|'ll)\s+(?:going to\s+)?pass\s+on\s+(?:this|it|your (?:offer|proposal))\b)/i,
    confidence: { customer: 0.85 },
    reason: 'said they will not move forward',
  },
  {
    // "So we're not buying. Not this year.": the purchase itself is off, not put off ("…until the spring").
    stage: 'closedlost',
    pattern: /\bwe(?:(?:'re|\s+are)\s+not(?:\s+going\s+to)?|\s+will\s+not|\s+won't)\s+(?:be\s+)?(?:buy|buying|purchase|purchasing)(?:\s+(?:it|this|anything|from you))?(?=\s*(?:[.!;]|$|,\s+(?:not|full stop|period|sorry)\b))/i,
    confidence: { customer: 0.8 },
    reason: 'said they are not buying',
  },
  {
    stage: 'closedlost',
    pattern: /\b(?:cancel(?:l?ing|l?ed)?|ending|terminat(?:ing|ed)|stopp(?:ing|ed)|scrapp(?:ing|ed)|kill(?:ing|ed))\s+(?:the|this|our)\s+(?:(?:whole|entire|[\w-]+)\s+){0,3}?(?:evaluation|trial|pilot|deal|process|project|purchase)\b(?!\s+(?:kickoff|kick-off|meeting|call|workshop|invites?|review|update))/i,
    confidence: { customer: 0.8 },
    reason: 'said they are cancelling the evaluation',
    // "We stopped the trial with our old supplier": ending something with someone else.
    accept: (after) => !WITH_SOMEONE_ELSE.test(after),
  },
];
