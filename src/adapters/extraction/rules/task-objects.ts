import { WEEKDAYS } from '../../../domain/dates/calendar.ts';
import { joinParticle, leadingVerb, withoutDates } from './action-text.ts';
import { lastThing, pronounObject, replacePronounObject, splitParticle } from './task-things.ts';
import { lastNamedPerson, TITLE } from './third-party.ts';

/** Paper a customer signs, as named in a call; an e-signature envelope carries the contract. */
const PAPER = /\b(contract|agreement|order form|proposal|quote|paperwork|msa|sow|renewal|docusign|envelope)\b/gi;

const PAPER_WORD = new RegExp(PAPER.source, 'i');

/** "sign it": the deal paper named last before, if any ("the order form"). */
export function lastPaper(before: string): string | null {
  const all = [...before.matchAll(PAPER)];
  const word = all[all.length - 1]?.[1]?.toLowerCase();
  if (!word) return null;
  return `the ${word === 'docusign' || word === 'envelope' ? 'contract' : word}`;
}

/** A verb with its particle ("send over "), then whom it goes to, if said ("send you "). */
const VERB_HEAD = String.raw`\S+(?:\s+(?:over|out|back))?\s+`;
const RECIPIENT = String.raw`(?:(?:you|me|us|him|her|them)\s+)?`;

/** "send that list", "share those numbers": a thing named before, pointed at again. */
const DEMONSTRATIVE = new RegExp(String.raw`^(${VERB_HEAD})(?:that|this|those|these)\s+([\p{L}-]{3,})\b`, 'iu');

/** "have Ana …", "have Dr. Lund …", "ask Ana to …", "get her to …": a task handed to a colleague. */
const HAVE_SOMEONE = new RegExp(
  `^((?:have\\s+${TITLE}[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?|(?:ask|get)\\s+(?:${TITLE}[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}'’-]+)?|him|her)\\s+to(?!\\s+do\\b))\\s+)(?=\\w)`,
  'u',
);

/** Verbs that call off or move a meeting. */
const CALLS_OFF = /^(?:cancel|reschedule|postpone|call off)\b/i;
/** A meeting named with its determiner or its day ("the session with your instructors", "Thursday's demo"). */
const EVENT = new RegExp(
  `\\b(?:the|our|your|that|this|(?:${WEEKDAYS.join('|')})['’]s)\\s+(?:[\\w-]+\\s+){0,2}?(?:demo|session|meeting|call|training|workshop|visit|kick-?off|presentation|walkthrough|appointment|review)\\b(?:\\s+with\\s+(?:the|your|our)\\s+[\\w-]+)?`,
  'gi',
);
/** One told as a time ("after the last review", "on the call last week") or the call in progress: nothing to call off. */
const NOT_TO_CALL_OFF = /^(?:this call|(?:the|our|that)\s+last\b)/i;
const lastEvent = (text: string): string | null => {
  const found = [...text.matchAll(EVENT)]
    .filter((m) => !NOT_TO_CALL_OFF.test(m[0]) && !/\b(?:after|since|during|on|from|before)\s+$/i.test(text.slice(0, m.index)))
    .at(-1)?.[0];
  return found ? found.replace(/^(?:that|this)\b/i, 'the').replace(/^(\w+day)/, (d) => d.charAt(0).toUpperCase() + d.slice(1)) : null;
};

/** "send the rota", and nothing more but when: a thing named by its head noun alone. */
const BARE_THE = new RegExp(String.raw`^(${VERB_HEAD}${RECIPIENT})the\s+([\p{L}-]{3,})((?:\s+(?:today|tomorrow|tonight|(?:this|next|by|on|before|after|over|later)\b.*))?)\s*$`, 'iu');

/** A word before a head noun that describes it; an article, a pronoun, a preposition or "and" starts another phrase ("my manager and the sheet"). */
const MODIFIER = `(?!(?:a|an|the|and|or|to|for|of|with|from|in|on|at|by|your|our|their|my|his|her|its|you|me|us|them|him|it)\\s)[\\p{L}-]+`;

