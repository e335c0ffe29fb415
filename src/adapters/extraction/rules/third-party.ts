/**
 * Commitments made for someone on the speaker's side who is not on the call: "Sam will send you the
 * numbers", "our installer, Ciarán, will ring you", "Katrin, she'll get you the form", "I'll have Gail
 * send it". The speaker's side owns the task; the text names who does it ("Have Gail send …").
 */

/** Capitalised words that start a sentence without naming a person. */
const NOT_A_NAME = new Set([
  'I', 'We', 'You', 'It', 'That', 'This', 'These', 'Those', 'They', 'He', 'She', 'There', 'Here', 'Everything', 'Nothing',
  'Someone', 'Somebody', 'Anyone', 'Everyone', 'Which', 'What', 'Who', 'When', 'Where', 'How', 'Why', 'Then', 'So', 'And',
  'But', 'Or', 'Yes', 'No', 'Yeah', 'Okay', 'Ok', 'Sure', 'Great', 'Perfect', 'Well', 'Oh', 'Um', 'Uh', 'Right', 'Also',
  'Maybe', 'Honestly', 'Actually', 'Just', 'Our', 'My', 'Your', 'Their', 'His', 'Her', 'The', 'A', 'An', 'One', 'Each',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Today', 'Tomorrow', 'Next', 'Legal',
]);
const NAME = "[A-Z][\\p{Ll}'’-]+(?:\\s+[A-Z][\\p{Ll}'’-]+)?";
/** A job title between commas: lower-case words, with an acronym allowed ("IT security lead", "QA engineer"). */
const ROLE = '(?:(?:[\\p{Ll}-]+|[A-Z]{2,5})\\s+){0,3}[\\p{Ll}-]{2,20}';
/** "Sam will", "Ciarán, our installer, will", "our procurement lead, Katrin, she'll", "Yuki, my colleague, she will". */
const NAMED_ACTOR = new RegExp(
  `(?:\\b(?:[Oo]ur|[Mm]y)\\s+${ROLE},\\s+)?\\b(${NAME})(?:,\\s+(?:our|my|the|their)\\s+${ROLE},)?(?:(?:,?\\s+(?:she|he|they))?(?:'ll|\\s+will|\\s+is going to|\\s+are going to|'s going to)|,\\s+(?:will|is going to))\\s+`,
  'gu',
);

const isName = (words: string) => !NOT_A_NAME.has(words.split(/\s+/)[0]!.replace(/['’].*$/, ''));

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

/** "have Bea, our office manager, post them" / "get Luis to handle it" → the person and what they will do. */
const HAVE_NAMED = new RegExp(`^(?:have|get)\\s+(${NAME})(?:,\\s+(?:our|my|the|their)\\s+${ROLE},)?\\s+(?:to\\s+)?`, 'u');

export function delegatedTo(phrase: string): { actor: string; rest: string } | null {
  const m = HAVE_NAMED.exec(phrase);
  if (!m || !isName(m[1]!)) return null;
  return { actor: m[1]!, rest: phrase.slice(m[0].length) };
}

/** The person a "she'll"/"he'll" stands for: the last name the speaker said in this sentence or the one before. */
export function lastNamedPerson(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(new RegExp(`\\b(${NAME})\\b`, 'gu'))) {
    // "your Okta directory", "the Dell laptops": a product or company, not who "she" is.
    if (/\b(?:your|our|their|the|my|a|an|his|her|its)\s+$/i.test(text.slice(0, m.index))) continue;
    // "And Joon, my teammate…": the opening word is not part of the name.
    const name = isName(m[1]!) ? m[1]! : m[1]!.split(/\s+/)[1];
    if (name && isName(name)) last = name;
  }
  return last;
}
