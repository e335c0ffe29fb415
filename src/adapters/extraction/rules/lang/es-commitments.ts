import { findDatePhrases, pickDuePhrase, resolveDueDate, type SkipPhrase } from '../../../../domain/dates.ts';
import type { Owner } from '../../../../domain/insights.ts';
import { mergeActionDrafts, type ActionDraft, type DraftKind } from '../merge-items.ts';
import { otherRole, quoteAround, wordCount, type Role, type Sentence } from '../sentences.ts';
import { verbForm, type VerbForm } from './es-verbs.ts';
import type { CommitmentContext } from './types.ts';

/**
 * Spanish action items. Who owns the task follows from the grammar, as in English:
 * - the speaker: "le envío…", "te mando…", "voy a preparar…", "le voy a llamar…", "me encargo de…",
 *   "enviaré…", "tengo que / necesito / puedo revisar…", "déjeme consultar…";
 * - the other party: "¿puede(s) / podría enviarme…?", "necesito que me envíe…", "envíeme…",
 *   "por favor, mande…", "¿me envía…?";
 * - the rep, who keeps the calendar: "agendemos…", "¿podemos agendar una demostración el martes?".
 * Task texts are short infinitive phrases ("Enviar la propuesta"), dates removed, the customer's
 * "nuestro / mi" written as "su".
 */

interface Token {
  word: string;
  start: number;
  end: number;
}

const CLITICS = new Set(['me', 'te', 'le', 'les', 'nos', 'os', 'lo', 'la', 'los', 'las', 'se']);
const FILLERS = new Set(['también', 'ya', 'luego', 'después', 'ahora', 'mismo', 'personalmente', 'directamente', 'primero', 'además', 'usted', 'ustedes', 'yo', 'nosotros', 'nosotras', 'hoy', 'mañana', 'sin', 'falta']);
const DETERMINERS = new Set(['el', 'la', 'los', 'las', 'un', 'una', 'mi', 'mis', 'su', 'sus', 'tu', 'tus', 'nuestro', 'nuestra', 'este', 'ese', 'esta', 'esa', 'del', 'al']);
const GOING = new Set(['voy', 'vamos', 'iré', 'iremos']);
const MUST = new Set(['necesito', 'necesitamos', 'debo', 'debemos']);
const LET_ME = new Set(['déjeme', 'déjame', 'dejeme', 'dejame', 'permítame', 'permíteme', 'déjenme']);
const CAN_YOU = new Set(['puede', 'puedes', 'pueden', 'podría', 'podrías', 'podrían', 'podrá', 'podrás', 'podrán']);
const CAN_WE = new Set(['podemos', 'podríamos', 'podremos']);
const ASK_THAT = new Set(['necesito', 'necesitamos', 'quisiera', 'quisiéramos', 'gustaría', 'pido', 'pedimos', 'agradecería', 'agradeceríamos', 'posible']);
const NEGATION = new Set(['no', 'nunca', 'tampoco', 'jamás']);
const INDIRECT = new Set(['me', 'te', 'le', 'les', 'nos', 'os', 'se']);
/** "… y le aviso / confirmo": the present tense before it is a promise ("hablo con mi jefe y le aviso"). */
const REPORT_BACK_AFTER = /(?<![\p{L}])y\s+(?:se\s+lo\s+|l[eo]s?\s+|te\s+)(?:aviso|confirmo|escribo)(?![\p{L}])/iu;
const PAST = /(?<![\p{L}])(?:ayer|anoche|pasad[oa]|anterior)(?![\p{L}])/iu;
const HABITUAL = /(?<![\p{L}])(?:cada|siempre|normalmente|usualmente|generalmente|a\s+veces|todos\s+los|todas\s+las|por\s+lo\s+general)(?![\p{L}])/iu;
const CONDITIONAL_BEFORE = /(?<![\p{L}])(?:(?<!(?:tal|parece)\s)si|a\s+menos\s+que|en\s+caso\s+de\s+que|cómo|por\s+qué|dónde|para\s+(?:que|poder))(?![\p{L}])[^,;]*$/iu;
const MEETING = /^(?:una?|la|el|nuestra|otra)\s+(?:[\p{L}-]+\s+){0,2}?(?:reuni[oó]n|llamada|videollamada|demo|demostraci[oó]n|presentaci[oó]n|sesi[oó]n|cita|revisi[oó]n)(?![\p{L}])/iu;
const EVENT_BEFORE = /(?<![\p{L}])(?:invitaci[oó]n|reuni[oó]n|llamada|demo|demostraci[oó]n|presentaci[oó]n|sesi[oó]n|cita)\s+$/iu;
const CLAUSE_END =
  /[.?!;:¿¡]|,\s*(?:y|pero|porque|pues|así\s+que|entonces|que|si|aunque|ya\s+que|para\s+que|cuando|mientras|vale|de\s+acuerdo|verdad)(?![\p{L}])|\s+(?:para\s+que|porque|ya\s+que|aunque|así\s+que|si|cuando|en\s+cuanto|mientras|pero|y\s+(?:luego\s+|después\s+)?(?:yo|nosotros|usted|ustedes|tú|él|ella|ellos))(?![\p{L}])|\s+[—–-]\s+/iu;