/** How the thing was named before ("a copy of the signed order form"), from its head noun. */
function namedBefore(noun: string, before: string): string | null {
  const re = new RegExp(`\\b(?:a|an|the|your|our|their|my)\\s+(?:${MODIFIER}\\s+){0,3}?${noun}(?:\\s+of\\s+(?:[\\p{L}'’-]+\\s+){0,5}?[\\p{L}'’-]+)?(?=\\s*[,.;:?!—–]|\\s+(?:so|by|to|for|before|and then|which|that|with|today|tonight|tomorrow|this|next|on|in|once|when|as soon as)\\b|$)`, 'giu');
  const all = [...before.matchAll(re)];
  const last = all[all.length - 1]?.[0];
  return last ? last.replace(/^(?:a|an|the)\s+/i, 'the ') : null;
}

/**
 * "Sign it": the deal's paper as the call mostly calls it ("the contract", when it was also once "the agreement"):
 * of those said equally often, "the contract", else the latest. An e-signature envelope carries the one paper the
 * call names in words ("the agreement … it goes through DocuSign"); with several named, or none, it is the contract.
 */
export function mainPaper(before: string): string | null {
  type Seen = { paper: string; count: number; at: number };
  const seen = new Map<string, Seen>();
  const all = [...before.matchAll(PAPER)];
  const isEnvelope = (word: string) => word === 'docusign' || word === 'envelope';
  const inWords = new Set(all.map((m) => m[1]!.toLowerCase()).filter((w) => !isEnvelope(w)));
  const envelope = inWords.size === 1 ? [...inWords][0]! : 'contract';
  for (const m of all) {
    const word = m[1]!.toLowerCase();
    const paper = isEnvelope(word) ? envelope : word;
    seen.set(paper, { paper, count: (seen.get(paper)?.count ?? 0) + 1, at: m.index });
  }
  // Said equally often, "the contract" (what the deal's paper is called at large) wins, else the latest.
  const compare = (x: Seen, y: Seen) => x.count - y.count || Number(x.paper === 'contract') - Number(y.paper === 'contract') || x.at - y.at;
  let best: Seen | null = null;
  for (const entry of seen.values()) if (!best || compare(entry, best) > 0) best = entry;
  return best ? `the ${best.paper}` : null;
}

const FORM_NOUN = '(?:form|survey|questionnaire|checklist|application|template|worksheet|spreadsheet)';
const FORM_WORD = new RegExp(String.raw`\b${FORM_NOUN}s?\b`, 'i');
const FORM = new RegExp(String.raw`\b(?:the|a|an|your|our|their|this|that)\s+((?:(?!(?:the|a|an|and|or|of|to|for)\s)[\p{L}-]+\s+){0,2}?${FORM_NOUN})s?\b`, 'giu');
/** The form named last ("a short feedback survey" → "the short feedback survey"). */
function lastForm(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(FORM)) last = `the ${m[1]!}`;
  return last;
}

/**
 * A hand-over to "them"/"him"/"her" with its own thing after it; not a time or a way ("send them the same day", "send
 * them your way"), where "them" is the thing.
 */
const RECIPIENT_FIRST =
  /^(?:send|e-?mail|forward|mail|get|give|share|text|show|drop|pass|write)\s+(?:them|him|her)(?:\s+(?:both|all))?\s+(?:a|an|the|some|their|our|my|your|his|her)\s+(?!(?:same|next|following|way|day|week|morning|afternoon|evening|minute|moment|second|first)\b)\S/i;

