/**
 * Commitments made for someone on the speaker's side who is not on the call: "Sam will send you the
 * numbers", "our installer, Ciarán, will ring you", "Katrin, she'll get you the form", "I'll have Gail
 * send it". The speaker's side owns the task; the text names who does it ("Have Gail send …").
 */

import { leadingVerb } from './action-text.ts';

/** Capitalised words that start a sentence without naming a person. */
const NOT_A_NAME = new Set([
  'I', 'We', 'You', 'It', 'That', 'This', 'These', 'Those', 'They', 'He', 'She', 'There', 'Here', 'Everything', 'Nothing',
  'Someone', 'Somebody', 'Anyone', 'Everyone', 'Which', 'What', 'Who', 'When', 'Where', 'How', 'Why', 'Then', 'So', 'And',
  'But', 'Or', 'Yes', 'Yep', 'Yup', 'Nope', 'No', 'Yeah', 'Okay', 'Ok', 'Sure', 'Great', 'Perfect', 'Well', 'Oh', 'Um', 'Uh', 'Right', 'Also',
  'Maybe', 'Honestly', 'Actually', 'Just', 'Grand', 'Lovely', 'Brilliant', 'Excellent', 'Wonderful', 'Fantastic', 'Awesome',
  'Cool', 'Super', 'Fine', 'Good', 'Nice', 'Cheers', 'Thanks', 'Absolutely', 'Definitely', 'Exactly', 'Alright', 'Anyway',
  'Sorry', 'Look', 'Listen', 'Our', 'My', 'Your', 'Their', 'His', 'Her', 'The', 'A', 'An', 'One', 'Each',
  'Because', 'If', 'Once', 'After', 'Before', 'While', 'Although', 'Though', 'Since', 'Unless', 'Until', 'As', 'For', 'With',
  'In', 'On', 'At', 'From', 'To', 'Of', 'By', 'Now', 'Not', 'All', 'Both', 'Some', 'Any', 'Every', 'Most', 'Is', 'Are',
  'Was', 'Were', 'Do', 'Does', 'Did', 'Can', 'Could', 'Would', 'Should', 'Let', 'Please', 'Still', 'Even', 'Only',
  'Otherwise', 'Meanwhile', 'Besides', 'Plus', 'Hi', 'Hello', 'Hey', 'Bye', 'Thank',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Next', 'Legal',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  // Adverbs that open a fragment ("Back on Monday.", "Away till Friday.", "Hopefully by noon.").
  'Back', 'Away', 'Home', 'Out', 'Off', 'Up', 'Down', 'Over', 'Later', 'Soon', 'Again', 'Already', 'Hopefully', 'Probably',
  'Apparently', 'Obviously', 'Basically', 'Unfortunately', 'Fortunately', 'Luckily', 'Usually', 'Normally', 'Sometimes',
  'Never', 'Always', 'Tonight', 'Yesterday', 'Finally', 'Anyhow',
]);
const NAME = "[A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+)?";
/** "Mr. Osei", "Dr Lund": a title before a surname. */
const TITLES = '(?:Mr|Mrs|Ms|Dr|Prof)';
export const TITLE = `(?:${TITLES}\\.?\\s+)?`;
const TITLED = new RegExp(`^${TITLE}`);
/** A job title between commas: lower-case words, with an acronym allowed ("IT security lead", "QA engineer"). */
const ROLE = '(?:(?:[\\p{Ll}-]+|[A-Z]{2,5})\\s+){0,3}[\\p{Ll}-]{2,20}';
/** "Sam will", "Ciarán, our installer, will", "our procurement lead, Katrin, she'll", "Yuki, my colleague, she will". */
const NAMED_ACTOR = new RegExp(
  `(?:\\b(?:[Oo]ur|[Mm]y)\\s+${ROLE},\\s+)?\\b(${TITLE}${NAME})(?:,\\s+(?:our|my|the|their)\\s+${ROLE},|\\s+(?:from|in)\\s+(?:the\\s+|our\\s+|my\\s+)?${ROLE})?(?:(?:,?\\s+(?:she|he|they))?(?:'ll|\\s+will|\\s+is going to|\\s+are going to|'s going to)|,\\s+(?:will|is going to))\\s+`,
  'gu',
);

