/**
 * The things a task hands over and what a pronoun object stands for: the last deliverable or thing named
 * ("the updated pricing sheet"), and "send it" with "it" put back as that thing. Read by the task-text
 * builders (commitments.ts, recap-items.ts, task-objects.ts, date-revisions.ts, task-phrases.ts).
 */
import { WEEKDAYS } from '../../../domain/dates/calendar.ts';
import { pickDuePhrase } from '../../../domain/dates.ts';
import type { Sentence } from './sentences.ts';

const DELIVERABLES =
  'pricing sheet|price sheet|price list|pricing proposal|pricing|proposal|contract|agreement|order form|quote|estimate|deck|slides|slide deck|msa|nda|sow|statement of work|invoice|w-9|w9|questionnaire|case stud(?:y|ies)|references?|recording|recap|summary|notes?|agenda|calendar invite|invite|invitation|link|documentation|docs|specs?|requirements|security review|soc ?2(?: report)?|report|trial|login|credentials|roi (?:analysis|calculator)|business case|timeline|roadmap|one[- ]pager|brochure|data ?sheet|details|numbers|redlines?|purchase order|po|paperwork|terms|draft|template|checklist|plan|list|(?:credit|loan|lease|finance|financing|grant|account|permit) application|application form';
const DELIVERABLE_NP = new RegExp(
  `\\b(?:the|a|an|your|our|my|their|that|this)\\s+((?:[\\w-]+\\s+){0,2}?(?:${DELIVERABLES}))\\b`,
  'gi',
);

/** The last thing-to-deliver named in `text` ("the updated pricing sheet"), for resolving "send it"; one `fits` takes as said. */
export function lastDeliverable(text: string, fits: (said: string) => boolean = () => true): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(DELIVERABLE_NP)) if (fits(m[0])) last = m[1]!;
  if (!last || /\b(?:it|that|this|you|me|i|we)\b/i.test(last)) return null;
  return `the ${last}`;
}

/**
 * The thing asked for or handed over: "can you forward the rate card", "we still need an audit letter", "I'll find last
 * year's invoice", "I'll send Omar our pricing sheet" (whom it goes to comes first).
 */