/** "both" as what is handed over: two things, named together before. */
const BOTH = new RegExp(String.raw`^(${VERB_HEAD}${RECIPIENT})(?:both(?:\s+of\s+(?:them|those|these))?|the\s+two(?:\s+of\s+(?:them|those|these))?)(?=\s*$|\s*[,.;]|\s+(?:to|by|in|over|today|tomorrow|tonight|this|next|on|before|instead|together|at|with|now|later|right)\b)`, 'i');
/** A word inside a thing's name: not an article, a preposition, a pronoun or a form of "be" ("the deck we need", "missing is the deck"). */
const NP_WORD = String.raw`(?!(?:a|an|the|and|or|to|for|of|with|from|in|on|at|by|is|are|was|were|I|i|we|you|they|he|she|it|my|your|our|their)\s)[\p{L}-]+`;
/** "It's", "that's", "let's" are no one's. */
const CONTRACTION = String.raw`(?:It|That|What|Let|Here|There|He|She|Who|Where|How|This)['’]s`;
/** A thing's name, with what it is of ("the list of sub-suppliers"); "of course" is no part of it. */
const NP = String.raw`(?:\b(?:the|your|our|his|her|their|my|a|an)\s+|(?!${CONTRACTION})[A-Z][\p{L}-]*['’]s\s+)(?:${NP_WORD}\s+){0,3}?[\p{L}-]+(?:\s+of\s+(?!course\b)(?:(?:the|our|your|their)\s+)?(?:${NP_WORD}\s+){0,2}?${NP_WORD})?`;
const PAIR = new RegExp(String.raw`(${NP}),?\s+and\s+(${NP})(?=\s*[,.;:?!—–]|\s+(?:by|to|for|with|from|so|now|today|tomorrow|this|next|before|on|in|over|of course|I|we|you|they|that|which)\b|$)`, 'gu');

/** The two things said together last ("the floor plan and the permit"), as one object. */
export function lastPair(before: string): string | null {
  const all = [...before.matchAll(PAIR)];
  const last = all[all.length - 1];
  if (!last) return null;
  const the = (np: string) => np.replace(/^(?:your|our|his|her|their|my|a|an)\s+/i, 'the ');
  return `${the(last[1]!)} and ${the(last[2]!)}`;
}

