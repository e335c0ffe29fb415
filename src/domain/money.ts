/**
 * Sums of money as people say them in a call, written by a transcriber either way: in figures ("$48,000",
 * "48k", "€1.2M", "48,000 dollars", "48 thousand") or in words ("forty-eight thousand dollars", "one point two
 * million", "fifty-five hundred euros"). A number counts as money only with a currency (a sign, a currency word)
 * or a magnitude (k, thousand, million, grand): "forty-eight" alone, a year or a count of seats is not.
 * A comma with one or two digits after it, right before a magnitude, is a decimal comma ("1,5 million" is
 * 1.5 million). A bare number said right before an amount, smaller than it once given its magnitude ("forty,
 * forty-five thousand", "3 to 4 million"), makes it a range: the amount is its upper end, marked `range`.
 */

/** Currencies a call names: `$` and "dollars" are read as USD (see `currencyFits` for other dollars). */
export type SaidCurrency = 'USD' | 'EUR' | 'GBP';

export interface SpokenAmount {
  value: number;
  /**
   * How finely it was said: 1000 for "48k" or "forty-eight thousand", 100,000 for "1.2 million", 1 for "$48,250".
   * A CRM value within half of it is the same amount, rounded as people round when they speak.
   */
  precision: number;
  currency: SaidCurrency | null;
  /** Where it stands in the text (currency sign and words included; for a range, from its lower end). */
  start: number;
  end: number;
  /** The upper end of a range said with a bare lower end ("forty to forty-five thousand"): not one amount. */
  range?: true;
}

/** An amount with what a range check needs: its magnitude and the number said before it. */
interface Found extends SpokenAmount {
  /** The magnitude it was said with (1000 for "48k"), 1 without one. */
  scale: number;
  /** The first number word said ("three" in "three hundred thousand"), or null for figures. */
  firstWord: number | null;
}

const SIGN: Record<string, SaidCurrency> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const CURRENCY_WORD = /^(?:(?:us\s+)?dollars?|bucks|usd|euros?|eur|pounds?(?:\s+sterling)?|gbp|quid)\b/i;
const currencyOfWord = (w: string): SaidCurrency => (/^(?:eur|euro)/i.test(w) ? 'EUR' : /^(?:pound|gbp|quid)/i.test(w) ? 'GBP' : 'USD');

const MAGNITUDE: Record<string, number> = { k: 1e3, thousand: 1e3, grand: 1e3, m: 1e6, mm: 1e6, mil: 1e6, million: 1e6, bn: 1e9, billion: 1e9 };

const MAGNITUDE_AHEAD = '(?=(?:k|mm|m|bn)\\b|\\s+(?:thousand|grand|million|mil|billion)\\b)';
const FIGURE = new RegExp(
  `(?:([$€£])\\s?)?(\\d+,\\d{1,2}${MAGNITUDE_AHEAD}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:(k|mm|m|bn)\\b|\\s+(thousand|grand|million|mil|billion)\\b)?`,
  'gi',
);
/** "1,5" before a magnitude: a decimal comma. */
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const NUMBER_WORD = /^(?:a|and|point|hundred|thousand|grand|million|billion|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/i;

/** Every sum of money in `text`, left to right. */
export function findAmounts(text: string): SpokenAmount[] {
  const found = [...figures(text), ...inWords(text)].sort((a, b) => a.start - b.start);
  const kept = found.filter((a, i) => !found.some((b, j) => j !== i && b.start <= a.start && b.end >= a.end && (b.end - b.start > a.end - a.start || j < i)));
  return kept.map((a) => {
    const { scale: _scale, firstWord: _firstWord, ...amount } = a;
    const low = rangeStart(text, a, kept);
    return low === null ? amount : { ...amount, start: low, range: true as const };
  });
}

/** Words that join the two ends of a range ("and" only after "between"). */
const LOW_END_DIGITS = /(?<![\d.,$€£])(\d+(?:\.\d+)?)(\s*,\s*|\s*[-–—]\s*|\s+(?:to|or|through|thru|and)\s+)$/i;
const LOW_END_WORDS =
  /((?:\b(?:a|and|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)[\s-]+)*\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred))(\s*,\s*|\s*[-–—]\s*|\s+(?:to|or|through|thru|and)\s+)$/i;

