/**
 * Spoken English contracts most auxiliaries ("it's", "we'll", "don't"), while the corpus is written out
 * in full. `contract` turns a written-out sentence into one way it could be said: each contractible
 * pair is contracted with probability `p`, never at the end of a sentence ("that's it", but "ten it is").
 */
import type { Random } from './expand.ts';

const PRONOUN_AUX: [string, string][] = [
  ['i am', "i'm"], ['i will', "i'll"], ['i would', "i'd"],
  ['we are', "we're"], ['we will', "we'll"], ['we would', "we'd"],
  ['you are', "you're"], ['you will', "you'll"], ['you would', "you'd"],
  ['they are', "they're"], ['they will', "they'll"], ['they would', "they'd"],
  ['he is', "he's"], ['she is', "she's"], ['he will', "he'll"], ['she will', "she'll"],
  ['it is', "it's"], ['it will', "it'll"], ['that is', "that's"], ['that will', "that'll"],
  ['there is', "there's"], ['here is', "here's"], ['what is', "what's"], ['who is', "who's"],
  ['how is', "how's"], ['where is', "where's"],
];
const NEGATIONS: [string, string][] = [
  ['is not', "isn't"], ['are not', "aren't"], ['was not', "wasn't"], ['were not', "weren't"],
  ['do not', "don't"], ['does not', "doesn't"], ['did not', "didn't"], ['cannot', "can't"], ['can not', "can't"],
  ['will not', "won't"], ['would not', "wouldn't"], ['should not', "shouldn't"], ['could not', "couldn't"],
  ['have not', "haven't"], ['has not', "hasn't"],
];
/** "have" contracts only as an auxiliary: "we've sent it", not "we've a question". */
const HAVE_SUBJECTS = ['i', 'we', 'you', 'they'];
const PARTICIPLES = new Set([
  'been', 'got', 'gotten', 'sent', 'seen', 'had', 'just', 'already', 'never', 'booked', 'scheduled', 'signed', 'attached',
  'talked', 'spoken', 'heard', 'done', 'made', 'put', 'added', 'checked', 'read', 'reviewed', 'looked', 'asked', 'tried',
  'decided', 'used', 'worked', 'started', 'finished', 'received', 'approved', 'updated', 'included', 'shared', 'moved',
]);

const AUX_RULES = new Map(PRONOUN_AUX);
const NEGATION_RULES = new Map(NEGATIONS);

export function contract(sentence: string, random: Random, p: number): string {
  const words = sentence.split(' ');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = `${words[i]} ${words[i + 1]}`;
    const last = i + 2 >= words.length;
    const negation = NEGATION_RULES.get(pair);
    const short = negation ?? AUX_RULES.get(pair) ?? (HAVE_SUBJECTS.includes(words[i]!) && words[i + 1] === 'have' && PARTICIPLES.has(words[i + 2] ?? '') ? `${words[i]}'ve` : undefined);
    if (short && (negation || !last) && random() < p) {
      out.push(short);
      i++;
    } else if (words[i] === 'cannot' && random() < p) {
      out.push("can't");
    } else {
      out.push(words[i]!);
    }
  }
  return out.join(' ');
}