/** Resolve "send it" / a bare "sign" against the last deliverable named just before. */
export function resolveObject(said: string, before: string, longBefore = before, callSoFar: () => string = () => longBefore): string {
  // "send you that": the recipient goes; "that" is what is sent.
  const phrase = said.replace(/^((?:send|e-?mail|forward|mail|get|give|share|text)(?:\s+over)?)\s+(?:you|me|us)\s+(?=(?:it|that|this|them|those|these)\b)/i, '$1 ');
  // "have a named colleague send them": what the colleague sends.
  const delegated = HAVE_SOMEONE.exec(phrase);
  if (delegated) {
    // "have the auditor look it over": the particle goes next to its verb ("look over it") so that "it" can be resolved.
    const rest = phrase.slice(delegated[0].length);
    const joined = pronounObject(rest) && !leadingVerb(rest) && leadingVerb(joinParticle(rest)) ? joinParticle(rest) : rest;
    // Whatever a colleague is asked to do to "it" ("have Ana scan them"), "it" is the thing named last.
    const thing = !leadingVerb(joined) && pronounObject(joined) ? (lastThing(before) ?? lastThing(longBefore)) : null;
    if (thing) return delegated[1]! + replacePronounObject(joined, thing);
    return delegated[1]! + resolveObject(joined, before, longBefore, callSoFar);
  }
  const verb = leadingVerb(phrase);
  if (!verb) return phrase;
  // "send them both an email", "give him a ring": the pronoun is who gets it; the thing is named after it.
  if (RECIPIENT_FIRST.test(phrase)) return phrase;
  // "I'll cancel it": what is called off is a meeting, the last one named.
  const event = CALLS_OFF.test(phrase) && pronounObject(phrase) ? lastEvent(before) ?? lastEvent(longBefore) : null;
  if (event) return replacePronounObject(phrase, event);
  // "both" handed over: the two things named together last.
  const both = BOTH.exec(phrase);
  const pair = both ? lastPair(before) : null;
  if (both && pair) return `${both[1]}${pair}${phrase.slice(both[0].length)}`;
  // "send the rota": the rota as it was named before ("the driver rota"), when that said more.
  const bareThe = BARE_THE.exec(phrase);
  const fuller = bareThe ? namedBefore(bareThe[2]!, longBefore) : null;
  if (bareThe && fuller && fuller.split(/\s+/).length > 2 && fuller.toLowerCase() !== `the ${bareThe[2]!.toLowerCase()}`) return `${bareThe[1]}${fuller}${bareThe[3]}`;
  const pointed = DEMONSTRATIVE.exec(phrase);
  // "that list" names its noun, so it can be looked for further back than a bare "it".
  const named = pointed ? namedBefore(pointed[2]!, longBefore) : null;
  if (pointed && named) return `${pointed[1]}${named}${phrase.slice(pointed[0].length)}`;
  // A verb said alone takes the last thing named only when it plainly acts on a thing ("I'll sign"); "I will give." is cut off.
  const bare = /^(?:sign|countersign|send|review|forward|share|email|e-mail|return|approve|print|fill in|fill out)\s*$/i.test(phrase.trim());
  if (!pronounObject(phrase) && !bare) return phrase;
  // Nothing named in the last few sentences: the thing talked about a little further back ("Dana sends the form. … I'll fill it out").
  // Only for "it"/"them": "that" points at what was just said, named or not.
  const plural = /^\S+(?:\s+\S+)?\s+(?:them|those|these)\b/i.test(phrase);
  const far = longBefore !== before && /^\S+(?:\s+\S+)?\s+(?:it|them)\b/i.test(phrase) ? lastThing(longBefore, plural) : null;
  const thing = lastThing(before, plural) ?? far;
  // What is signed is a paper: the thing named just before if it is one ("send the order form, I will sign it"),
  // else the paper the call mostly names (`mainPaper`).
  const signs = /^(?:sign|countersign)\b/i.test(phrase);
  // What is filled in is a form: the last one the call named ("a short feedback survey … I'll fill it in").
  const fills = /^(?:fill\s+(?:in|out)|complete)\b/i.test(phrase);
  const noun = signs && !(thing && PAPER_WORD.test(thing))
    ? (mainPaper(callSoFar()) ?? thing)
    : fills && !(thing && FORM_WORD.test(thing)) ? (lastForm(callSoFar()) ?? thing) : thing;
  if (!noun) return splitParticle(phrase);
  return bare ? `${phrase.trim()} ${noun}` : replacePronounObject(phrase, noun);
}

/** A job said by its letters; other capitals after "our" are things ("our SOC 2 report", "the standard DPA"). */
const ROLE_ACRONYM = '(?:CFO|CEO|COO|CTO|CIO|CISO|CMO|CRO|DPO|VP|GM)';
/** A colleague by their job: "our finance head", "the plant supervisor", "my colleague Tomas from procurement". */
const ROLE_PERSON = new RegExp(
  `\\b(?:[Tt]he|[Oo]ur|[Tt]heir|[Yy]our|[Mm]y)\\s+((?:(?:[A-Z]{2,5}|[a-z-]+)\\s+){0,2}(?:${ROLE_ACRONYM}|manager|director|lead|head|engineer|officer|lawyer|counsel|solicitor|accountant|controller|colleague|boss|owner|founder|partner|president|admin|administrator|coordinator|analyst|architect|specialist)|${ROLE_ACRONYM})\\b(?:,?\\s+(?:yeah,?\\s+)?(?:[Yy]eah\\.\\s+)?(${TITLE}${'[A-Z][\\p{Ll}\'’-]+(?:\\s+[A-Z][\\p{Ll}\'’-]+)?'}))?`,
  'gu',
);
/** "him" / "her" as the object, not "her report". */
const PERSON_OBJECT = /\b(him|her)\b(?=\s*$|\s*[,.;]|\s+(?:in|on|up|about|to|into|and|with|for|before|after|by|at|too|as well|myself|ourselves|personally|today|tonight|tomorrow|this|next|later)\b)/;
/** A name said mid-sentence, with its title if it has one ("…and Dr. Brandt will join"). */
const MID_NAME = new RegExp(`(?<=[\\p{Ll},]\\s)(${TITLE}[A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+)?)\\b`, 'gu');
const TITLED = new RegExp(`^${TITLE}`);