const TRAILING =
  /(?:[\s,]+(?:por\s+favor|también|hoy|ya|entonces|luego|si\s+puede|si\s+es\s+posible|lo\s+antes\s+posible|cuanto\s+antes|sin\s+falta|de\s+mi\s+parte|de\s+nuestra\s+parte|a\s+usted(?:es)?|a\s+ti|a\s+m[ií]|a\s+nosotros))+[\s,]*$/iu;
const IN_CALL = /^(?:compartir\s+(?:mi|la|su|tu)\s+pantalla|hablar\s+(?:con\s+(?:usted|ustedes|contigo)|de|sobre)|pasar\s+con|pasar\s*$)/iu;
const ASSENT = /^[¡¿]?(?:claro|sí|por\s+supuesto|con\s+gusto|perfecto|de\s+acuerdo|vale|sin\s+problema|cómo\s+no|listo|hecho)(?![\p{L}])/iu;
const FUTURE_MARKER = /(?<![\p{L}])(?:despu[eé]s\s+de\s+(?:la|esta)\s+llamada|m[aá]s\s+tarde|luego|internamente|con\s+(?:mi|su|tu|nuestro|nuestra)|cuando\s+pueda)(?![\p{L}])/iu;
const DELIVERABLE =
  /(?<![\p{L}])(?:la|el|las|los|una|un)\s+(?:[\p{L}-]+\s+){0,2}?(?:propuesta|contrato|cotizaci[oó]n|lista|precios|presupuesto|factura|informe|reporte|documentaci[oó]n|invitaci[oó]n|agenda|enlace|acuerdo|orden\s+de\s+compra|datos|detalles|resumen|grabaci[oó]n|plan|cronograma|cuestionario|formulario|muestras?)(?![\p{L}])/giu;
const MAX_WORDS = 14;

