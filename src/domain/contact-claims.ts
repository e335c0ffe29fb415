import type { Evidence } from './insights.ts';
import type { ContactField } from './hygiene.ts';
import type { Transcript } from './transcript.ts';

/** A value of one of the customer's own contact fields, as the customer said it in the call. */
export interface ContactClaim {
  field: ContactField;
  /** As said, tidied: an e-mail address, a phone number's digits (with `+` when said), a title or company name. */
  value: string;
  evidence: Evidence;
}

/**
 * What the customer says about their own contact details: "my new e-mail is …", "reach me at …", "I'm now the
 * head of …", "I've joined … ". Only the customer's own words count (segments of a speaker whose role is
 * `customer`; with no roles known nothing is read), and only in the first person, so a number the customer reads
 * back to the rep ("your number is …"), an address spelled for someone else ("her e-mail is …", "my colleague's
 * e-mail is …") or anything the rep says is never a claim. A phone number equal to the rep's own (`repPhone`) is
 * not the customer's either. The last claim per field wins (people correct themselves).
 */
export function contactClaims(transcript: Pick<Transcript, 'segments' | 'speakers'>, opts: { repPhone?: string | null } = {}): ContactClaim[] {
  const customers = new Set(transcript.speakers.filter((s) => s.role === 'customer').map((s) => s.id));
  const repDigits = digitsOf(opts.repPhone ?? '');
  const found = new Map<ContactField, ContactClaim>();
  for (const seg of transcript.segments) {
    if (!customers.has(seg.speaker)) continue;
    for (const sentence of sentencesOf(seg.text)) {
      const evidence = { quote: sentence, speaker: seg.speaker, startSec: seg.startSec };
      for (const [field, read] of READERS) {
        const value = read(sentence);
        if (!value) continue;
        if (field === 'phone' && repDigits && samePhone(value, repDigits)) continue;
        found.set(field, { field, value, evidence });
      }
    }
  }
  return [...found.values()];
}

/** Whether two phone numbers are the same line: one's digits end with the other's (a country code said or not). */
export function samePhone(a: string, b: string): boolean {
  const x = digitsOf(a);
  const y = digitsOf(b);
  if (x.length < 7 || y.length < 7) return false;
  return x.endsWith(y) || y.endsWith(x);
}

const digitsOf = (s: string) => s.replace(/\D/g, '');

function sentencesOf(text: string): string[] {
  // A dot inside an address or a number ("jane.doe@x.com", "555.0143") does not end a sentence.
  return text.split(/(?<=[.!?])\s+(?=\S)/).map((s) => s.trim()).filter(Boolean);
}

