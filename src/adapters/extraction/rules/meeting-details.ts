import { MONTH_NAMES, WEEKDAYS } from '../../../domain/dates/calendar.ts';
import { isName, TITLE } from './third-party.ts';

/**
 * What an agreed meeting is about and who joins it, from the words that arranged it (read by meetings.ts): its subject
 * ("the fleet demo", "a demo of the route planner", what a demo offered shows), the people named with it or asked to
 * join it, and the task it becomes ("Hold the fleet demo with Oskar and Lin").
 */

/** Meetings that show the product: the deal's presentation stage. */
export const PITCH = 'demo|demonstration|presentation|walkthrough|walk-through|product tour|deep dive';
/** Words that name a day: a weekday, "tomorrow", an ordinal. */
export const NAMES_A_DAY = new RegExp(`\\b(?:${WEEKDAYS.join('|')}|tomorrow)\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|twenty[- ]\\w+|thirtieth|thirty[- ]first)\\b`, 'i');
/** Words before a meeting's name that say nothing of what it is about ("a proper demo", "a quick call"). */
const EMPTY_MODIFIER = /^(?:proper|quick|short|brief|full|live|real|formal|first|next|new|little|big|good|actual|whole|final|half-hour|hour-long|another|follow-up|this|that|the)$/i;
/** Articles, pronouns and prepositions: a word of these between an article and a meeting's name starts a new phrase. */
const SMALL_WORD = /^(?:a|an|the|your|our|their|my|his|her|its|you|me|us|them|him|to|for|of|with|on|at|in|and|or|is|are|was|be)$/i;
/** A name said in passing: capitalised, not a day or a month, not a word that starts a sentence anyway. */
const NAME = new RegExp(`^${TITLE}[A-Z]\\p{Ll}+(?:['’-]\\p{L}+)?$`, 'u');
/** Not a name: a day or a month ("May" excepted: a name as often as a month), "I", "okay". */
const NOT_A_NAME = new RegExp(`^(?:${[...WEEKDAYS, ...MONTH_NAMES.filter((m) => m !== 'may'), 'i', 'ok', 'okay'].join('|')})$`, 'i');
/** A month's name. */
export const MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'i');
const PERSON_PRONOUN = /^(?:you|me|us|him|her|them|myself|yourself)$/i;
/** A title alone ("Dr.", "Mrs"): with the name after it, a person; by itself, nobody. */
const TITLE_WORD = /^(?:Dr|Mr|Mrs|Ms|Prof)\.?$/;

/**
 * What a meeting is about and who joins it, from the sentences that arranged it: a subject said with its
 * name ("the fleet demo", "a demo of the route planner") and the people named after "with"
 * ("with you, Oskar and Lin"). Pronouns and generic words ("a proper demo") are left out.
 */
export function meetingDetails(noun: string, said: readonly string[]): { about: string | null; people: string[] } {
  let about: string | null = null;
  const people: string[] = [];
  const escaped = noun.replace(/[-\s]+/g, '[-\\s]*');
  for (const text of said) {
    // "the fleet demo", "an advanced deep dive": up to two words between the article and the name.
    const before = new RegExp(`\\b(?:the|a|an|our|your|their)\\s+((?:[\\p{Ll}-]+\\s+){1,2})${escaped}\\b`, 'iu').exec(text);
    // "give your team a demo": only the words after the last small word describe the meeting.
    const raw = before?.[1]!.trim().split(/\s+/) ?? [];
    const words = raw.slice(raw.findLastIndex((w) => SMALL_WORD.test(w)) + 1).filter((w) => !EMPTY_MODIFIER.test(w));
    // "a demo of the route planner", "a walkthrough of the new kiosk": what it shows.
    const of = new RegExp(`\\b${escaped}\\s+of\\s+((?:the|your|our|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]+)(?=\\s*[,.;:?!—–]|\\s+(?:with|for|next|on|at|this|in|so|then|once|after|before|to|help|helps|work|works|be|is|make|makes|suit|suits|sound|sounds|would|could)\\b|$)`, 'iu').exec(text);
    if (!about && of && !NAMES_A_DAY.test(of[1]!) && !MONTH.test(of[1]!)) about = `of ${of[1]!.replace(/^(?:your|our|their)\s+/i, 'the ')}`;
    if (!about && words.length) about = words.join(' ');
    // "with you, Oskar, and Lin, and me": the names in the list that follows "with".
    // A title's full stop ("with Dr. Okafor") neither ends the list nor stands for a name of its own.
    for (const m of text.matchAll(/\bwith\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s|[^.;:?!—–])+)/gu)) {
      for (const part of m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
        const [first, ...after] = part.trim().split(/\s+/);
        const titled = first && TITLE_WORD.test(first) && after.length > 0;
        const word = titled ? `${first} ${after[0]}` : first;
        const rest = titled ? after.slice(1) : after;
        if (!word || PERSON_PRONOUN.test(word)) continue;
        // "with Tom's team": a possessive names a group, not a person who joins.
        if (!NAME.test(word) || NOT_A_NAME.test(word) || /['’]s$/.test(word) || TITLE_WORD.test(word)) break;
        if (!people.includes(word)) people.push(word);
        // "with Oskar to see it": the list ends at the first name followed by other words.
        if (rest.length) break;
      }
    }
  }
  return { about, people };
}

