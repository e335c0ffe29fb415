// Generates the templated part of the sales-call corpus:
//   src/adapters/transcription/local/lm/corpus/generated.txt (one sentence a line, lower case, no punctuation).
// Deterministic (seeded PRNG): the same templates give the same file. Rebuild the LM afterwards with
// `node scripts/lm/build-lm.ts`. Templates are written from general knowledge of B2B sales calls; the
// evaluation fixtures (fixtures/calls/*) are never read here. Options: --seed N, --per-template N.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { expand, pick, seededRandom } from './corpus/expand.ts';
import { SLOTS } from './corpus/slots.ts';
import { DEAL_TEMPLATES } from './corpus/templates-deal.ts';
import { DISCOVERY_TEMPLATES } from './corpus/templates-discovery.ts';
import { OPENING_TEMPLATES } from './corpus/templates-opening.ts';
import { ACTIONS, SCHEDULE_TEMPLATES } from './corpus/templates-schedule.ts';
import { GOODS, SERVICE_TEMPLATES } from './corpus/templates-services.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '../../src/adapters/transcription/local/lm/corpus');

const TEMPLATES = [...OPENING_TEMPLATES, ...DISCOVERY_TEMPLATES, ...DEAL_TEMPLATES, ...SCHEDULE_TEMPLATES, ...SERVICE_TEMPLATES];
const ALL_SLOTS = { ...SLOTS, action: ACTIONS, goods: GOODS };
/** Short lead-ins people put before a sentence in conversation ("okay so …", "yeah i think …"). */
const LEAD_INS = ['{ack}', '{ack} so', 'so', 'and', 'well', 'um', 'yeah so', 'okay so', 'i think', 'honestly', 'actually', 'also', 'great and', 'and then', 'but'];
const JOINERS = ['and', 'so', 'but', 'and then', 'because', 'and also'];

/** Normalises like the ASR output: lower case, letters, digits, apostrophes and the `<name>` class token. */
export function normaliseSentence(text: string): string {
  return text
    .toLowerCase()
    .replace(/<name>/g, ' \u0000 ')
    .replace(/[^a-z0-9'\u0000\s]/g, ' ')
    .replace(/\u0000/g, '<name>')
    .replace(/\s+/g, ' ')
    .replace(/ '(ll|re|ve|m|s|d)\b/g, "'$1")
    .trim();
}

export function generateCorpus(seed: number, perTemplate: number): string[] {
  const random = seededRandom(seed);
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (text: string) => {
    const s = normaliseSentence(text);
    if (s && !seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  };
  for (const template of TEMPLATES) {
    for (let i = 0; i < perTemplate; i++) add(expand(template, ALL_SLOTS, random));
  }
  // Conversation is rarely one clean sentence per turn: lead-ins, acknowledgements, two clauses joined.
  const singles = [...out];
  const extra = singles.length;
  for (let i = 0; i < extra / 2; i++) add(`${expand(pick(LEAD_INS, random), ALL_SLOTS, random)} ${pick(singles, random)}`);
  for (let i = 0; i < extra / 3; i++) add(`${pick(singles, random)} ${pick(JOINERS, random)} ${pick(singles, random)}`);
  for (let i = 0; i < extra / 6; i++) add(`${expand('{ack}', ALL_SLOTS, random)} ${pick(singles, random)}`);
  return out;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { seed: { type: 'string', default: '20261105' }, 'per-template': { type: 'string', default: '60' } } });
  const sentences = generateCorpus(Number(values.seed), Number(values['per-template']));
  const file = resolve(CORPUS_DIR, 'generated.txt');
  await writeFile(file, `${sentences.join('\n')}\n`);
  process.stdout.write(`${TEMPLATES.length} templates → ${sentences.length} sentences → ${file}\n`);
}