/**
 * "draft a summary for her", "book a lunch with him": the colleague the speaker last
 * named, by name or by job ("our CFO, Daniel" → "the CFO, Daniel"). Unchanged when nobody was named.
 */
export function resolvePerson(task: string, before: string): string {
  const m = PERSON_OBJECT.exec(task);
  if (!m) return task;
  let who: { at: number; text: string } | null = null;
  for (const r of before.matchAll(ROLE_PERSON)) {
    const role = r[1]!.trim();
    who = { at: r.index, text: r[2] ? `the ${role}, ${r[2]}` : `the ${role}` };
  }
  // A name said mid-sentence ("…and Priya will join"); a capitalised first word is most often not one.
  for (const n of before.matchAll(MID_NAME)) {
    if (who && n.index <= who.at + 40 && who.text.includes(n[1]!)) continue;
    const name = n[1]!.slice(TITLED.exec(n[1]!)![0].length);
    if (!who || n.index > who.at) if (lastNamedPerson(name) === name.split(/\s+/)[0] || lastNamedPerson(name) === name) who = { at: n.index, text: n[1]! };
  }
  return who ? `${task.slice(0, m.index)}${who.text}${task.slice(m.index + m[1]!.length)}` : task;
}

/** "his notes", "her address": whose thing it is. "send her the form" gives to her; "her own" is no thing yet. */
const POSSESSIVE = /(?<!\b(?:send|give|e-?mail|forward|get|show|tell|ask|text|mail|bring|buy|pay|offer|call|let)\s+)\b(his|her)\s+(?!(?:a|an|the|this|that|these|those|some|own|and|or|to|for|in|on|at|by|with|about|up|out|over|back)\b)(?=\p{Ll})/u;

/**
 * "send you his contact details" just after "Marek, he runs the lab": the one person named in `near` (the speaker's
 * turn so far and the other side's turn before it), as "Marek's". Unchanged when the task names someone already,
 * or when nobody, or more than one person, was named there; the people on the call (`present`) are never "his".
 */