/** Endings of abstract nouns ("Termination…", "Payment terms…"): a sentence may open on one, but it names nobody. */
const ABSTRACT_NOUN = /(?:tion|sion|ment|ness|ship)$/;
/** Whether capitalised words name a person rather than open a sentence ("Then", "Our", "Legal", "Retention"). */
export const isName = (words: string) => {
  const first = words.split(/\s+/)[0]!.replace(/['’].*$/, '');
  // "Wednesdays", "Fridays": a weekday said as a habit.
  return !NOT_A_NAME.has(first) && !NOT_A_NAME.has(first.replace(/(?<=day)s$/, '')) && !ABSTRACT_NOUN.test(first);
};

export interface ThirdPartyTrigger {
  start: number;
  end: number;
  actor: string;
}

/** Where a named colleague's commitment starts in `text`, and who they are. */
export function namedActorTriggers(text: string): ThirdPartyTrigger[] {
  const out: ThirdPartyTrigger[] = [];
  for (const m of text.matchAll(NAMED_ACTOR)) {
    // "Then Omar, our tester, will…": a sentence-opening word run into the name is not part of it.
    const actor = isName(m[1]!) ? m[1]! : m[1]!.split(/\s+/)[1];
    if (!actor || !isName(actor)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, actor });
  }
  return out;
}

/** A job title that may open with an adjective of its own ("Japanese reviewer", "senior audiologist"). */
const ROLE_TITLE = `(?:[A-Z][\\p{Ll}]+\\s+)?${ROLE}`;
/**
 * "have Bea, our office manager, post them" / "get Luis to handle it" / "get Dr. Lund to sign" / "get our site
 * engineer, Tomas, to check it" → the person and what they will do.
 */
const HAVE_NAMED = new RegExp(
  `^(?:have|get)\\s+(?:(?:our|my|the)\\s+${ROLE},?\\s+(?=${NAME}(?:,|\\s+to\\b)))?(${TITLE}${NAME})(?:,\\s+(?:our|my|the|their)\\s+${ROLE_TITLE},)?,?\\s+(?:to\\s+)?`,
  'u',
);

export function delegatedTo(phrase: string): { actor: string; rest: string } | null {
  const m = HAVE_NAMED.exec(phrase);
  if (!m) return null;
  // The title as written ("Dr Lund" → "Dr. Lund"); the name after it must be a person's.
  const title = TITLED.exec(m[1]!)![0];
  const name = m[1]!.slice(title.length);
  if (!isName(name)) return null;
  return { actor: title ? `${title.trim().replace(/\.$/, '')}. ${name}` : name, rest: phrase.slice(m[0].length) };
}

/**
 * "Norvale subscription agreement", "Harbour Point Hotels, service contract": a company's name on its paper, not a person's;
 * not someone handed it ("I gave Imogen the contract") nor someone's own ("Imogen's contract").
 */
const NAMES_A_PAPER = /(?:\b[A-Z][\p{L}'’-]+\s+)*\b[A-Z](?:[\p{L}-]|['’](?!s\b))+,?\s+(?:(?!(?:the|a|an|our|your|my|his|her|their|its|this|that|these|those)\b)[a-z-]+\s+)?(?:agreement|contract|subscription|order form|proposal|quote|invoice|licen[cs]e|renewal|package)\b/gu;

/** Words that make a short sentence say what someone does or did: "Priya says.", "Omar agreed.", "Kai will." */
const VERBISH = /^(?:\p{Ll}+(?:s|ed)|will|would|can|could|did|does|do|said|is|was|knows|too|again|though)$/u;

/** Where a sentence starts (after a stop and any closing quote or bracket). */
const SENTENCE_START = /(?:^|[.!?]["”’)]*\s+)$/;

/** A name as said, with its title ("Dr. Grey"); a title starts a name of its own, it does not end one ("Ask Dr"). */
const PERSON_NAMED = new RegExp(`\\b(${TITLE}[A-Z][\\p{Ll}'’-]+(?:\\s+(?!${TITLES}\\b)[A-Z][\\p{Ll}'’-]+)?)\\b`, 'gu');
/** What follows a verb said to someone: "Talk to…", "Ask Dr. …". */
const TO_WHOM = new RegExp(`^\\s+(?:to|with|about|${TITLES}\\b)`);
const isVerb = (word: string) => leadingVerb(word.toLowerCase()) === word.toLowerCase();

/** The person a "she'll"/"he'll" stands for: the last name the speaker said in this sentence or the one before. */
export function lastNamedPerson(said: string): string | null {
  let last: string | null = null;
  const text = said.replace(NAMES_A_PAPER, (m) => m.replace(/\p{Lu}/gu, (c) => c.toLowerCase()));
  for (const m of text.matchAll(PERSON_NAMED)) {
    // "your Okta directory", "the Dell laptops": a product or company, not who "she" is; "in Lisbon", "from Oslo": a place.
    // With a title ("to Mr Dlamini") it is a person wherever it stands.
    const titled = /^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s/.test(m[1]!);
    if (!titled && /\b(?:your|our|their|the|my|a|an|his|her|its|in|at|from|to|near|around|via|into|across)\s+$/i.test(text.slice(0, m.index))) continue;
    // "Make it Friday.", "Thank you.", "Let me check.": a sentence opening on a verb and its object names nobody.
    // Before "the", a name may open one too ("Ravi the facilities guy…"): there only a verb the lists know is passed over.
    const object = /^\s+(?:it|that|this|them|me|us|you|him|her|a|an|sure)\b/i.test(text.slice(m.index + m[0].length)) ||
      (/^\s+the\b/i.test(text.slice(m.index + m[0].length)) && leadingVerb(m[1]!.toLowerCase()) === m[1]!.toLowerCase());
    if (object && SENTENCE_START.test(text.slice(0, m.index))) continue;
    // "Ask Dr. Grey.", "Talk to him.": a sentence opening on a verb the lists know, before whom it is said to.
    const opensOnVerb = SENTENCE_START.test(text.slice(0, m.index)) && isVerb(m[1]!.split(/\s+/)[0]!);
    if (opensOnVerb && !/\s/.test(m[1]!) && TO_WHOM.test(text.slice(m.index + m[0].length))) continue;
    // "Will do.", "Will you…?", "May I…": a modal opening the sentence, not someone named Will or May.
    if (/^(?:Will|May)$/.test(m[1]!) && SENTENCE_START.test(text.slice(0, m.index)) && /^\s+(?:do|you|that|it|this|we|they|he|she|i)\b/i.test(text.slice(m.index + m[0].length))) continue;
    // "Safer.", "Long story.", "Dental conference thing.": a short sentence opening on a capital, with no verb, is a
    // fragment, not someone named.
    const tail = /^((?:\s+\p{Ll}+){0,3})[.!]/u.exec(text.slice(m.index + m[0].length));
    // A name answering "who…?" is a name.
    const answersWho = /\bwho\b[^.?!]*\?\s*$/i.test(text.slice(0, m.index));
    if (SENTENCE_START.test(text.slice(0, m.index)) && tail && !answersWho && !/\s/.test(m[1]!) && !tail[1]!.split(/\s+/).some((w) => VERBISH.test(w))) continue;
    // "And Joon, my teammate…": the opening word is not part of the name.
    const name = isName(m[1]!) && !(opensOnVerb && /\s/.test(m[1]!)) ? m[1]! : m[1]!.split(/\s+/)[1];
    if (name && isName(name)) last = name.replace(/['’]s$/, '');
  }
  return last;
}

/** "deleted" → "delete", "shipped" → "ship", "whitelisted" → "whitelist": a known verb when one fits, else the bare stem. */
function fromParticiple(word: string): string {
  const stem = word.toLowerCase().replace(/e?d$/, '');
  const candidates = [word.toLowerCase().replace(/d$/, ''), stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  return candidates.find((c) => leadingVerb(c) === c) ?? baseOfUnknown(word.toLowerCase());
}

/** A verb the lists do not know, from its past participle: "closed" → "close", "routed" → "route", "copied" → "copy", "stopped" → "stop", "audited" → "audit", "wiped" → "wipe". */
function baseOfUnknown(word: string): string {
  if (/ied$/.test(word)) return word.replace(/ied$/, 'y');
  if (/([^aeiou])\1ed$/.test(word) && !/(?:ss|ll|zz)ed$/.test(word)) return word.replace(/([^aeiou])\1ed$/, '$1');
  if (/(?:[cgsvzu]|(?<![aeiou])[aeo]t|ut)ed$/.test(word)) return word.replace(/d$/, '');
  // One syllable, its consonant not doubled: the verb ends in "e" ("wiped" → "wipe", "filed" → "file").
  if (/^[^aeiou]*[aeiou][^aeiouwxy]ed$/.test(word)) return word.replace(/d$/, '');
  return word.replace(/ed$/, '');
}

const THING = "(?:it|that|this|them|those|(?:the|her|his|their|our|my|your|a|an)\\s+[\\w'’-]+(?:\\s+[\\w'’-]+){0,2}?)";
/** Participles that are not a verb and "-ed" ("have the sandbox set up", "get the quote written up"). */
const IRREGULAR: Record<string, string> = { 'set up': 'set up', sent: 'send', built: 'build', 'written up': 'write up', written: 'write', 'drawn up': 'draw up' };
/** A participle: a verb and "-ed", or one of IRREGULAR (in its order: "written up" is tried before "written"). */
const PARTICIPLE = `[a-z]+ed|${Object.keys(IRREGULAR).join('|')}`;
/** The verb a participle of PARTICIPLE comes from. */
const verbOfParticiple = (participle: string) => IRREGULAR[participle.toLowerCase()] ?? fromParticiple(participle);
/** The particle a participle joined on may take ("…and sent over"). */
const JOINED_PARTICLE = '(?:over|back|across|out|through)';
/** More participles joined on: "signed and sent over", "deleted and confirmed". */
const MORE_DONE = `((?:,?\\s+and\\s+(?:${PARTICIPLE})(?:\\s+${JOINED_PARTICLE})?)*)`;
/**
 * The verbs of what MORE_DONE read, done to the same thing: " and confirmed" → " and confirm", " and sent over" → " and send
 * it over", " and written up" → " and write it up" (a verb left with a bare particle would read as a task of its own).
 */
function moreVerbs(said: string): string {
  return [...said.matchAll(new RegExp(`\\band\\s+(${PARTICIPLE})(\\s+${JOINED_PARTICLE})?`, 'gi'))]
    .map((m) => {
      const [verb, particle] = verbOfParticiple(m[1]!).split(' ');
      const after = `${particle ? ` ${particle}` : ''}${m[2] ?? ''}`;
      return after ? ` and ${verb} it${after}` : ` and ${verb}`;
    })
    .join('');
}
/** "have it deleted and confirmed" / "get the list sent": what gets done to the thing. */
const DONE_TO = new RegExp(`^(?:have|get)\\s+(${THING})\\s+(${PARTICIPLE})${MORE_DONE}(,?\\s+and\\s+back(?:\\s+to\\s+(?:you|me|us))?)?\\b(?!\\s+(?:off|up|out|over|in|on|through|back)\\b)`, 'i');
/** "have her comments back", "get it back to you": handing it over. */
const BACK = new RegExp(`^(?:have|get)\\s+(${THING})\\s+back\\b(?:\\s+to\\s+(?:you|me|us))?`, 'i');
/** "make sure Dana signs it": the speaker sees to it that a named colleague does it. */
const MAKE_SURE = new RegExp(`^make sure(?:\\s+that)?\\s+(${NAME})\\s+([a-z]+?)(?:es|s)\\b`, 'u');

/** "make sure that's refunded", "make sure the licences get renewed": what is to be done to the thing. */
const MAKE_SURE_DONE = new RegExp(`^make sure(?:\\s+that)?\\s+(${THING})(?:['’]s|\\s+is|\\s+are|\\s+gets?)\\s+(${PARTICIPLE})${MORE_DONE}\\b`, 'i');

/**
 * Says who does what when the speaker has something done rather than doing it: "have it deleted and
 * confirmed" → "delete it and confirm", "have the figures back" → "send the figures", "make sure Dana
 * signs it" → "have Dana sign it". Anything else is returned unchanged.
 */
export function undoCausative(phrase: string): string {
  const back = BACK.exec(phrase);
  if (back) return `send ${back[1]}${phrase.slice(back[0].length)}`;
  const done = DONE_TO.exec(phrase);
  if (done) {
    // "get the form signed and back to us": signed, then sent back.
    const back = done[4] ? ' and send it back' : '';
    return `${verbOfParticiple(done[2]!)} ${done[1]}${moreVerbs(done[3]!)}${back}${phrase.slice(done[0].length)}`;
  }
  const madeSure = MAKE_SURE_DONE.exec(phrase);
  if (madeSure) return `${verbOfParticiple(madeSure[2]!)} ${madeSure[1]}${moreVerbs(madeSure[3]!)}${phrase.slice(madeSure[0].length)}`;
  const sure = MAKE_SURE.exec(phrase);
  if (sure && isName(sure[1]!)) {
    const verb = [sure[2]!, `${sure[2]}e`].find((v) => leadingVerb(v) === v);
    if (verb) return `have ${sure[1]} ${verb}${phrase.slice(sure[0].length)}`;
  }
  return phrase;
}

/** "get him to send", "have her sign": a task handed to "him" or "her" (not "have her comments back": whose, not who). */
const TO_PRONOUN = /^(?:get\s+(?:him|her)\s+to|have\s+(?:him|her))\s+([a-z]+)/i;
/** "send her the login", "call him": a task for "him" or "her" (not "send her notes": whose, not to whom). */
const FOR_PRONOUN = /^(?:send|e-?mail|forward|give|show|text|call|ring|phone)\s+(?:him\b|her(?=\s+(?:the|a|an|our|my|your|some|that|this|those|these|it|over|back)\b|\s*$))/i;
export const handsToPronoun = (phrase: string) => {
  const m = TO_PRONOUN.exec(phrase);
  return Boolean(m && leadingVerb(m[1]!) === m[1]!.toLowerCase()) || FOR_PRONOUN.test(phrase);
};

/**
 * "Dana signs for us. I'll have her countersign Friday": "her" is the colleague named last, as "she'll" is; never one
 * of `parties`, the two on the call (the speaker does not get herself to, nor the one she speaks to).
 */
export const namedForPronoun = (phrase: string, person: string | null, parties: readonly (string | null)[]) =>
  person && !parties.includes(person) ? phrase.replace(/^(\w+)\s+(?:him|her)\b/i, `$1 ${person}`) : phrase;