/**
 * Where a range ending in `a` starts, or null: a bare number (no currency, no magnitude, not itself an amount)
 * right before it that is smaller than `a` said without its magnitude. After a comma the two must be of one order
 * ("fifty, sixty thousand"; not "option 2, 50 thousand").
 */
function rangeStart(text: string, a: Found, amounts: Found[]): number | null {
  const before = text.slice(0, a.start);
  const m = LOW_END_DIGITS.exec(before) ?? LOW_END_WORDS.exec(before);
  if (!m) return null;
  const separator = m[2]!.trim().toLowerCase();
  if (separator === 'and' && !/\bbetween\s+$/i.test(before.slice(0, m.index))) return null;
  if (amounts.some((b) => b !== a && b.end > m.index && b.start < a.start)) return null;
  const low = /^\d/.test(m[1]!) ? Number(m[1]) : parseWords(m[1]!.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== 'and'))?.value;
  if (low === undefined || !Number.isFinite(low)) return null;
  const lead = a.value / a.scale;
  const sameOrder = (x: number) => low < x && low * 10 > x;
  const fits = separator === ',' ? sameOrder(lead) || (a.firstWord !== null && sameOrder(a.firstWord)) : low < lead;
  return fits ? m.index : null;
}

function figures(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, sign, digits, suffix, word] = m;
    // A figure glued to letters ("Q3", "4G") or a time ("3:30") is not an amount; nor is one that starts right
    // after "digit," or "digit." (the tail of a figure the pattern did not take whole).
    if (/(?:[\p{L}:]|\d[,.])$/u.test(text.slice(0, m.index)) || /^[\p{L}\d]/u.test(text.slice(m.index + whole.length))) continue;
    const magnitude = MAGNITUDE[(suffix ?? word ?? '').toLowerCase()] ?? 1;
    const after = withCurrencyWord(text, m.index + whole.length);
    const currency = sign ? SIGN[sign]! : after.currency;
    if (!currency && (magnitude === 1 || counts(text, after.end))) continue;
    const decimalComma = DECIMAL_COMMA.test(digits!);
    const number = Number(decimalComma ? digits!.replace(',', '.') : digits!.replace(/,/g, ''));
    const decimals = digits!.split(decimalComma ? ',' : '.')[1]?.length ?? 0;
    out.push({
      value: round(number * magnitude),
      precision: magnitude === 1 ? 1 : magnitude / 10 ** decimals,
      currency,
      start: m.index,
      end: after.end,
      scale: magnitude,
      firstWord: null,
    });
  }
  return out;
}

/** Number words in a row ("forty-eight thousand", "one point two million"), then an optional currency word. */
function inWords(text: string): Found[] {
  const out: Found[] = [];
  const tokens = [...text.matchAll(/[A-Za-z]+/g)];
  const word = (k: number) => tokens[k]?.[0].toLowerCase() ?? '';
  let i = 0;
  while (i < tokens.length) {
    const w = word(i);
    const starts = NUMBER_WORD.test(w) && w !== 'and' && w !== 'point' && (w !== 'a' || /^(?:hundred|thousand|million|grand)$/.test(word(i + 1)));
    if (!starts) {
      i += 1;
      continue;
    }
    let j = i;
    // The words of one number are separated by a space or a hyphen only.
    // "and" joins the words of one number only after "hundred" or a magnitude ("two hundred and ten"); after
    // anything else it joins two numbers ("between forty and forty-five thousand").
    while (
      j + 1 < tokens.length &&
      NUMBER_WORD.test(word(j + 1)) &&
      (word(j + 1) !== 'and' || /^(?:hundred|thousand|million|billion)$/.test(word(j))) &&
      /^[\s-]+$/.test(text.slice(tokens[j]!.index + tokens[j]![0].length, tokens[j + 1]!.index))
    ) j += 1;
    while (j > i && /^(?:and|point|a)$/.test(word(j))) j -= 1;
    const parsed = parseWords(tokens.slice(i, j + 1).map((t) => t[0].toLowerCase()));
    const end = tokens[j]!.index + tokens[j]![0].length;
    const after = withCurrencyWord(text, end);
    if (parsed && (parsed.precision > 1 || after.currency) && (after.currency || !counts(text, end))) {
      const words = tokens.slice(i, j + 1).map((t) => t[0].toLowerCase());
      const last = words[words.length - 1]!;
      const scale = last === 'hundred' ? 100 : (MAGNITUDE[last] ?? 1);
      const first = words.find((w) => UNITS[w] !== undefined || TENS[w] !== undefined);
      const firstWord = first === undefined ? null : (UNITS[first] ?? TENS[first]!);
      out.push({ value: parsed.value, precision: parsed.precision, currency: after.currency, start: tokens[i]!.index, end: after.end, scale, firstWord });
    }
    i = j + 1;
  }
  return out;
}

