import { callLocalDate, findDatePhrases } from '../../../domain/dates.ts';
import { addDays, CALENDAR_WORDS, day, mondayOf, WEEKDAYS, type Day } from '../../../domain/dates/calendar.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addEvidence, mergeActionDrafts, type ActionDraft } from './merge-items.ts';
import { isWithdrawn, takenBackByNext } from './commitment-guards.ts';
import { nextInTurn, previousTurn } from './dialogue-turns.ts';
import { meetingDetails, meetingTask, MONTH, NAMES_A_DAY, peopleAskedToJoin, PITCH, whatItShows } from './meeting-details.ts';
import { otherRole, quoteAround, wordCount, type Sentence } from './sentences.ts';

/**
 * Meetings agreed in the call (a demo, a kickoff, a check-in call), each with the day it was finally
 * set for. A meeting is talked about for a few turns ("shall we set up a walkthrough?" — "how about next
 * Tuesday?" — "Tuesday's a holiday, Wednesday then?" — "Wednesday works"); the last day named while
 * it is the topic wins, and a bare weekday means that day of the week under discussion. It counts as
 * agreed when both sides named its day, or one side stated it ("the demo is on Thursday the 11th").
 */

/** A board's or a committee's own presentation is theirs to hold, not one arranged with the seller; a demo for the board is still one. */
const THEIR_OWN = String.raw`(?!(?<=\b(?:board|committee|budget|leadership|management|all-hands|investor)\s)presentation\b)`;
/** A meeting already held ("we did the demo", "it was in the demo", "the recording of the demo"): talk about it arranges nothing. */
const HELD = String.raw`(?<!\b(?:did|had|saw|watched|attended|ran|gave)\s+(?:the|a|an|our|your|that)\s+(?:[\w-]+\s+)?)(?<!\b(?:was|were)\s+in\s+the\s+)(?<!\b(?:recording|video|slides|deck|notes|copy)\s+(?:of|from)\s+the\s+)`;
/** The meeting's name as a word for a thing ("the demo data", "a demo unit", "our demo set"): no meeting. */
const AS_A_THING = String.raw`(?!\s+(?:data|deck|account|accounts|video|recording|environment|login|logins|version|units?|tenant|mode|slides?|link|copy|sets?|kits?|stock|equipment|models?|panels?|samples?|tablets?|devices?|machines?|hardware|sandbox|instance|script|displays?|screens?|loaners?|sensors?|scanners?|printers?|vehicles?|trucks?|vans?)\b)`;
const MEETING_RE = new RegExp(
  `\\b${THEIR_OWN}${HELD}(${PITCH}|(?:site|on-?site) (?:visit|walk|tour)|kick-?off(?:\\s+(?:call|meeting|session))?|check-?in(?:\\s+(?:call|meeting))|(?:planning|review|onboarding|training|strategy|scoping|follow-?up|feedback|reference|discovery|design|handover)\\s+(?:call|session|workshop)|(?<=\\b(?:a|another|one|quick|short)\\s+(?:(?:quick|short|brief|half-hour|half an hour)\\s+)?)call(?!\\s+from\\b)|(?:quarterly|annual|monthly|business|account)\\s+review|regroup)\\b${AS_A_THING}`,
  'i',
);
/** Turns since the topic or its last day was mentioned, after which a day is about something else. */
const TOPIC_REACH = 2;
/**
 * Talk of when, or a yes to meeting, while a meeting is being arranged. Only words about someone's time: "how's the
 * migration handled?" or "is support available on weekends?" is about something else.
 */