export function resolvePossessive(task: string, near: string, present: readonly (string | null)[]): string {
  const m = POSSESSIVE.exec(task);
  if (!m || /\s\p{Lu}\p{Ll}/u.test(task)) return task;
  const named = new Set<string>();
  // A name opening a sentence counts when another is joined to it ("Marek and Tomas run it").
  const paired = [...near.matchAll(new RegExp(`\\b(${TITLE}[A-Z][\\p{Ll}'’-]+)(?=\\s+and\\s+${TITLE}[A-Z])`, 'gu'))];
  for (const n of [...near.matchAll(MID_NAME), ...paired]) {
    const said = n[1]!.replace(/['’]s$/, '');
    const name = said.slice(TITLED.exec(said)![0].length);
    if (present.includes(name.split(/\s+/)[0]!)) continue;
    if (lastNamedPerson(name) === name.split(/\s+/)[0] || lastNamedPerson(name) === name) named.add(said);
  }
  if (named.size !== 1) return task;
  return `${task.slice(0, m.index)}${[...named][0]}'s${task.slice(m.index + m[1]!.length)}`;
}

/** A part of a thing or a paper for something, with the something only pointed at ("a copy of that", "the bill for it"). */
const PART_OF_IT = new RegExp(String.raw`^(${VERB_HEAD}${RECIPIENT}(?:the|a|an|your|my|our|their)\s+(?:${MODIFIER}\s+){0,2}?[\p{L}-]+\s+(?:of|for)\s+)(?:it|that|this)\b`, 'iu');
/** A thing named with its article, ending where a place, a time or a new clause starts ("the site audit at the plant"); not one itself "for it". */
const NAMED_THING = new RegExp(String.raw`\b(?:the|a|an)\s+((?:${MODIFIER}\s+){0,2}?[\p{L}-]+)(?!\s+(?:of|for)\s+(?:it|that|this)\b)(?=\s*[,.;:?!—–]|\s+(?:at|in|on|for|from|with|by|to|that|which|who|last|this|next)\b|\s*$)`, 'giu');
const NOT_A_THING = /\b(?:way|bit|lot|chance|time|thing|question|idea|sense|minute|second|moment|one|end|same|point|part)\b/i;

/**
 * A promise of "a copy of it" after the speaker has just named a report: "it" is the thing named last in the speaker's
 * sentence before or in the words before the promise (`justBefore`); unchanged when nothing was named there.
 */
export function resolvePartOf(task: string, justBefore: string): string {
  const m = PART_OF_IT.exec(task);
  if (!m) return task;
  const things = [...withoutDates(justBefore).matchAll(NAMED_THING)].filter((t) => !NOT_A_THING.test(t[1]!));
  const thing = things[things.length - 1]?.[1];
  return thing ? `${m[1]}the ${thing}${task.slice(m[0].length)}` : task;
}


/** A thing named first, before a comma ("And the W-9, I'll…", "The signed form, we'll…"). */
const FRONTED = /(?:^|[.;:!?]\s*|\b(?:and|so|also|oh|okay|ok|then|now|as for)\b,?\s+)((?:the|our|my|your|their)\s+[^,.;:?!]{1,60}?),\s*$/i;

/** A verb or a person, which a thing's name does not hold ("the price is fine", "the deal's with legal"). */
const NOT_IN_A_NAME = /\b(?:is|are|was|were|be|been|looks?|seems?|sounds?|works?|worked|went|goes|came|comes|has|have|had|do|does|did|will|would|can|could|should|might|must|i|we|you|he|she|they|us|me|them|it)\b|['’](?:re|ll|ve|d)\b|['’]s\s+(?:with|in|on|at|from|for|to|by|not|still|already|been|all|ready|done|fine|here|there|out|gone|over)\b/i;

/** "And the W-9, I'll get it over by Friday": "it" / "them" is the thing named just before the promise. */
export function withFrontedThing(said: string, clauseBefore: string): string {
  if (!pronounObject(said)) return said;
  const thing = FRONTED.exec(clauseBefore)?.[1];
  // "Okay, the pricing works for us, I'll sign it": a clause before the comma, not a thing.
  if (thing && NOT_IN_A_NAME.test(thing)) return said;
  return thing ? replacePronounObject(said, thing.replace(/^\w+/, (d) => d.toLowerCase())) : said;
}

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const SHARE_NUMBER = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:${UNITS}))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS}|\\d+(?:\\.\\d+)?)`;
/**
 * A share of the price said bare ("the fifteen percent", "about 12%"): after "the", "a" or a word like "about", and
 * ending its noun phrase (or naming the ask for it), so not "hit ninety percent", "the remaining fifty percent",
 * nor a share of something else ("the three percent uplift", "the 5% late fee", "ninety percent uptime").
 */
const BARE_PERCENT = new RegExp(
  `(?<=\\b(?:the|a|that|this|our|your|their|about|on|with|for)\\s+)(${SHARE_NUMBER}\\s?(?:%|percent\\b))` +
    `(?=\\s*(?:$|[.,;:!?)—–])|\\s+(?!on top\\b)(?:ask|request|offer|proposal|approval|question|idea|figure|number|to|past|by|with|for|from|and|or|but|in|on|at|through|over|before|after|until|if|as|so|again|too|then|back)\\b)`,
  'i',
);

/**
 * "Take the fifteen percent to my director": in a call that spoke of a discount or of a share off the price, the bare
 * share is that discount ("the fifteen percent discount"). A task that names the discount already is left as it is.
 */
export function namesTheDiscount(task: string, callSoFar: () => string): string {
  if (!BARE_PERCENT.test(task) || /\bdiscount/i.test(task) || !/\bdiscount|\bpercent off\b|%\s*off\b/i.test(callSoFar())) return task;
  return task.replace(BARE_PERCENT, '$1 discount');
}