function tokens(text: string): Token[] {
  return [...text.matchAll(/\p{L}+/gu)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
}

interface Trigger {
  at: number;
  kind: DraftKind;
  form: VerbForm;
  /** A pronoun before the verb that names the listener ("le envío", "te llamo"). */
  toListener: boolean;
  /** "se la envío": the object is a pronoun. */
  pronounObject: boolean;
  /** A promise ("le envío", "voy a"), not just "puedo / necesito / tengo que" (which need plain follow-up work). */
  promise: boolean;
}

/** The trigger a verb token makes, given the words before it in its sentence. */
function triggerAt(ts: Token[], i: number, form: VerbForm, question: boolean, sentence: string): Trigger | null {
  let j = i - 1;
  const clitics: string[] = [];
  while (j >= 0 && (CLITICS.has(ts[j]!.word) || FILLERS.has(ts[j]!.word))) {
    if (CLITICS.has(ts[j]!.word)) clitics.push(ts[j]!.word);
    j--;
  }
  const p1 = ts[j]?.word;
  const p2 = ts[j - 1]?.word;
  const subject = ts.slice(Math.max(0, j + 1), i).some((t) => t.word === 'yo' || t.word === 'nosotros' || t.word === 'nosotras');
  // "le envío", "le voy a llamar", "llamarle": the pronoun names the listener.
  const near = ts.slice(Math.max(0, i - 3), i).map((t) => t.word);
  const toListener = near.some((w) => w === 'le' || w === 'te' || w === 'les' || w === 'se') || /(?:le|te|les)(?:lo|la|los|las)?$/.test(form.enclitic);
  const pronounObject = clitics.some((c) => /^l[oa]s?$/.test(c)) || /(?:lo|la|los|las)$/.test(form.enclitic);
  const make = (kind: DraftKind, promise = kind === 'self'): Trigger => ({ at: i, kind, form, toListener, pronounObject, promise });
  const plural = form.type === 'pres1p' || form.type === 'fut1p';
  // "no le puedo enviar…", "nunca les mandamos…".
  const before = sentence.slice(0, ts[i]!.start);
  const clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  if (ts.slice(Math.max(0, i - 4), i).some((t) => t.start > clauseStart && NEGATION.has(t.word))) return null;
  switch (form.type) {
    case 'inf':
      if (p1 === 'a' && p2 && GOING.has(p2)) return make(form.schedule && (p2 === 'vamos' || p2 === 'iremos') ? 'joint' : 'self');
      if (p1 === 'de' && (p2 === 'encargo' || p2 === 'encargamos' || p2 === 'encargaré')) return make('self');
      if (p1 === 'que' && (p2 === 'tengo' || p2 === 'tenemos')) return make('self', false);
      if (p1 && (MUST.has(p1) || (p1 === 'puedo' && !question))) return make('self', false);
      if (p1 && LET_ME.has(p1)) return make('self');
      if (p1 && CAN_YOU.has(p1)) return make('request');
      if (p1 && CAN_WE.has(p1) && form.schedule) return make('joint');
      return null;
    case 'pres1s':
    case 'pres1p':
      if (p1 === 'que' || (p1 && DETERMINERS.has(p1) && !clitics.length) || HABITUAL.test(sentence)) return null;
      if (form.inf === 'pedir' && ts[i + 1]?.word === 'que') return null;
      // "enviamos" is also the past tense: "ya le enviamos…", "… la semana pasada".
      if (plural && (ts.slice(Math.max(0, i - 3), i).some((t) => t.word === 'ya') || PAST.test(sentence))) return null;
      if (form.schedule && plural) return make('joint');
      if (question) return null;
      // A pronoun for the listener ("le envío") or a subject ("yo mando") makes a promise; "los revisamos a
      // mano" is how things are done, unless a date or a report back says otherwise.
      if (clitics.some((c) => INDIRECT.has(c)) || subject || pickDuePhrase(sentence, 'es') || REPORT_BACK_AFTER.test(sentence.slice(ts[i]!.end))) {
        return make('self');
      }
      return null;
    case 'fut1s':
    case 'fut1p':
      return question ? null : make('self');
    case 'subj':
      if (p1 === 'que' && p2 && ASK_THAT.has(p2)) return make('request');
      if (p1 === 'favor' && p2 === 'por') return make('request');
      // "envíeme…": a usted imperative carries its pronouns.
      return form.enclitic && !clitics.length ? make('request') : null;
    case 'subj1p':
      return form.schedule ? make('joint') : null;
    case 'imp':
      if (form.enclitic || (p1 === 'favor' && p2 === 'por')) return make('request');
      if (question && ts[i - 1] && (ts[i - 1]!.word === 'me' || ts[i - 1]!.word === 'nos')) return make('request');
      return null;
  }
}

function ownerOf(kind: DraftKind, speaker: Role): Owner {
  if (kind === 'joint') return 'rep';
  if (kind === 'request') return otherRole(speaker);
  return speaker;
}

function cutClause(phrase: string): string {
  const m = CLAUSE_END.exec(phrase);
  return m ? phrase.slice(0, m.index) : phrase;
}

function withoutDates(phrase: string): string {
  let out = phrase;
  for (const p of findDatePhrases(phrase, 'es').reverse()) {
    const after = out.slice(p.end);
    // "el presupuesto el lunes, con el descuento" → "el presupuesto con el descuento".
    const rest = /^,\s*\p{Ll}/u.test(after) && /\p{L}\s*$/u.test(out.slice(0, p.start)) ? after.replace(/^,/, '') : after;
    out = `${out.slice(0, p.start)} ${rest}`;
  }
  return out.replace(/\s{2,}/g, ' ').trim();
}

/** The customer's things are "su" for the rep who reads the CRM; recipients ("a mí") are implied. */
function rewrite(phrase: string, speaker: Role): string {
  let p = phrase.replace(/(?<![\p{L}])a\s+(?:m[ií]|nosotros|nosotras|usted|ustedes|ti)(?![\p{L}])/giu, '');
  if (speaker === 'customer') {
    p = p.replace(/(?<![\p{L}])(?:nuestros|nuestras|mis)(?![\p{L}])/giu, 'sus').replace(/(?<![\p{L}])(?:nuestro|nuestra|mi)(?![\p{L}])/giu, 'su');
  }
  return p.replace(/\s{2,}/g, ' ').trim();
}

function lastDeliverable(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(DELIVERABLE)) last = m[0];
  // Named again, the thing is definite: "una propuesta … se la envío" → "la propuesta".
  return last?.replace(/^una(?=\s)/i, 'la').replace(/^un(?=\s)/i, 'el') ?? null;
}