const SCHEDULING_TALK =
  /\b(?:next week|this week|what day|which day|what time|(?:how's|how is|how about|what about)\s+(?:next|this|later|early|mornings?|afternoons?)|works for (?:you|me|us|everyone|both)|suits? (?:you|me|us|everyone|both)|(?:are|would|will) you (?:be )?(?:free|available)|(?:you're|you are|i'm|i am|we're|we are) (?:free|available)(?! of)|let's do (?:that|it)|sounds good)\b/i;
/** Someone doing something else on a day ("Kelvin's team whitelists the domain tomorrow"), or an apology for one past. */
const NAMED_DOES = /\b(\p{Lu}\p{Ll}+)(?:['’]s\s+\p{Ll}+)?\s+(?!(?:is|was|does|has|works|suits|says|thinks|this|yes|us|plus)\b)\p{Ll}+s\b/gu;
/** Words a yes opens on ("Okay thanks, Tuesday then", "Great sounds good"): no one doing anything. */
const REPLY_WORD = /^(?:Okay|Ok|Yes|Yeah|Great|Perfect|Fine|Good|Sure|Right|Well|Cool|Lovely|Brilliant|Excellent|Wonderful|Fantastic|Awesome|Super|Nice|Grand|Alright|Absolutely|Definitely|Exactly|Thanks|Cheers|Oh|So|And|Then)$/;
const someoneElseDoes = (text: string) => /\bsorry about\b/.test(text) || [...text.matchAll(NAMED_DOES)].some((m) => !REPLY_WORD.test(m[1]!));
/** An invite is about the meeting being arranged; a promise about anything else changes the subject. */
const INVITE = /\b(?:invite|invitation|calendar)\b/i;
const OTHER_TASK = /\b(?:i'll|i will|i can|we'll|we can|can you|could you|i'm going to|let me)\s+(?:\w+\s+)?(?:send|email|forward|share|get|give|put|prepare|draft|check|ask|pull|dig)\b/i;
/** A day that is a deadline or today is not when a meeting is ("by Friday", "this afternoon"). */
const NOT_A_MEETING_DAY = /^(?:no later than|by|before|until|till|today|tonight|this (?:morning|afternoon|evening)|end of|eod)\b/i;
const BARE_WEEKDAY = new RegExp(`^(?:(?:on|for|at|this)\\s+)*(${WEEKDAYS.join('|')})\\b(?!,?\\s+(?:the\\s+)?[\\w-]*(?:\\d|st|nd|rd|th)\\b)`, 'i');
/** One side settling the day alone: "the demo moves to Thursday", "we'll run the kickoff then", or summing up what was agreed ("so the review is Friday"), naming the meeting (not "so the invoice is due Friday"). */
const STATED = new RegExp(String.raw`\bso,?\s+(?:the|our)\s+(?:[\w-]+\s+)?(?:${PITCH}|meeting|call|session|workshop|visit|kick-?off|check-?in|review|regroup)(?:\s+is|['’]s|\s+will be)\b|\b(?:book(?:ed)?|schedul(?:e|ed)|set up|moves? to|moved to|lock(?:ed)? in|confirm(?:ed)?|(?:we|i)(?:'ll| will) (?:run|do|hold)|let's (?:do|book|schedule|set up))\b`, 'i');
/** What may stand between a meeting and its day in one sentence ("the walkthrough shifts to Friday", "the onboarding session, does Tuesday suit"). */
const NEAR_AFTER = /^[\s,]*(?:(?:is|'s|moves?|moved|will be|now|then|set|booked|scheduled|confirmed|stays|to|call|meeting|how's|how is|how about|what about)[\s,]+)*$/i;
const NEAR_BEFORE = /^[\s,]*(?:for|with)?\s*(?:the|a|an|our|your)?\s*$/i;
/** Sending or delivering something: a day said with it is not the meeting's. */
const HANDING_OVER = /\b(?:ships?|shipped|sends?|sent|delivers?|delivered|e-?mails?|forwards?|returns?|signs?)\b/i;
/** A short turn about days ("Next Thursday works.") belongs to the meeting being arranged; a long one may be a recap of many things. */
const SHORT = 14;
/** A turn of a day and a time alone ("Thursday? At nine?") reaches further back to the meeting talked of. */
const DAY_ONLY_WORDS = 8;
const DAY_ONLY_REACH = 4;
/** A day offered as a slot names its weekday ("Thursday the 19th?"); a bare date or ordinal may be any date talked of ("the 14th?", "first?"). */
const SLOT_DAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|tomorrow)\\b`, 'i');

/** The meeting a phrase names ("a quick review call on Wednesday week" → "review call"), or null. */
export function meetingNoun(text: string): string | null {
  return MEETING_RE.exec(text)?.[1]?.toLowerCase() ?? null;
}

export interface Meeting {
  /** "demo", "kickoff call": the words it was called by. */
  noun: string;
  /** Whether it is a demo or presentation of the product (the deal's presentation stage). */
  pitch: boolean;
  date: string;
  /** Where it was first raised, and where its day was last set. */
  raised: Sentence;
  set: Sentence;
  /** What it is about and who joins, as said while it was arranged: "of the route planner", "with Oskar". */
  about: string | null;
  people: string[];
  /** Where someone was asked to join it ("With Sam, ideally."), to quote with it. */
  askedToJoin?: Sentence[];
  /** Where what it shows was said with its day ("…on Tuesday I'll walk you through the reports"), to quote with it. */
  shows?: Sentence;
}

/** The most words of a sentence asking someone to join that is quoted with the meeting. */
const JOIN_QUOTE_WORDS = 14;
const keyOf = (noun: string) => normalizeText(noun).split(' ')[0]!.replace(/^kick$/, 'kickoff').replace(/^check$/, 'checkin');
const iso = (d: Day) => d.toISOString().slice(0, 10);

function callDay(ctx: CommitmentContext): Day | null {
  const local = callLocalDate(ctx.startedAt, ctx.timezone);
  if (!local) return null;
  const [y, m, d] = local.split('-').map(Number) as [number, number, number];
  return day(y, m - 1, d);
}

interface Topic {
  noun: string;
  raised: Sentence;
  lastSeen: number;
  date: Day | null;
  set: Sentence | null;
  roles: Set<string>;
  stated: boolean;
  /** The last sentence that named it, and every one that did. */
  named: Sentence;
  mentions: Sentence[];
}

/** Words before a meeting's name that say it will not happen: "no site visit then", "we don't need a demo", "skip the call". */
const DECLINED = /\b(?:no|skip(?:\s+the)?|(?:don['’]t|do\s+not|won['’]t)\s+need\s+(?:a|an|the|another)|no\s+need\s+for\s+(?:a|an|the|another))\s+(?:[\w-]+\s+)?$/i;

export function findMeetings(sentences: readonly Sentence[], ctx: CommitmentContext): Meeting[] {
  const today = callDay(ctx);
  if (!today) return [];
  const topics = new Map<string, Topic>();
  let current: Topic | null = null;
  sentences.forEach((s, i) => {
    if (s.addressedToSystem) return;
    const named = MEETING_RE.exec(s.text);
    // "To make the workshop worth it, can you share last year's volumes?": a task that mentions a meeting whose day is set does not reopen it.
    const mentionedInTask = named && OTHER_TASK.test(s.text) && !INVITE.test(s.text) && topics.get(keyOf(named[1]!))?.date;
    if (mentionedInTask) {
      current = null;
    } else if (named && DECLINED.test(s.text.slice(0, named.index))) {
      // "No site visit then.", "we don't need a demo": the meeting talked about is not held; a day said after is for something else.
      if (!topics.get(keyOf(named[1]!))?.date) topics.delete(keyOf(named[1]!));
      current = null;
      return;
    } else if (named && !topics.has(keyOf(named[1]!)) && PAST_MEETING.test(s.text) && !NAMES_A_DAY.test(s.text)) {
      // "He wasn't in the demo": a meeting told of as over opens no new one to arrange.
      current = null;
    } else if (named && SOMEONE_ELSES.test(s.text.slice(0, named.index))) {
      // "Orla's quarterly review is Tuesday", "he's at a site visit": another's engagement, a reason a day is taken; the
      // meeting being arranged, if any, goes on being arranged, and takes no day from it.
      return;
    } else if (named) {
      const key = keyOf(named[1]!);
      const known = topics.get(key);
      current = known ?? { noun: named[1]!.toLowerCase(), raised: s, lastSeen: i, date: null, set: null, roles: new Set(), stated: false, named: s, mentions: [] };
      current.named = s;
      current.mentions.push(s);
      if (named[1]!.length > current.noun.length) current.noun = named[1]!.toLowerCase();
      current.lastSeen = s.segmentIndex;
      topics.set(key, current);
    } else if (current && (INVITE.test(s.text) || (SCHEDULING_TALK.test(s.text) && wordCount(s.text) <= SHORT && s.segmentIndex - current.lastSeen <= TOPIC_REACH))) {
      // "How's next week?", "Yes, let's do that.": still arranging it.
      current.lastSeen = s.segmentIndex;
    } else if (OTHER_TASK.test(s.text)) {
      current = null;
    }
    const topic: Topic | null = current;
    // "Next Tuesday? Ten-thirty?" asked on its own a few turns on, before any day was set, with nothing else arranged between:
    // still that meeting.
    const proposesADay = topic !== null && !topic.date && wordCount(s.text) <= DAY_ONLY_WORDS && SLOT_DAY.test(s.text) && /\?/.test(s.text);
    const reach = proposesADay ? DAY_ONLY_REACH : TOPIC_REACH;
    if (!topic || s.segmentIndex - topic.lastSeen > reach) return;
    for (const p of findDatePhrases(s.text)) {
      const words = s.text.slice(p.start, p.end);
      if (NOT_A_MEETING_DAY.test(words) || !NAMES_A_DAY.test(words) || /\b(?:week of|through|thru|until|till|a|every|any|each)\s*$/i.test(s.text.slice(0, p.start))) continue;
      if (named) {
        const after = s.text.slice(named.index + named[0].length, p.start);
        const before = s.text.slice(p.end, named.index);
        if (!(p.start >= named.index && NEAR_AFTER.test(after)) && !(p.end <= named.index && NEAR_BEFORE.test(before))) continue;
      } else if (wordCount(s.text) > SHORT || (s.text.trim().endsWith('?') && wordCount(s.text) > 8) || HANDING_OVER.test(s.text) || someoneElseDoes(s.text)) {
        // …or a day for something else handed over ("the spare parts ship tomorrow").
        // A recap of many things, or a question about the meeting ("will anyone else join on the 22nd?").
        continue;
      }
      let date = p.resolve(today);
      const bare = BARE_WEEKDAY.exec(words);
      if (bare && topic.date) date = addDays(mondayOf(topic.date), (WEEKDAYS.indexOf(bare[1]!.toLowerCase()) + 6) % 7);
      // "Ten on the sixteenth." after "the sixteenth of February": the day said again, in the month already set.
      if (date && topic.date && !MONTH.test(words) && date.getUTCDate() === topic.date.getUTCDate()) date = topic.date;
      if (!date || date < today) continue;
      // Quoted: where the meeting was proposed, i.e. last named before its day was first set.
      if (!topic.date) topic.raised = topic.named;
      topic.date = date;
      // A long recap restates the day among other things; quote the turn that settled it.
      if (!topic.set || wordCount(s.text) <= 20) topic.set = s;
      topic.lastSeen = s.segmentIndex;
      topic.roles.add(s.role);
      if (!s.text.trim().endsWith('?') && STATED.test(s.text)) topic.stated = true;
      // "Thursday works." — "Great, so the demo's Thursday.": the other side agreed to that day in the turn just before.
      if (saidInTurnBefore(sentences, i, date, today)) topic.roles.add(otherRole(s.role));
    }
  });
  return [...topics.values()]
    // Not one the speaker takes back straight after setting it ("…on the ninth. Hmm, let's hold off till the permit's in.").
    .filter((t) => t.date && t.set && (t.roles.size > 1 || t.stated) && !takenBackAfter(sentences, sentences.indexOf(t.set)))
    .map((t) => {
      // Said while it was arranged: one told of in the past is another meeting (one they sat through with another vendor).
      const said = [...t.mentions.filter((s) => !PAST_MEETING.test(s.text)), t.set!].filter((s) => !s.addressedToSystem).map((s) => s.text);
      const pitch = new RegExp(`^(?:${PITCH})$`, 'i').test(t.noun);
      const details = meetingDetails(t.noun, said);
      // "Could we do a demo? With Sam, ideally.", "you bring Dr. Ruiz": the people asked to join, said with it or just after.
      const near = [...t.mentions, t.set!].flatMap((s) => [s, sentences[sentences.indexOf(s) + 1]]).filter((s): s is Sentence => !!s && !s.addressedToSystem && !PAST_MEETING.test(s.text));
      const askedToJoin: Sentence[] = [];
      for (const s of near) {
        const named = peopleAskedToJoin(s.text).filter((who) => !details.people.includes(who));
        // Quoted with it when the sentence is about little else (not a run-through of who does what, "you'll send…, and you'll bring…").
        const oneStep = wordCount(s.text) <= JOIN_QUOTE_WORDS && (s.text.match(/['’]ll\b|\bwill\b/gi) ?? []).length <= 1;
        if (named.length && oneStep && !askedToJoin.includes(s)) askedToJoin.push(s);
        details.people.push(...named);
      }
      // A demo offered as showing something ("we could show you the planner" — "Sure, book one") is of that thing.
      if (pitch && !details.about) details.about = whatItShows(turnsAround(sentences, t.raised));
      // …or said later with its day, as a run-through of the next steps does ("…and on the Tuesday we go through the reports").
      // Said by the side that raised it, of this meeting (not "internally", not on another call).
      const shown = (s: Sentence) => s.role === t.raised.role && !/\binternally\b|\b(?:separate|another|other)\s+(?:call|meeting)\b/i.test(s.text) ? whatItShows([s.text]) : null;
      let shows: Sentence | undefined;
      for (const s of pitch && !details.about ? sentences.slice(sentences.indexOf(t.raised) + 1) : []) {
        const about = s.addressedToSystem ? null : shown(s);
        if (about === null || !findDatePhrases(s.text).some((p) => p.resolve(today)?.getTime() === t.date!.getTime())) continue;
        [shows, details.about] = [s, about];
        break;
      }
      return { noun: t.noun, pitch, date: iso(t.date!), raised: t.raised, set: t.set!, ...details, askedToJoin, shows };
    });
}

function takenBackAfter(sentences: readonly Sentence[], i: number): boolean {
  const next = nextInTurn(sentences, i);
  return takenBackByNext(next) || isWithdrawn(next);
}

/**
 * Just before a meeting's name: someone's own ("Orla's", not "when's", "that's" or "Friday's"), unless it is being
 * arranged ("book Lena's demo"); one someone is at ("she's at a site visit", not "look at a demo"); or the speaker's own.
 */
const SOMEONE_ELSES = new RegExp(
  String.raw`(?:(?<!\b(?:[Bb]ook|[Ss]et up|[Ss]chedule|[Aa]rrange|organi[sz]e|[Mm]ove|reschedule|confirm|lock in)\s+)\b(?!(?:When|What|Where|How|Who|Why|That|It|There|Here|Let|He|She|Today|Tomorrow|Everyone|Everything|${CALENDAR_WORDS})['’]s\b)\p{Lu}\p{Ll}+['’]s\s+(?:[\p{Ll}-]+\s+)?` +
    String.raw`|(?:['’](?:s|re)|\b(?:is|are|was|were|be|been))(?:\s+(?:away|out|off|busy|stuck))?\s+at\s+an?\s+(?:[\p{Ll}-]+\s+)?` +
    // "I've got the fire inspection on Tuesday": the speaker's own engagement.
    String.raw`|\bI(?:['’]ve\s+got|\s+have(?:\s+got)?)\s+(?:the|a|an|my|another)\s+(?:[\p{Ll}'’-]+\s+)?)$`,
  'u',
);
/** A meeting told of as over: "we had one last week", "the one they did for us". */
const PAST_MEETING = /\b(?:had|did|saw|sat through|went through|was|were|wasn't|weren't|missed|last (?:week|month|time|year)|ago|yesterday)\b/i;
/** The sentences of the turn that raised a meeting and of the turn before it. */
function turnsAround(sentences: readonly Sentence[], raised: Sentence): string[] {
  const i = sentences.indexOf(raised);
  return [...previousTurn(sentences, i), ...sentences.filter((s) => s.segmentIndex === raised.segmentIndex)].filter((s) => !s.addressedToSystem).map((s) => s.text);
}

/** Whether the other side's turn just before sentence `i` named the day `date`. */
function saidInTurnBefore(sentences: readonly Sentence[], i: number, date: Day, today: Day): boolean {
  if (sentences[i]!.role === 'unknown') return false;
  return previousTurn(sentences, i).some((t) =>
    findDatePhrases(t.text).some((p) => NAMES_A_DAY.test(t.text.slice(p.start, p.end)) && p.resolve(today)?.getTime() === date.getTime()),
  );
}

/** A sentence that moves on to something else: "Separately, …", "Oh, and the invoice…", "…, by the way". */
const ANOTHER_TOPIC = /^\W*(?:(?:oh|and|also|um|uh),?\s+)*(?:separately|also|unrelated|on another note|one more thing|another thing)\b|\bby the way\b/i;

/** The sentence that proposed the meeting, with the one before it in the same turn that leads into it. */
function proposal(sentences: readonly Sentence[], s: Sentence): string {
  const i = sentences.indexOf(s);
  const lead = sentences[i - 1];
  let text = lead && lead.segmentIndex === s.segmentIndex && !lead.addressedToSystem ? `${lead.text} ${s.text}` : s.text;
  if (wordCount(text) > 40) return quoteAround(s.text, 0);
  // What the meeting will be, said right after in the same turn ("Forty minutes; we'd cover the planner…").
  for (let k = i + 1; sentences[k]?.segmentIndex === s.segmentIndex && !sentences[k]!.addressedToSystem && !ANOTHER_TOPIC.test(sentences[k]!.text) && wordCount(`${text} ${sentences[k]!.text}`) <= 40; k++) text = `${text} ${sentences[k]!.text}`;
  return text;
}

/** A task that sends an invite. */
const INVITE_TASK = /^(?:send|e-?mail|forward)\b.*\binvit(?:e|ation)\b/i;
/** An invite sent to someone named: "Send Jonas the invite". */
const INVITED = /^(?:[Ss]end|[Ee]-?mail|[Ff]orward)\s+\p{Lu}\p{Ll}+\s+(?:the|an?)\s+(?:calendar\s+)?invit(?:e|ation)$/u;
/** Turns after a meeting's day was set in which "it" may still be that meeting. */
const JUST_SET = 4;
/** Turns over which a meeting stays what an invite "for that" is for. */
const TALKED_ABOUT = 8;

/** A task that already arranges the meeting ("Book the demo"): it takes the meeting's day. */
const ARRANGES = /^(?:book|schedule|reschedule|set up|arrange|lock in|pencil in|plan|move|push|hold|run|give|do|line up|call|ring|phone)\b/i;

/** Whether the task arranges the meeting itself ("book the demo"), not something in or for it ("set up the data in the demo"). */
function arrangesIt(text: string, key: string): boolean {
  const verb = ARRANGES.exec(text);
  if (!verb) return false;
  // "Call Ines" arranges the call; after the verb ("pencil in", "lock in"), a word like "in" starts what it is for.
  if (keyOf(verb[0]) === key) return true;
  // "book in the demo": "in" is the verb's.
  for (const w of normalizeText(text.slice(verb[0].length).replace(/^\s*in\b(?=\s+(?:the|a|an|our|your|their)\b)/i, '')).split(' ')) {
    if (keyOf(w) === key) return true;
    if (/^(?:in|into|during|for|before|after|at|ahead)$/.test(w)) return false;
  }
  return false;
}

/** "Have Bree …", "Get Dr. Osei to …": the colleague who does the task. */
const BY_A_COLLEAGUE = /^(?:[Hh]ave|[Gg]et)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:to\s+)?/u;
/** Whether a colleague holds the meeting itself ("Have Bree give a call…"), not something for it ("…set up laptops for the session"). */
function heldByColleague(text: string, key: string): boolean {
  const doing = text.replace(BY_A_COLLEAGUE, '');
  if (doing === text || !ARRANGES.test(doing)) return false;
  for (const w of normalizeText(doing).split(' ').slice(0, 5)) {
    if (keyOf(w) === key) return true;
    if (/^(?:for|of|with|to|at|on|before|after|about|and)$/.test(w)) return false;
  }
  return false;
}

/** A task whose purpose is to get a meeting booked ("phone you to arrange the fitting", "mail a link to schedule the kick-off"). */
const ARRANGES_BY_THE_WAY = /\bto (?:book|schedule|arrange|set up)\s+(.*)$/i;
/** Whether the thing booked is the meeting itself ("to book the install"), not something for it ("to book parking for the visit"). */
function booksByTheWay(text: string, key: string): boolean {
  const booked = ARRANGES_BY_THE_WAY.exec(text)?.[1];
  if (!booked) return false;
  for (const w of normalizeText(booked).split(' ').slice(0, 4)) {
    if (keyOf(w) === key) return true;
    if (/^(?:for|of|with|to|at|on|before|after|about|and)$/.test(w)) return false;
  }
  return false;
}

/** Each agreed meeting as an item of the rep's, due on its day, unless a task already arranges it. */
export function addMeetingItems(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  const meetings = findMeetings(sentences, ctx);
  // The meeting last set at or before sentence `at`, if within a few turns.
  const justSet = (at: number | undefined) =>
    at === undefined
      ? null
      : (meetings
          .filter((m) => m.set.segmentIndex <= sentences[at]!.segmentIndex && sentences[at]!.segmentIndex - m.set.segmentIndex <= JUST_SET)
          .sort((a, b) => b.set.segmentIndex - a.set.segmentIndex)[0] ?? null);
  // The meeting last named at or before sentence `at`, if within a few turns.
  const lastNamed = (at: number | undefined): string | null => {
    if (at === undefined) return null;
    for (let j = at; j >= 0 && sentences[at]!.segmentIndex - sentences[j]!.segmentIndex <= TALKED_ABOUT; j--) {
      const noun = sentences[j]!.addressedToSystem ? null : meetingNoun(sentences[j]!.text);
      if (noun) return noun;
    }
    return null;
  };
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    // "Get <colleague> on it" right after a meeting was set: on that meeting.
    if (/^Get\s+.+\s+on it$/.test(d.text)) {
      const m = justSet(d.at);
      if (m && d.owner !== 'rep') d.text = d.text.replace(/\bit$/, `the ${m.noun}`);
      else drafts.splice(i, 1);
      continue;
    }
    // The rep bringing a colleague along is part of holding the meeting, not a task of its own.
    if (meetings.length && d.owner === 'rep' && /^Bring\b/.test(d.text)) {
      drafts.splice(i, 1);
      continue;
    }
    // An invite "for that": for the meeting last talked about.
    const noun = /\binvit(?:e|ation)\s+for\s+(?:that|it|this)\b/i.test(d.text) ? lastNamed(d.at) : null;
    if (noun) d.text = d.text.replace(/\b(invit(?:e|ation)\s+for\s+)(?:that|it|this)\b/i, `$1the ${noun}`);
    // "I'll send the invite" with nothing more: the invite is for the meeting just talked about.
    const bareInvite = /^(?:send|e-?mail|forward)\s+(?:the|an?)\s+(?:calendar\s+)?invit(?:e|ation)$/i.test(d.text.trim()) ? lastNamed(d.at) : null;
    if (bareInvite) d.text = `${d.text.trim()} for the ${bareInvite}`;
  }
  // Two invites now named for the same meeting are one task; nothing else is merged again here.
  for (let j = drafts.length - 1; j > 0; j--) {
    if (!INVITE_TASK.test(drafts[j]!.text)) continue;
    const i = drafts.findIndex((e, k) => k < j && INVITE_TASK.test(e.text) && mergeActionDrafts([e, drafts[j]!]).length === 1);
    if (i < 0) continue;
    drafts[i] = mergeActionDrafts([drafts[i]!, drafts[j]!])[0]!;
    drafts.splice(j, 1);
  }
  for (const m of meetings) {
    const key = keyOf(m.noun);
    // "Have Priya email you to book the kick-off" arranges it too, by way of a colleague.
    // …or a colleague does ("Have Bree give you a call tomorrow").
    const arranging = drafts.find((d) => arrangesIt(d.text, key) || heldByColleague(d.text, key) || booksByTheWay(d.text, key));
    if (arranging) {
      arranging.dueDate = m.date;
      // Where the meeting was proposed says what it is for.
      addEvidence(arranging, { sentence: m.raised, quote: proposal(sentences, m.raised) });
      continue;
    }
    const evidence = [{ sentence: m.raised, quote: proposal(sentences, m.raised) }];
    if (m.set !== m.raised) evidence.push({ sentence: m.set, quote: quoteAround(m.set.text, 0) });
    if (m.shows && !evidence.some((e) => e.sentence === m.shows)) evidence.push({ sentence: m.shows, quote: quoteAround(m.shows.text, Math.max(0, m.shows.text.search(/\b(?:show|showed|showing|walk|take)\b/i))) });
    for (const s of m.askedToJoin ?? []) if (evidence.length < 3 && !evidence.some((e) => e.sentence === s)) evidence.push({ sentence: s, quote: quoteAround(s.text, 0) });
    // "I'll send Jonas the invite" right after it was set, with no day of its own: who is asked to it, part of holding it.
    const invite = drafts.findIndex((d) => d.owner === 'rep' && !d.dueDate && INVITED.test(d.text) && justSet(d.at) === m);
    if (invite >= 0) evidence.push(...drafts.splice(invite, 1)[0]!.evidence.slice(0, 3 - evidence.length));
    const at = sentences.indexOf(m.raised);
    const item: ActionDraft = { text: meetingTask(m), owner: 'rep', dueDate: m.date, evidence, kind: 'joint', at };
    const after = drafts.findIndex((d) => (d.at ?? 0) > at);
    drafts.splice(after < 0 ? drafts.length : after, 0, item);
  }
}
