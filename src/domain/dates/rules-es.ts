/** Spanish date phrases (conventions in ../dates.ts). */
import { addDays, day, fridayOfThisWeek, lastDayOfMonth, mondayOf, monthDay, nextWeekday, validDay, weekdayOfNextWeek, type DateRule, type Day } from './calendar.ts';
import { countFrom, ISO_RULE } from './rules-en.ts';

// ---- Spanish --------------------------------------------------------------------------------
// Accented letters are not word characters for `\b`, so Spanish patterns use Unicode look-arounds.
export const ES_WORD = (source: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'giu');
export const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
export const DIAS = ['domingo', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado'];
export const MESES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];
export const DIA_RE = '(lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
export const MES_RE = '(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
export const NEXT_WEEK_ES = '(?:la\\s+)?(?:pr[oó]xima\\s+semana|semana\\s+(?:que\\s+viene|pr[oó]xima|siguiente))';
export const NEXT_MONTH_ES = '(?:pr[oó]ximo\\s+mes|mes\\s+(?:que\\s+viene|pr[oó]ximo|siguiente))';
export const END_ES = '(?:a\\s+)?(?:finales|fin|final)';
export const COUNT_ES = '(\\d{1,2}|un\\s+par\\s+de|una?|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince)';
export const NUMBERS_ES: Record<string, number> = {
  un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, quince: 15, 'un par de': 2,
};

export function countFromEs(callDay: Day, countWord: string, unitWord: string): Day | null {
  const w = fold(countWord).replace(/\s+/g, ' ');
  const n = /^\d+$/.test(w) ? Number(w) : NUMBERS_ES[w];
  if (n === undefined) return null;
  const unit = fold(unitWord).startsWith('d') ? 'day' : fold(unitWord).startsWith('s') ? 'week' : 'month';
  // "en quince días" is Spanish for a fortnight.
  if (unit === 'day' && n === 15) return addDays(callDay, 14);
  return countFrom(callDay, String(n), unit);
}

/** "el 15" after "para"/"antes del"/"hasta el", or "el día 15": this month if still ahead, else next month. */
export function dayOfThisOrNextMonth(d: number, callDay: Day): Day | null {
  const y = callDay.getUTCFullYear();
  const mo = callDay.getUTCMonth();
  const here = validDay(y, mo, d);
  if (here && here >= callDay) return here;
  return validDay(mo === 11 ? y + 1 : y, (mo + 1) % 12, d);
}

