import { z } from 'zod';

/**
 * Seconds a person spends on one item of CRM data entry done by hand, by item. The defaults are
 * keystroke-level-model estimates (KLM: Card, Moran & Newell, "The Keystroke-Level Model for User
 * Performance Time with Interactive Systems", Communications of the ACM 23(7), 1980, Figure 1):
 *
 * | operator | seconds | meaning (KLM, 1980) |
 * |---|---|---|
 * | K | 0.28 | one keystroke, "average non-secretary typist (40 wpm)" |
 * | P | 1.10 | point with a mouse at a target on the screen |
 * | B | 0.10 | press or release a mouse button (B was added in Card, Moran & Newell, *The Psychology of Human-Computer Interaction*, 1983; a click is BB = 0.2) |
 * | H | 0.40 | home the hands between keyboard and mouse |
 * | M | 1.35 | mentally prepare (decide what to do or type next) |
 *
 * A typed word is 6 keystrokes (5 characters and a space: the words-per-minute convention), 1.68 s, i.e.
 * 36 wpm. That is slower than the 51.6 wpm mean that Dhakal, Feit, Kristensson & Oulasvirta measured
 * copying sentences ("Observations on Typing from 136 Million Keystrokes", CHI 2018), and deliberately so:
 * a rep writing call notes composes them from memory, and KLM's 40 wpm rate is for text being typed, not
 * thought of. Set your own figures with TYPING_TIMES or TYPING_TIMES_FILE (see the README).
 */
export const KLM = { K: 0.28, P: 1.1, B: 0.1, H: 0.4, M: 1.35 } as const;

/** Seconds of a KLM operator sequence, e.g. `M P BB H 8K H`: letters, each optionally repeated by a count before it. */
export function klmSeconds(sequence: string): number {
  let total = 0;
  for (const token of sequence.trim().split(/\s+/)) {
    const m = /^(\d*)([KPBHM]+)$/.exec(token);
    if (!m) throw new Error(`klmSeconds: "${token}" is not a KLM operator run`);
    const times = m[1] ? Number(m[1]) : 1;
    for (const op of m[2]!) total += times * KLM[op as keyof typeof KLM];
  }
  return Math.round(total * 100) / 100;
}

/** What callscribe writes for a call, one count each (see `countWork`). */
export const WRITTEN_ITEMS = ['callLog', 'callLogField', 'word', 'association', 'task', 'taskOwner', 'taskDueDate', 'stageChange', 'fieldFixed'] as const;
/** What people do to callscribe's work afterwards (see `countWork`). */
export const CORRECTION_ITEMS = ['edit', 'editedWord', 'rejection', 'review'] as const;
export type WrittenItem = (typeof WRITTEN_ITEMS)[number];
export type CorrectionItem = (typeof CORRECTION_ITEMS)[number];
export type TimedItem = WrittenItem | CorrectionItem;

/**
 * The default seconds per item, each as the KLM sequence a person would go through in a CRM's web form
 * (the sequence is the source; the README's table repeats it).
 */
export const DEFAULT_TYPING_SEQUENCES: Record<TimedItem, { klm: string; what: string }> = {
  // Open "Log a call" on the record (M P BB) and save it (M P BB).
  callLog: { klm: 'M P BB M P BB', what: 'open the log-a-call form on the record, then save it' },
  // Pick the field (M P BB), type or pick its value (H 8K H: ~8 characters, a date, a duration, an outcome).
  callLogField: { klm: 'M P BB H 8K H', what: 'one structured field of the log (title, direction, time, duration, outcome)' },
  word: { klm: '6K', what: 'one word of the log body or a task subject, typed (36 wpm)' },
  // Find the contact or deal to link (M P BB H 6K H) and pick it from the results (P BB).
  association: { klm: 'M P BB H 6K H P BB', what: 'link the log or a task to the contact or the deal' },
  task: { klm: 'M P BB M P BB', what: 'open the new-task form, then save it (its subject counts as words)' },
  // Open the owner picker (M P BB) and choose a user (P BB).
  taskOwner: { klm: 'M P BB P BB', what: 'assign the task to its owner' },
  // Pick the date field (M P BB) and type the date (H 10K H).
  taskDueDate: { klm: 'M P BB H 10K H', what: 'give the task its due date' },
  // Open the deal (M P BB), open the stage list (M P BB) and choose the stage (P BB).
  stageChange: { klm: 'M P BB M P BB P BB', what: "move the deal's stage" },
  // Open the record (M P BB), pick the field (P BB), retype its value (H 15K H), save (P BB).
  fieldFixed: { klm: 'M P BB P BB H 15K H P BB', what: "fix one field of a CRM record the call showed was wrong" },
  // A person's correction: find the field (M P BB), select what is wrong (P BB), save (M P BB); its new words count as editedWord.
  edit: { klm: 'M P BB P BB M P BB', what: "a correction of callscribe's work (a summary, an action item, a changed decision)" },
  editedWord: { klm: '6K', what: 'one word typed in a correction' },
  // Decide no (M) and press reject (P BB); reading the evidence is in `review` too.
  rejection: { klm: 'M P BB M P BB', what: 'reject a proposal callscribe made (or undo a stage move it wrote)' },
  review: { klm: 'M P BB', what: 'approve a proposal as it stands' },
};

export type TypingTimes = Record<TimedItem, number>;

export const DEFAULT_TYPING_TIMES: TypingTimes = Object.fromEntries(
  Object.entries(DEFAULT_TYPING_SEQUENCES).map(([item, { klm }]) => [item, klmSeconds(klm)]),
) as TypingTimes;

export const TIMED_ITEMS = [...WRITTEN_ITEMS, ...CORRECTION_ITEMS] as const;

/** Overrides as TYPING_TIMES / TYPING_TIMES_FILE give them: seconds per item (0 to 3600), any subset of the items, no other key. */
export const TypingTimesOverrides = z.partialRecord(z.enum(TIMED_ITEMS), z.number().min(0).max(3600));

/** The defaults with these (parsed) overrides. */
export function typingTimesWith(overrides: Partial<TypingTimes>): TypingTimes {
  return { ...DEFAULT_TYPING_TIMES, ...overrides };
}