const JOINER_NAMES = String.raw`((?:(?:Dr|Mr|Mrs|Ms|Doctor)\.?\s+)?\p{Lu}\p{Ll}+(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:Dr|Mr|Mrs|Ms|Doctor)\.?\s+)?\p{Lu}\p{Ll}+)*)`;
/** A comma before another capitalised word goes on with the list ("invite Ana, Leo and Bea to the folder"): not its end. */
const LIST_END = String.raw`\s*,(?!\s*(?:and\s+)?\p{Lu})|\s*[.;?!]|\s*$`;
/** "With Sam, ideally", "bring Ana and Leo", "get Dr. Ruiz along", "could Mirela join us", "ask Mirela to join". */
const ASKED_TO_JOIN = [
  // Said alone or with a word of how much it matters: "With Sam, ideally?"; not "With Sam away, …", "With Sam's team…", "With Salesforce, we…".
  new RegExp(String.raw`(?:^|[.?!]\s+)With\s+${JOINER_NAMES}(?=\s*[.?!]|\s*$|,?\s+(?:ideally|if possible|too|as well|hopefully|please|present|there|joining)\b)`, 'gu'),
  new RegExp(String.raw`\b(?:[Bb]ring|brings|bringing|[Ii]nvite|invites|inviting)\s+${JOINER_NAMES}(?=\s+along\b|${LIST_END}|\s+(?:too|as well|in|with)\b)`, 'gu'),
  new RegExp(String.raw`\b[Gg]et\s+${JOINER_NAMES}\s+along\b`, 'gu'),
  new RegExp(String.raw`\b(?:[Aa]sk|asks|[Ww]ould|[Cc]ould|[Ww]ill|[Cc]an)\s+${JOINER_NAMES}\s+(?:to\s+join|be able to join|join)\b`, 'gu'),
];
export function peopleAskedToJoin(text: string): string[] {
  const people: string[] = [];
  for (const re of ASKED_TO_JOIN) {
    for (const m of text.matchAll(re)) {
      for (const name of m[1]!.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)) {
        const word = name.replace(/^Doctor\s+/, 'Dr. ').trim();
        if (NAME.test(word) && !NOT_A_NAME.test(word) && isName(word.replace(/^(?:Dr|Mr|Mrs|Ms)\.?\s+/, '')) && !people.includes(word)) people.push(word);
      }
    }
  }
  return people;
}

/**
 * "show you the planner and the reports", "show you both how the rota works": what a demo offered that way shows, up to
 * a comma, a word that says how or when ("properly", "live", "with your data", "next week"), or an "and" that goes on to
 * something done rather than another thing shown ("show you the map and walk through…").
 */
const SHOWS = /\b(?:(?:show|showed|showing)\s+(?:(?:you|you both|you all|you guys|everyone|the team|your team|them)\s+)?|(?:walk|take)\s+(?:(?:you|you both|you all|you guys|everyone|the team|your team|them)\s+)?through\s+)((?:the|your|our|how)\s+[^,.;:?!—–]+?)(?=\s*[,.;:?!—–]|\s+(?:properly|live|in action|with|on|at|for|next|this|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|so|rather|instead|before|after|when|if)\b|\s+and\s+(?!(?:the|your|our|how|its|their)\b)|$)/i;
/** "show our CFO the numbers": whom it is shown to, before what is shown. */
const SHOWN_TO = /^(?:the|your|our)\s+(?:(?!and\b)[\p{L}'’-]+\s+){1,2}?(?=(?:the|your|our|how)\s)/iu;
/** "show the pair of you a walkthrough": people, or the demo itself, are not what it shows. */
const NOT_SHOWN = new RegExp(String.raw`\bof\s+(?:you|us|them)\b|\b(?:${PITCH})\b`, 'i');
export function whatItShows(said: readonly string[]): string | null {
  for (const text of said) {
    const what = SHOWS.exec(text)?.[1]!.replace(SHOWN_TO, '');
    // "show you how that works" says nothing of what.
    if (what && !NOT_SHOWN.test(what) && !/^how\s+(?:that|it|this|they|those)\b/i.test(what) && what.split(/\s+/).length <= 10) return `of ${what.replace(/^(?:your|our)\s+/i, 'the ')}`;
  }
  return null;
}

/** The task a meeting is: "Hold the fleet demo with Oskar and Lin". */
export function meetingTask(m: { noun: string; about: string | null; people: readonly string[] }): string {
  const what = m.about && !m.about.startsWith('of ') ? `${m.about} ${m.noun}` : m.noun;
  const of = m.about?.startsWith('of ') ? ` ${m.about}` : '';
  const who = m.people.length ? ` with ${m.people.length > 1 ? `${m.people.slice(0, -1).join(', ')} and ${m.people[m.people.length - 1]}` : m.people[0]}` : '';
  return `Hold the ${what}${of}${who}`;
}