const namesDeliverable = (text: string): boolean => new RegExp(DELIVERABLE.source, 'iu').test(text);

function finishText(phrase: string): string {
  let p = withoutDates(phrase).replace(/(?<![\p{L}])(\p{L}+)(?:\s+\1)+(?![\p{L}])/giu, '$1');
  for (let i = 0; i < 3; i++) {
    p = p.replace(TRAILING, '').replace(/[\s,.;:!?'"-]+$/, '').replace(/\s+(?:a|para|de|en|con|por|antes|hasta)$/iu, '');
  }
  p = p.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS).join(' ');
  return p.charAt(0).toUpperCase() + p.slice(1);
}

/** The task for a trigger: infinitive + the rest of its clause, with the object and recipient resolved. */
function taskText(t: Trigger, verbEnd: number, text: string, end: number, s: Sentence, context: string, ctx: CommitmentContext): string | null {
  const form = t.form;
  // The words up to the next task, without the "y (se la)" that joins it.
  let rest = cutClause(text.slice(verbEnd, end)).replace(/(?:,?\s+(?:y|e)(?:\s+(?:me|te|le|les|nos|lo|la|los|las|se))*|\s+(?:me|te|le|les|nos|lo|la|los|las|se))+\s*$/iu, '').trim();
  if (form.inf === 'hacer' && !MEETING.test(rest)) return null;
  let verb = form.inf === 'hacer' ? 'agendar' : form.inf;
  // "le vuelvo a llamar", "lo intento de nuevo": a call back; otherwise these verbs are no task.
  if (form.inf === 'volver' || form.inf === 'intentar') {
    const back = form.inf === 'volver' ? /^a\s+llamar(?:le|te|lo|la)?(?![\p{L}])/iu : /^(?:de\s+nuevo|otra\s+vez|m[aá]s\s+tarde)(?![\p{L}])/iu;
    if (!back.test(rest)) return null;
    verb = 'volver a llamar';
    rest = rest.replace(back, '').trim();
  }
  const listener = otherRole(s.role) === 'rep' ? ctx.names.rep : otherRole(s.role) === 'customer' ? ctx.names.customer : null;
  if ((verb === 'llamar' || verb === 'volver a llamar' || verb === 'contactar') && t.toListener && listener) rest = `a ${listener} ${rest}`;
  if (t.pronounObject && verb !== 'volver a llamar' && !namesDeliverable(rest)) {
    const noun = lastDeliverable(context);
    if (noun) rest = `${noun} ${rest}`;
  }
  const phrase = `${verb} ${rewrite(rest, s.role)}`.trim();
  if (IN_CALL.test(phrase)) return null;
  const task = finishText(phrase);
  // A bare verb ("le aviso", "mándemelo") names no task.
  return wordCount(task) < 2 ? null : task;
}

function dateFromReply(sentences: readonly Sentence[], i: number, owner: Owner, ctx: CommitmentContext): { date: string; sentence: Sentence } | null {
  for (let j = i + 1; j < sentences.length && j <= i + 2; j++) {
    const next = sentences[j]!;
    if (next.segmentIndex === sentences[i]!.segmentIndex) continue;
    if (next.role !== owner || next.addressedToSystem || wordCount(next.text) > 10) return null;
    if (!ASSENT.test(next.text) && !/^(?:antes|para|el)(?![\p{L}])/iu.test(next.text)) return null;
    const date = resolveDueDate(next.text, ctx.startedAt, ctx.timezone, 'es');
    return date ? { date, sentence: next } : null;
  }
  return null;
}

export function findSpanishActionItems(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  sentences.forEach((s, i) => {
    if (s.addressedToSystem) return;
    const text = s.text;
    const question = /\?\s*$/.test(text);
    const ts = tokens(text);
    const triggers: Trigger[] = [];
    let coveredUntil = -1;
    ts.forEach((tok, k) => {
      const form = verbForm(tok.word);
      if (!form) return;
      // A verb inside the clause of the task before it belongs to that task, unless "y" adds another.
      let b = k - 1;
      while (b >= 0 && CLITICS.has(ts[b]!.word)) b--;
      const joined = (ts[b]?.word === 'y' || ts[b]?.word === 'e') && triggers.length > 0;
      if (tok.start < coveredUntil && !joined) return;
      const own = triggerAt(ts, k, form, question, text);
      const t = own ?? (joined ? { ...triggers[triggers.length - 1]!, at: k, form, toListener: false, pronounObject: false } : null);
      if (!t) return;
      const before = text.slice(0, tok.start);
      if (!joined && CONDITIONAL_BEFORE.test(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1))) return;
      triggers.push(t);
      coveredUntil = tok.start + cutClause(text.slice(tok.start)).length;
    });
    triggers.forEach((t, n) => {
      const tok = ts[t.at]!;
      const next = triggers[n + 1];
      const end = next ? ts[next.at]!.start : text.length;
      const windowStart = n > 0 ? ts[triggers[n - 1]!.at]!.end : 0;
      const window = text.slice(windowStart, end);
      const hasDate = pickDuePhrase(window, 'es') !== null || FUTURE_MARKER.test(window);
      const promise = t.promise;
      if ((t.kind === 'joint' && !t.form.schedule) || (!promise && t.kind !== 'joint' && !t.form.core)) return;
      if (t.form.weak && !promise && !hasDate) return;
      if (t.kind === 'joint' && !hasDate && t.form.type !== 'subj1p') return;
      const context = [sentences[i - 2]?.text, sentences[i - 1]?.text, text.slice(0, tok.start)].filter(Boolean).join(' ');
      const task = taskText(t, tok.end, text, end, s, context, ctx);
      const owner = ownerOf(t.kind, s.role);
      const previous = drafts[drafts.length - 1];
      // "consulto con mi jefe y le confirmo": one task that ends in reporting back.
      if (n > 0 && (t.form.inf === 'confirmar' || t.form.inf === 'avisar') && previous?.at === i && previous.owner === owner) {
        previous.text = `${previous.text} y ${task ? task.charAt(0).toLowerCase() + task.slice(1) : t.form.inf}`;
        previous.dueDate ??= resolveDueDate(window, ctx.startedAt, ctx.timezone, 'es');
        return;
      }
      if (!task || task.length < 3) return;
      const skip: SkipPhrase | undefined = t.form.schedule ? undefined : (p, w) => /^(?:para|el)(?![\p{L}])/iu.test(w.slice(p.start)) && EVENT_BEFORE.test(w.slice(0, p.start));
      let dueDate = resolveDueDate(window, ctx.startedAt, ctx.timezone, 'es', skip);
      const evidence = [{ sentence: s, quote: quoteAround(text, tok.start) }];
      if (!dueDate && t.kind === 'request') {
        const reply = dateFromReply(sentences, i, owner, ctx);
        if (reply) {
          dueDate = reply.date;
          evidence.push({ sentence: reply.sentence, quote: reply.sentence.text });
        }
      }
      // "voy a preparar una propuesta y se la envío": one task, the one that delivers it.
      if (n > 0 && t.pronounObject && previous && previous.at === i && previous.owner === owner && lastDeliverable(previous.text)) {
        drafts.pop();
      }
      drafts.push({ text: task, owner, dueDate, evidence, kind: t.kind, at: i });
    });
  });
  return mergeActionDrafts(drafts);
}