const HANDED_OBJECT =
  /\b(?:send|sends|sending|sent|makes?|made|prepared|drew up|put together|get|forward|share|e-?mail|needs?|wants?|dig (?:up|out)|pull|export|attach|ask(?:s|ed|ing)? for|waiting (?:on|for)|(?<=\b(?:thing|things|what)\s+(?:i|we)\s+(?:really\s+)?)(?:need|want)(?:\s+from\s+you)?\s+is|(?<=\b(?:i|we)\s+(?:already\s+|also\s+)?)have|(?<=\b(?:do|does|did|will|would|can|could)\s+(?:you|he|she|they|(?:your|our|the|their|his|her)\s+[\w-]+)\s+(?:already\s+|also\s+|still\s+)?)have|(?<=\b[a-z]+\s+(?:also\s+)?)has|there(?:'s|\s+is)|(?<=\b(?:i|we)(?:'ve|\s+have)\s+)got|(?<=\byou(?:['’]ve|\s+have)?\s+(?:still|also|already)\s+)(?<!\b(?:until|till|once|when|after|before|if)\s+you(?:['’]ve|\s+have)?\s+\w+\s+)(?:got|have)|(?<=\byou(?:['’]ve|\s+have)\s+(?:still\s+|also\s+|already\s+)?)(?<!\b(?:until|till|once|when|after|before|if)\s+you(?:['’]ve|\s+have)\s+(?:\w+\s+)?)got|lent|loaned|borrowed|(?<=\b(?:i|we)(?:['’]d|\s+would)\s+(?:really\s+)?)(?:love|like)\s+(?:a\s+copy\s+of|to\s+(?:see|get|have)))\s+(?:(?:me|us|you|him|her|them)\s+|(?<to>(?!(?:is|are|was|were|be|to|it|that|this|for|of|and|or|on|in|at|by|with|from|so|as|if)\b)[\w'’-]+)\s+(?=(?:the|your|our|my|their|a|an|some)\s))?(?<thing>(?:the|your|our|my|their|a|an|some|a couple of|[A-Z][\w-]*['’]s|(?:last|this|next)\s+(?:week|month|quarter|season|year)['’]s)\s+(?:[\w'-]+\s+){0,6}?[\w'-]+?)(?=\s*(?:[.,;:?!—–]|$|\s+(?:by|to|for|with|from|so|and|but|before|on|in|that|which|too|today|tomorrow|tonight|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this|next|last|first|over|as|already|again|right|after|now|later|soon|when|once|asap|ahead|somewhere|anywhere|here|there|handy|ready|we|you|they|he|she)\b))/gi;

/**
 * What "it" / "that" / "those" most likely stands for in `text` (what was said just before): the last
 * thing someone asked for or promised to hand over, else the last deliverable named.
 */
/**
 * A topic opened by naming it alone, as its own sentence: "Right, the spare laptops."; or broken off right after it (the
 * dash on the last word, not a pause between spaces), with what was done with it at most ("Now, the scanner you lent us—").
 */
const TOPIC_NP = /(?:^|[.?!]\s+|\s[—–]\s*)(?:(?:so|and|now|okay|ok|right|then|oh|um|uh|sorry|wait|actually|there's|there is|what about|as for),?\s+)+((?:the|your|our)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})(?:\.|(?:\s+(?:that\s+)?(?:you|we|they|i|he|she)\s+[\w'’]+(?:\s+[\w'’]+){0,3})?(?<=[\w'’])[—–](?=\s|$)|\s+[—–]\s+(?=(?:that|it|those|they)(?:['’]s|['’]re|\s+is|\s+are)\b)|,\s+(?:[^,.?!]{1,60},\s+)?(?=(?:that|it|those|they|these)(?:['’]s|['’]re|\s+is|\s+are|\s+was|\s+were)\b))/gi;
// A span of time is no thing either ("I need a day to…", "give me a week").
const NOT_A_THING = /\b(?:it|that|this|you|me|i|we|way|bit|lot|chance|call|time|thing|question|idea|sense|minute|second|moment)\b|^(?:(?:a|one|two|three|few|couple|extra|full|whole|spare|more|another|of)\s+)*(?:day|days|week|weeks|month|months|hour|hours|weekend|while)$/i;
/** "So the quote's ready.", "the forms are nearly done": a thing and what is said of it, a sentence, not a topic named alone. */
const SAID_OF_IT = /(?:['’]s|\s+(?:is|are|was|were))\s+(?:(?:all|nearly|almost|now|just|already)\s+)?(?:paid|attached|booked|confirmed|uploaded|updated|ready|done|signed|sent|fine|good|here|there|out|gone|sorted|approved|finished|through|back|off|live|set|okay|ok|late|due|open|closed|final|agreed)$/i;
/** "And the busiest.", "the most modern": said of something named before, a description, not a thing of its own. */
const SUPERLATIVE = /^(?:most\s+[\w-]+|(?!(?:request|interest|test|contest|guest|chest|forest|harvest|quest|rest|manifest|digest|protest|nest|west|vest)$)[a-z]+est)$/i;
/** A name ending in people or an event ("the security team", "the parts desk", "the trial"): what "it" is handed to or about, not the thing handed. */
const PEOPLE_OR_EVENT = /\b(?:team|teams|manager|managers|lead|leads|staff|people|department|committee|board|partners?|desk|office|crew|engineers?|accountants?|lawyers?|colleagues?|assistants?|director|boss|supervisors?|foreman|technicians?|installers?|contractors?|builders?|architects?|consultants?|bookkeepers?|auditors?|advis[eo]rs?|landlords?|folks|guys|trial|pilot|meetings?|demo|sessions?|training|kickoff|workshop)$/i;
/** What one makes without making a thing ("make the case", "a decision"), and a day a thing is had on (an event's). */
const MADE_NOT_A_THING = /^(?:case|point|decision|difference|mistake)\b(?! stud)/i, MADE_TO = /^\s+to\s+(?:the|your|our|their|my|this|that)\b/i;
const ON_A_DAY = /^\s+on\s+(?:(?:this|next)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+\w+(?:st|nd|rd|th))\b/i;

/** "I can pull usage numbers for March": things made or pulled, named without "the" (a plural, and what they are of or for). */
const BARE_MADE =
  /(?<=(?:\b(?:can|could|will|would|to|i|we|and|just|also|then)|['’]ll)\s+)(?:pull|pulls|pulled|export|exported|compile|compiled|prepare|prepared|put together|dig out|draft|drafted)\s+(?!(?:them|these|those|this|that|it|us|out|up|together|in|back|through|off)\b)((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s(?:\s+(?:for|from|of|on)\s+(?:the\s+|our\s+|your\s+|their\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?)(?=\s*(?:[.,;:?!—–]|$))/gi;

/** A thing that is handed over, by the last word of its name ("the signed order form", "the draft agreement"). */
const HANDED_OVER_HEAD = new RegExp(`\\b(?:${DELIVERABLES}|form|file|files|spreadsheet|document|certificate|export)s?$`, 'i');
/**
 * "…your scan histories are still on our servers": a thing said to be still somewhere, what "remove those" is about;
 * "so the order form is ready on our side": a thing said to be ready, what "I can send it" is about.
 */
const STILL_THERE = /(?:^|[.?!—–]\s*)(?:(?:so|and|now|but|well|okay|ok|right|um|uh),?\s+)*((?:the|your|their|our)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?)(?:\s+(?:is|are)|['’]s|['’]re)\s+(?:still\b|(?:(?:all|now|just|already)\s+)?(?:ready|done|finished|drafted|final)\b)/gi;
/** A participle after the thing ("need the records deleted"): what is to be done to it, not part of its name. */
const DONE_TO_IT = /\s+(?:deleted|removed|signed|done|fixed|sorted|approved|cancell?ed|updated|changed|sent|returned|shipped|installed|repaired|replaced|checked|reviewed|completed|finished|printed|scanned|uploaded|collected|wiped|archived|exported)$/i;

/** Named as one: "a shipping tag"; not "a few samples", "a dozen photos", "a couple of brochures". */
const ONE_THING = /^(?:a|an|one)\s(?!(?:few|couple|dozen|handful|number|lot|bunch|pair|set|batch|stack|pile)\b)(?![^,.;]*\bof\b)/i;
/**
 * The last thing named in `text`; for "them"/"those" (`plural`), not one named as one ("a shipping tag"): "post them back"
 * after "I'll mail over a shipping tag" posts what was talked of before it.
 */
export function lastThing(text: string, plural = false): string | null {
  const found = lastThingSaid(text, plural ? (said) => !ONE_THING.test(said.trim()) : () => true);
  return found && found.split(/\s+/).length > 2 ? found.replace(DONE_TO_IT, '') : found;
}

function lastThingSaid(text: string, fits: (said: string) => boolean): string | null {
  let last: { at: number; thing: string } | null = null;
  for (const m of text.matchAll(HANDED_OBJECT)) {
    // Whom it goes to, said before it, is a name ("send Omar the sheet"): "there's usually a fee" hands nothing over.
    if (m.groups!.to && !/^\p{Lu}/u.test(m.groups!.to)) continue;
    // "Omar's phone number" and "last year's invoice" keep their owner; "your deck" is "the deck".
    const said = m.groups!.thing!;
    const owned = /^(?:[A-Z][\w-]*|(?:last|this|next)\s+\w+)['’]s\s/.test(said);
    const np = said.replace(/^(?:the|your|our|my|their|a|an|some|a couple of)\s+/i, '').replace(/\s+(?:of|for|to|with|from|on|in)$/i, '');
    // Not a thing to hand over: one had on a day, an event ("we have a board review on Monday"), or what one makes ("the case").
    // "…because the older vans need a different harness": a reason given, not the thing asked for.
    const aReason = /^need/i.test(m[0]) && /\b(?:because|since|['’]cause)\b[^.,;:?!]*$/i.test(text.slice(0, m.index));
    const notHandedOver = aReason || (/^(?:have|has|got|there)/i.test(m[0]) && ON_A_DAY.test(text.slice(m.index + m[0].length))) || (/^make/i.test(m[0]) && MADE_NOT_A_THING.test(np)) || (/^ma(?:ke|de)/i.test(m[0]) && MADE_TO.test(text.slice(m.index + m[0].length)));
    if (!NOT_A_THING.test(np.replace(/^\S+\s/, owned ? '' : '$&')) && !PEOPLE_OR_EVENT.test(np) && !notHandedOver && fits(said)) last = { at: m.index, thing: owned ? np : `the ${np}` };
  }
  for (const m of text.matchAll(BARE_MADE)) {
    if (!NOT_A_THING.test(m[1]!) && (!last || m.index > last.at)) last = { at: m.index, thing: `the ${m[1]!.replace(/\s+(?:the|our|your|their)\s+/i, (w) => (/^\s+the\s+$/i.test(w) ? w : ' the '))}` };
  }
  for (const m of text.matchAll(STILL_THERE)) {
    const np = m[1]!.replace(/^(?:the|your|our|their)\s+/i, '');
    // Said to be ready or done, it is a thing only when it is one handed over ("the order form", not "the migration").
    const ready = !/\bstill$/i.test(m[0]);
    if (ready && !HANDED_OVER_HEAD.test(np)) continue;
    if (!NOT_A_THING.test(np) && !PEOPLE_OR_EVENT.test(np) && (!last || m.index > last.at)) last = { at: m.index, thing: `the ${np}` };
  }
  for (const m of text.matchAll(TOPIC_NP)) {
    // "the lease's almost done": the thing is what comes before what is said of it.
    const np = m[1]!.replace(/^(?:the|your|our)\s+/i, '').replace(SAID_OF_IT, '');
    if (!NOT_A_THING.test(np) && !PEOPLE_OR_EVENT.test(np) && !SUPERLATIVE.test(np) && fits(m[1]!) && (!last || m.index > last.at)) last = { at: m.index, thing: `the ${np}` };
  }
  return last?.thing ?? lastDeliverable(text, fits);
}

export function mentionsDeliverable(text: string): boolean {
  return new RegExp(`\\b(?:${DELIVERABLES})\\b`, 'i').test(text);
}

/** "send it" → object is a bare pronoun. */
const PARTICLE = '(?:over|around|round|together|off|up|out|in|through)';
const PRONOUN_OBJECT = new RegExp(`^(\\S+(?:\\s+${PARTICLE})?\\s+)(?:it|that|this|them|those|these|'em(?=\\s|$))(?:\\b|(?<='em))`, 'i');

export function pronounObject(phrase: string): boolean {
  return PRONOUN_OBJECT.test(phrase);
}

/** "send you what they noted", "forward whatever we have": the thing is only pointed at, by what someone did with it. */
const WHAT_OBJECT = /^\S+(?:\s+over)?(?:\s+(?:you|me|us))?\s+(?:what|whatever)\s+(?:i|we|you|they|he|she|the\s+\w+)\b/i;

/** The thing handed over is not named in the phrase: a pronoun, or "what they wrote". */
export function objectOnlyPointedAt(phrase: string): boolean {
  return PRONOUN_OBJECT.test(phrase) || WHAT_OBJECT.test(phrase);
}

export function replacePronounObject(phrase: string, noun: string): string {
  return phrase.replace(PRONOUN_OBJECT, `$1${noun}`);
}

/** After a pronoun that is the whole object: the end, a stop, or a word that starts what comes next ("set it up for Friday"). */
const OBJECT_ENDS = String.raw`(?=\s*$|\s*[,.;:!?—–]|\s+(?:to|for|with|by|on|in|at|before|after|from|until|till|today|tonight|tomorrow|this|next|and|or|so|when|once|first|now|later|again|too|as|properly|myself|ourselves)\b)`;
/** "turn around it" when "it" found nothing to stand for: back to "turn it around". */
export function splitParticle(phrase: string): string {
  // "set up that exact chain": "that" points at the chain, it is not the object on its own.
  return phrase.replace(new RegExp(`^(\\w+)\\s+(${PARTICLE})\\s+(it|that|this|them|those|these)\\b${OBJECT_ENDS}`, 'i'), (all, v: string, p: string, o: string) => (p.toLowerCase() === 'over' ? all : `${v} ${o} ${p}`));
}

/** When, right after "send you": "tomorrow", "this afternoon"; not "this proposal", "next quarter's plan", "Friday's agenda". */
const WHEN_NEXT = String.raw`(?:today|tonight|tomorrow|${WEEKDAYS.join('|')}|(?:this|next)\s+(?:week|month|morning|afternoon|evening|weekend|${WEEKDAYS.join('|')}))\b(?!['’])`;
/** "I send you tomorrow", "he sends you on Monday": the thing goes unsaid, as "it". */
export const UNSAID_PRESENT = new RegExp(String.raw`^(\S+\s+(?:you|me|us))(?=\s+(?:${WHEN_NEXT}|(?:on|by|before|later)\b))`, 'i');
/** "I'll send you tomorrow", "we will send you until Friday", "I'll forward you.": the same in a promise. */
export const UNSAID_PROMISED = new RegExp(String.raw`^((?:send|forward|mail)\s+(?:you|me|us))(?=\s+(?:${WHEN_NEXT}|(?:by|before|later|until|till)\b)|\s*[.!]?\s*$)`, 'i');

/**
 * Two capitals standing alone ("the PO", "HR"): an acronym, a word that names a thing however short it is. Not a time of
 * day or its zone ("9 AM", "3 PM ET"), nor "OK": they name nothing a task is about.
 */
const ACRONYM = /(?<![\p{L}'’])(?!(?:AM|PM|OK|ET|PT|CT|MT)(?![\p{L}'’]))\p{Lu}{2}(?![\p{L}'’])/gu;
/** The acronyms of `text`, lower-cased as normalizeText leaves them. */
export const acronymsOf = (text: string) => new Set((text.match(ACRONYM) ?? []).map((a) => a.toLowerCase()));
/** A word long enough to say what a task is about: more than two letters, or one of the text's acronyms. */
export const namesAThing = (word: string, acronyms: ReadonlySet<string>) => word.length > 2 || acronyms.has(word);

/** Verbs a thing is the subject of ("the file goes…", "the board needs…"): a sentence, not a thing named again. */
const SAYS_WHAT_HAPPENS = /\b(?:goes|go|comes|come|needs|takes|gets|makes|means|looks|sounds|works|says|wants|arrives|leaves|lands|starts|ends|expires|closes|opens)\b/i;
/** Words said alone after a promise that name no thing: "My fault.", "The quicker the better.", "The usual way." */
const NAMES_NO_THING = /^(?:my\s+(?:bad|mistake|fault|error|apologies|pleasure)|the\s+\p{L}+er\s+the\s+\p{L}+er|(?:the\s+)?(?:usual|same|normal)(?:\s+(?:way|thing|place|time|drill|as\s+\S+))?|.*\bway)$/iu;
/**
 * "I'll send you both tomorrow. The floor plan and the badge list.": a bare noun phrase said right after a
 * promise, in the same turn, names what "it" / "both" was.
 */
export function afterthought(sentences: readonly Sentence[], i: number): string | null {
  const next = sentences[i + 1];
  if (!next || next.segmentIndex !== sentences[i]!.segmentIndex || next.addressedToSystem) return null;
  const m = /^(?:(?:so|yes|yeah|i mean),?\s+)?((?:(?:the|your|our|my|their)\s+)?[\p{L}'’ -]{2,80}?)(?:,?\s+both)?[.!]?$/iu.exec(next.text.trim());
  if (!m || m[1]!.split(/\s+/).length > 12 || /\b(?:is|are|was|were|will|'ll|can|do|does|did|has|have|it|that|this)\b/i.test(m[1]!) || NAMES_NO_THING.test(m[1]!)) return null;
  // "The file goes to the director on Monday.": a sentence of its own, with a verb or a day, says what happens next.
  if (SAYS_WHAT_HAPPENS.test(m[1]!) || pickDuePhrase(m[1]!)) return null;
  let np = m[1]!;
  if (!/^(?:the|your|our|my|their)\s/i.test(np)) {
    // "Floor plan and the site photos.": with no "the", only when it names again what was just asked for.
    const head = np.split(/\s+/).slice(0, 2).join(' ').toLowerCase();
    const asked = sentences.slice(Math.max(0, i - 3), i).map((t) => t.text.toLowerCase()).join(' ');
    if (np.split(/\s+/).length < 2 || !asked.includes(head)) return null;
    np = `the ${np.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`;
  }
  return np.replace(/^(?:your|their)\b/i, 'the').replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase());
}