/** Possessives of someone else right before the field: the value is theirs, not the customer's. */
const SOMEONE_ELSE = /\b(?:his|her|their|your|(?:\w+)'s)\s+(?:\w+\s+){0,2}$/i;

const EMAIL_CUES = [
  /\b(?:my|our)\s+(?:(?:new|work|direct|current|updated|personal|business)\s+)*e-?mail(?:\s+address)?\s+(?:is|'s|has\s+changed\s+to|changed\s+to|is\s+now|now\s+is)\b/i,
  /\b(?:e-?mail|write\s+to|reach|contact)\s+me\s+(?:at|on)\b/i,
  /\bsend\s+(?:it|that|them|everything|the\s+\w+)\s+to\s+me\s+at\b/i,
];
const PHONE_CUES = [
  /\b(?:my|our)\s+(?:(?:new|direct|cell|mobile|work|office|personal)\s+)*(?:phone\s+number|number|phone|line|cell|mobile)\s+(?:is|'s|has\s+changed\s+to|changed\s+to|is\s+now|now\s+is)\b/i,
  /\b(?:call|reach|ring|text)\s+me\s+(?:at|on)\b/i,
];
const TITLE_CUES = [
  /\bI(?:'m|\s+am)\s+now\s+(?:the\s+|an?\s+)?(?:new\s+)?/i,
  /\bI(?:'ve|\s+have)\s+been\s+(?:promoted|made)\s+(?:to\s+)?(?:the\s+|an?\s+)?/i,
  /\bmy\s+(?:new\s+)?(?:job\s+)?(?:title|role|position)\s+is\s+(?:now\s+)?(?:the\s+|an?\s+)?/i,
];
const COMPANY_CUES = [
  /\bI(?:'ve|\s+have)\s+(?:moved|switched|gone)\s+(?:over\s+)?to\s+/i,
  /\bI(?:'ve|\s+have)\s+joined\s+/i,
  /\bI\s+(?:now\s+work|work\s+now|'m\s+now\s+working|am\s+now\s+working)\s+(?:for|at)\s+/i,
  /\bmy\s+new\s+(?:company|employer)\s+is\s+/i,
];

/** The text after the first cue that is not someone else's, or null. */
function afterCue(sentence: string, cues: readonly RegExp[]): string | null {
  for (const cue of cues) {
    const m = cue.exec(sentence);
    if (!m) continue;
    const before = sentence.slice(0, m.index + m[0].length);
    const cueStart = before.slice(0, m.index);
    if (SOMEONE_ELSE.test(cueStart)) continue;
    return sentence.slice(m.index + m[0].length);
  }
  return null;
}

function readEmail(sentence: string): string | null {
  const rest = afterCue(sentence, EMAIL_CUES);
  if (rest === null) return null;
  const written = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(rest);
  if (written) return written[0].replace(/\.$/, '').toLowerCase();
  // Spoken: "jane dot doe at acme dot com", spelled letters "j a n e".
  const words = rest.toLowerCase().replace(/[,;:!?]/g, ' ').split(/\s+/).filter(Boolean);
  const at = words.lastIndexOf('at');
  if (at <= 0) return null;
  const local = joinSpoken(words.slice(0, at));
  // The domain alternates names and marks ("acme dot co dot uk"); two names in a row end it.
  const domainWords: string[] = [];
  for (let i = at + 1; i < words.length; i += 1) {
    const w = words[i]!.replace(/\.$/, '');
    const isMark = Object.hasOwn(SPOKEN_MARKS, w);
    const lastWasMark = domainWords.length > 0 && Object.hasOwn(SPOKEN_MARKS, domainWords.at(-1)!);
    if (!/^[a-z0-9-]+$/.test(w) || (domainWords.length && !isMark && !lastWasMark)) break;
    domainWords.push(w);
    if (/\.$/.test(words[i]!)) break;
  }
  const domain = joinSpoken(domainWords).replace(/\.$/, '');
  const address = `${local}@${domain}`;
  return /^[a-z0-9._+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/.test(address) ? address : null;
}

/** Punctuation of an address as people say it; redaction reads spoken addresses with the same words. */
export const SPOKEN_MARKS: Record<string, string> = { dot: '.', period: '.', underscore: '_', dash: '-', hyphen: '-' };

/** Spoken address parts as written; stops at the first word that cannot be part of one (reading backwards for the local part is not needed: the cue comes first). */
function joinSpoken(words: string[]): string {
  let out = '';
  for (const w of words) out += SPOKEN_MARKS[w] ?? w;
  return out;
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};

function readPhone(sentence: string): string | null {
  const rest = afterCue(sentence, PHONE_CUES);
  if (rest === null) return null;
  let out = '';
  for (const token of rest.toLowerCase().split(/[\s,]+/).filter(Boolean)) {
    const t = token.replace(/[.;:!?]+$/, '');
    if (t === 'plus' && !out) out = '+';
    else if (/^\+?[\d().-]+$/.test(t)) out += t.replace(/[^\d+]/g, '');
    else if (NUMBER_WORDS[t]) out += NUMBER_WORDS[t];
    else if (out.replace('+', '').length) break;
    else return null;
  }
  return digitsOf(out).length >= 7 ? out : null;
}

/** A title or company name: the words up to the end of the clause, at most six, without a trailing "now". */
function readName(rest: string | null): string | null {
  if (rest === null) return null;
  const clause = rest.split(/[,;:!?]|\.(?:\s|$)|\s+(?:and|but|so|since|because|as\s+of|which|who)\s+/i)[0]!.replace(/\s+now$/i, '').trim();
  const words = clause.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 6) return null;
  return words.join(' ');
}

/** A job title names a role ("I'm now ready to sign" is not a title). */
const ROLE_WORD = /\b(?:head|director|vp|vice\s+president|manager|chief|officer|ceo|cfo|coo|cto|cio|lead|owner|president|founder|partner|buyer|controller|coordinator|engineer|analyst|specialist|administrator|supervisor|executive|principal|consultant|associate|treasurer|secretary)\b/i;
/** A company is a name: it starts with a capital and not with a determiner ("I've moved to the next step"). */
const COMPANY_NAME = /^(?!(?:The|A|An|My|Our|This|That|Another|New|Next|Different)\b)\p{Lu}/u;

const READERS: [ContactField, (sentence: string) => string | null][] = [
  ['email', readEmail],
  ['phone', readPhone],
  ['title', (s) => {
    const title = readName(afterCue(s, TITLE_CUES));
    return title && ROLE_WORD.test(title) ? title : null;
  }],
  ['company', (s) => {
    const company = readName(afterCue(s, COMPANY_CUES));
    return company && COMPANY_NAME.test(company) ? company : null;
  }],
];