/** Things counted rather than paid: "a thousand seats", "10k users" are not sums of money. */
const COUNTED = /^\s*(?:seats?|users?|licen[cs]es?|people|persons?|employees?|staff|members?|agents?|reps?|units?|items?|pieces?|orders?|calls?|minutes?|hours?|days?|weeks?|months?|years?|locations?|sites?|stores?|clinics?|devices?|accounts?|customers?|clients?|records?|messages?|e-?mails?|contacts?|miles?|km|kilomet(?:er|re)s?|pallets?|boxes|cases?|tons?|tonnes?|percent|%)\b/i;
const counts = (text: string, from: number) => COUNTED.test(text.slice(from));

/** "forty eight thousand" → 48000 (precision 1000); "one point two million" → 1.2e6 (precision 1e5); null when not a number. */
function parseWords(words: string[]): { value: number; precision: number } | null {
  let total = 0;
  let current = 0;
  let decimals: number[] | null = null;
  let smallest = 1;
  let sawNumber = false;
  for (const w of words) {
    if (w === 'and') continue;
    if (w === 'a') {
      current = current || 1;
      continue;
    }
    if (w === 'point') {
      if (decimals) return null;
      decimals = [];
      continue;
    }
    const scale = w === 'hundred' ? 100 : (MAGNITUDE[w] ?? 0);
    if (decimals && scale === 0) {
      const d = UNITS[w];
      if (d === undefined || d > 9) return null;
      decimals.push(d);
      continue;
    }
    if (decimals) {
      current += Number(`0.${decimals.join('')}`);
      smallest = scale / 10 ** decimals.length;
      decimals = null;
    }
    if (w === 'hundred') current = (current || 1) * 100;
    else if (scale) {
      total += (current || 1) * scale;
      smallest = Math.min(smallest === 1 ? scale : smallest, scale);
      current = 0;
    } else {
      const v = UNITS[w] ?? TENS[w];
      if (v === undefined) return null;
      current += v;
      sawNumber = true;
    }
  }
  if (decimals || !sawNumber) return null;
  const value = round(total + current);
  // Units said after the last magnitude ("forty-eight thousand five hundred") make it finer.
  const precision = current ? 1 : smallest;
  return value > 0 ? { value, precision } : null;
}

function withCurrencyWord(text: string, from: number): { currency: SaidCurrency | null; end: number } {
  const rest = text.slice(from);
  const m = /^\s*/.exec(rest)!;
  const word = CURRENCY_WORD.exec(rest.slice(m[0].length));
  return word ? { currency: currencyOfWord(word[0]), end: from + m[0].length + word[0].length } : { currency: null, end: from };
}

/** Whether an amount said in `said` can be the CRM's amount in `crm`: either unknown, the same, or "$" for a dollar the CRM names (CAD, AUD…). */
export function currencyFits(said: SaidCurrency | null, crm: string | null | undefined): boolean {
  if (!said || !crm) return true;
  const code = crm.toUpperCase();
  return code === said || (said === 'USD' && /^[A-Z]{2}D$/.test(code));
}

/** Whether the CRM's amount is the one said, within the rounding of how it was said. */
export function sameAmount(said: Pick<SpokenAmount, 'value' | 'precision'>, crm: number): boolean {
  return Math.abs(said.value - crm) <= Math.max(said.precision / 2, 0.005);
}

/** "$48,000", "€1,250.50", "48,000" with no currency known. */
export function formatAmount(value: number, currency: string | null | undefined): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  if (currency && /^[A-Z]{3}$/i.test(currency)) {
    try {
      return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(value);
    } catch {
      // An unknown code: the figure and the code.
    }
    return `${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(value)} ${currency.toUpperCase()}`;
  }
  return new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 }).format(value);
}

const round = (n: number) => Math.round(n * 100) / 100;
