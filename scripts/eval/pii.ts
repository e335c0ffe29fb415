const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9',
  cero: '0', uno: '1', dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9',
};

/** Runs of digits in text, with spoken digit words read as digits and spaces / dashes between them ignored. */
export function digitRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const token of text.toLowerCase().split(/[^a-z0-9\u00e0-\u00ff]+/)) {
    const digits = /^\d+$/.test(token) ? token : DIGIT_WORDS[token];
    if (digits !== undefined) current += digits;
    else if (token) {
      if (current) runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Whether `spoken` (a number as said in the call) appears, in digits or words, anywhere in `output`. */
export function leaks(output: string, spoken: string): boolean {
  const secret = digitRuns(spoken).join('');
  return secret.length >= 6 && digitRuns(output).some((run) => run.includes(secret));
}