export const RULES_ES: DateRule[] = [
  ISO_RULE,
  {
    pattern: ES_WORD(`(?:el\\s+)?(?:d[ií]a\\s+)?(\\d{1,2}|primero)\\s+de\\s+${MES_RE}(?:\\s+del?\\s+(\\d{4}))?`),
    specificity: 3,
    resolve: (m, callDay) => monthDay(callDay, MESES.indexOf(fold(m[2]!).slice(0, 3).replace('set', 'sep')), m[1] === 'primero' ? 1 : Number(m[1]), m[3]),
  },
  { pattern: ES_WORD('(?:el\\s+)?d[ií]a\\s+(\\d{1,2})'), specificity: 2, resolve: (m, callDay) => dayOfThisOrNextMonth(Number(m[1]), callDay) },
  {
    pattern: ES_WORD('(?<=(?:antes\\s+del|para\\s+el|hasta\\s+el|tardar\\s+el)\\s+)(\\d{1,2})(?!\\s*(?:%|por\\s+ciento))'),
    specificity: 2,
    resolve: (m, callDay) => dayOfThisOrNextMonth(Number(m[1]), callDay),
  },
  { pattern: ES_WORD('pasado\\s+ma[nñ]ana'), specificity: 2, resolve: (_m, callDay) => addDays(callDay, 2) },
  // "mañana" is tomorrow; "esta mañana" is today and "por / de / en la mañana" a time of day.
  { pattern: ES_WORD('(?<!(?<![\\p{L}])(?:la|esta|pasado)\\s+)ma[nñ]ana'), specificity: 2, resolve: (_m, callDay) => addDays(callDay, 1) },
  { pattern: ES_WORD('hoy(?:\\s+mismo)?|esta\\s+(?:ma[nñ]ana|tarde|noche)'), specificity: 2, resolve: (_m, callDay) => callDay },
  {
    pattern: ES_WORD('(?:al\\s+)?final\\s+del\\s+d[ií]a|(?:justo\\s+)?(?:despu[eé]s\\s+de|al\\s+terminar)\\s+(?:esta|la|nuestra)\\s+llamada|en\\s+cuanto\\s+colguemos|ahora\\s+mismo|enseguida|de\\s+inmediato'),
    specificity: 1,
    resolve: (_m, callDay) => callDay,
  },
  {
    pattern: ES_WORD(`(?:(?:este|el)\\s+)?(?:(pr[oó]ximo|siguiente)\\s+)?${DIA_RE}(?:\\s+(pr[oó]ximo|que\\s+viene|de\\s+${NEXT_WEEK_ES}))?`),
    specificity: 2,
    // "el lunes pasado" is past; "los lunes" is every Monday.
    accept: (m, before) => !/^\s+pasado/i.test(m.input.slice(m.index + m[0].length)) && !/(?<![\p{L}])los\s+$/iu.test(before),
    resolve: (m, callDay) => {
      const weekday = DIAS.indexOf(fold(m[2]!));
      return m[3] && fold(m[3]).startsWith('de') ? weekdayOfNextWeek(callDay, weekday) : nextWeekday(callDay, weekday);
    },
  },
  { pattern: ES_WORD(`${END_ES}\\s+de\\s+${NEXT_WEEK_ES}`), specificity: 2, resolve: (_m, callDay) => weekdayOfNextWeek(callDay, 5) },
  { pattern: ES_WORD(`${END_ES}\\s+de\\s+(?:esta|la)\\s+semana|esta\\s+semana`), specificity: 1, resolve: (_m, callDay) => fridayOfThisWeek(callDay) },
  {
    pattern: ES_WORD(`(?:(?:a\\s+)?(?:principios|inicios|comienzos)\\s+de\\s+)?${NEXT_WEEK_ES}`),
    specificity: 1,
    resolve: (_m, callDay) => addDays(mondayOf(callDay), 7),
  },
  {
    pattern: ES_WORD(`${END_ES}\\s+del\\s+${NEXT_MONTH_ES}`),
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1),
  },
  {
    pattern: ES_WORD(`${END_ES}\\s+del?\\s+(?:este\\s+)?mes`),
    specificity: 2,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), callDay.getUTCMonth()),
  },
  {
    pattern: ES_WORD(`(?:(?:a\\s+)?(?:principios|inicios|comienzos)\\s+del\\s+|el\\s+)?${NEXT_MONTH_ES}`),
    specificity: 1,
    resolve: (_m, callDay) => day(callDay.getUTCFullYear(), callDay.getUTCMonth() + 1, 1),
  },
  {
    pattern: ES_WORD('(?:a\\s+)?(?:finales|fin|final|cierre)\\s+del\\s+trimestre'),
    specificity: 1,
    resolve: (_m, callDay) => lastDayOfMonth(callDay.getUTCFullYear(), Math.floor(callDay.getUTCMonth() / 3) * 3 + 2),
  },
  {
    pattern: ES_WORD(`(?:en|dentro\\s+de|de\\s+aqu[ií]\\s+a)\\s+(?:(?:los|las)\\s+pr[oó]xim[oa]s\\s+)?${COUNT_ES}\\s+(d[ií]as?|semanas?|mes(?:es)?)`),
    specificity: 2,
    resolve: (m, callDay) => countFromEs(callDay, m[1]!, m[2]!),
  },
];
