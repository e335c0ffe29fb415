import type { Owner } from '../../../../domain/insights.ts';
import type { Role } from '../sentences.ts';
import type { StageRule } from '../stage-rules.ts';
import type { EmailWords, LanguageTables, StageWords, SummaryWords, VoicemailWords } from './types.ts';

/**
 * Spanish tables: stage rules, summary vocabulary and labels, the follow-up email (usted), voicemail
 * phrases and words addressed to the system. The Spanish commitment grammar is in `es-commitments.ts`.
 * Accented letters are not word characters for `\b`, so these patterns use Unicode look-arounds.
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const re = (source: string, flags = 'iu'): RegExp => new RegExp(source, flags);
const word = (source: string, flags = 'iu'): RegExp => re(`${B}(?:${source})${E}`, flags);

const DOCS = '(?:contrato|acuerdo|orden\\s+de\\s+pedido|docusign|documentos?\\s+para\\s+(?:la\\s+)?firma)';
const PITCH = '(?:demo|demostraci[oó]n|presentaci[oó]n|recorrido|sesi[oó]n\\s+de\\s+demostraci[oó]n)';
const DET = '(?:el|la|un|una|su|nuestro|nuestra)\\s+(?:[\\p{L}-]+\\s+){0,2}?';
const GENERIC_RIVAL =
  /^(?:otro\s+proveedor|otra\s+(?:empresa|opci[oó]n|soluci[oó]n|herramienta|plataforma|alternativa)|la\s+competencia|un\s+competidor|uno\s+de\s+sus\s+competidores|una\s+(?:opci[oó]n|soluci[oó]n|alternativa)\s+(?:m[aá]s\s+barata|interna|propia)|nuestro\s+(?:sistema|proveedor)\s+actual)/iu;
const NOT_A_RIVAL = /^(?:Ustedes|Usted|Su|Sus|El|La|Los|Las|Este|Esta|Eso|Esto|Nosotros|Nuestro|Nuestra|Un|Una|Lo)(?![\p{L}])/u;
/** Words that put "firmamos" in the future ("firmamos mañana", "la próxima semana"). */
const FUTURE = /(?<![\p{L}])(?:(?<!(?:esta|la)\s)ma[nñ]ana|pr[oó]xim[oa]s?|que\s+viene|cuando|en\s+cuanto)(?![\p{L}])/iu;
const EXPLICIT = { customer: 0.9 };
const SPREAD = { customer: 0.85, rep: 0.6, unknown: 0.5 };

export const ES_STAGE_RULES: StageRule[] = [
  {
    stage: 'closedlost',
    pattern: re(
      `${B}(?:elegimos|escogimos|seleccionamos|optamos\\s+por|(?:nos\\s+)?decidimos\\s+(?:por|ir\\s+con)|(?:hemos|ya)\\s+(?:elegido|escogido|seleccionado)|nos\\s+(?:quedamos|vamos|iremos|vamos\\s+a\\s+quedar)\\s+con|(?:vamos\\s+a\\s+ir|fuimos|firmamos)\\s+con)\\s+(?:a\\s+)?`,
    ),
    confidence: { customer: 0.85 },
    reason: 'said they went with another vendor',
    accept: (after) => GENERIC_RIVAL.test(after) || (/^\p{Lu}/u.test(after) && !NOT_A_RIVAL.test(after)),
  },
  {
    stage: 'closedlost',
    pattern: word(
      'decidimos\\s+no\\s+(?:seguir|avanzar|continuar|comprar|contratar|renovar|firmar)|no\\s+vamos\\s+a\\s+(?:seguir\\s+adelante|avanzar|continuar)|(?:cancelamos|vamos\\s+a\\s+cancelar)\\s+(?:la|el)\\s+(?:evaluaci[oó]n|prueba|piloto|proyecto|compra)',
    ),
    confidence: { customer: 0.85 },
    reason: 'said they will not move forward',
  },
  {
    stage: 'closedwon',
    pattern: word('(?:ya\\s+)?(?:firmamos|firm[eé]|hemos\\s+firmado|he\\s+firmado|acabamos\\s+de\\s+firmar|acabo\\s+de\\s+firmar)'),
    confidence: EXPLICIT,
    reason: 'said they signed',
    accept: (after, sentence) =>
      !/^\s*con(?![\p{L}])/iu.test(after) &&
      !/^(?:\s+[\p{L}-]+){0,3}?\s+(?:nda|acuerdo\s+de\s+confidencialidad|carta\s+de\s+intenci[oó]n|piloto|prueba)(?![\p{L}])/iu.test(after) &&
      !FUTURE.test(sentence),
  },
  {
    stage: 'closedwon',
    pattern: word('(?:el\\s+|la\\s+)?(?:contrato|acuerdo|pedido|documento|orden\\s+de\\s+compra|todo)\\s+(?:ya\\s+)?(?:est[aá]|fue|qued[oó]|ha\\s+sido)\\s+(?:ya\\s+)?firmad[oa]'),
    confidence: EXPLICIT,
    reason: 'said the contract is signed',
  },
  {
    stage: 'contractsent',
    pattern: re(`${B}(?:ya\\s+)?(?:envi[eé]|mand[eé]|enviamos|mandamos|(?:acabo|acabamos)\\s+de\\s+(?:enviar|mandar)(?:le|te|les)?|(?:he|hemos)\\s+(?:enviado|mandado))\\s+${DET}${DOCS}${E}`),
    confidence: { rep: 0.85, unknown: 0.6 },
    reason: 'said the contract was sent',
  },
  {
    stage: 'contractsent',
    pattern: re(
      `${B}(?:(?:le|te|les)\\s+(?:env[ií]o|mando|enviar[eé]|mandar[eé]|enviaremos|mandaremos|(?:voy|vamos)\\s+a\\s+(?:enviar|mandar))|(?:voy|vamos)\\s+a\\s+(?:enviar|mandar)(?:le|te|les)?|enviar[eé]|mandar[eé]|enviaremos|mandaremos)\\s+${DET}${DOCS}${E}`,
    ),
    confidence: { rep: 0.8, unknown: 0.55 },
    reason: 'said the contract is sent for signature today',
    needsToday: true,
  },
  {
    stage: 'contractsent',
    pattern: re(`${B}(?:el\\s+)?${DOCS}\\s+(?:ya\\s+)?(?:est[aá]|fue|ha\\s+sido)\\s+(?:ya\\s+)?(?:enviado|en\\s+su\\s+(?:correo|bandeja))${E}`),
    confidence: { rep: 0.85, customer: 0.8, unknown: 0.6 },
    reason: 'said the contract is out for signature',
  },
  {
    stage: 'contractsent',
    pattern: re(`${B}(?:ya\\s+)?(?:recibimos|recib[ií]|hemos\\s+recibido|ya\\s+tenemos)\\s+(?:el|su)\\s+${DOCS}${E}`),
    confidence: { customer: 0.8 },
    reason: 'said they received the contract',
  },
  {
    stage: 'decisionmakerboughtin',
    pattern: re(
      `${B}(?:director|directora|gerente|jefe|jefa|due[nñ]o|due[nñ]a|junta|consejo|comit[eé]|finanzas|compras|direcci[oó]n|ceo|cfo|vp|vicepresident[ea]|president[ea]|socios?|propuesta|presupuesto|compra)${E}[^.?!,]{0,25}?${B}(?:aprob[oó]|aprobaron|ha\\s+aprobado|han\\s+aprobado|est[aá]\\s+aprobad[oa]|fue\\s+aprobad[oa]|dio\\s+(?:el\\s+)?(?:visto\\s+bueno|luz\\s+verde|s[ií])|dieron\\s+(?:el\\s+)?(?:visto\\s+bueno|luz\\s+verde)|dijo\\s+que\\s+s[ií]|est[aá]\\s+de\\s+acuerdo)${E}`,
    ),
    confidence: SPREAD,
    reason: 'said the decision maker approved',
    checkInside: true,
  },
  {
    stage: 'decisionmakerboughtin',
    pattern: word('(?:aprob[oó]|aprobaron|aprobamos|hemos\\s+aprobado|ha\\s+aprobado|han\\s+aprobado)\\s+(?:la|el|nuestra|su)\\s+(?:propuesta|presupuesto|compra|cotizaci[oó]n|oferta|proyecto|piloto)'),
    confidence: SPREAD,
    reason: 'said the proposal was approved',
  },
  {
    stage: 'decisionmakerboughtin',
    pattern: word(
      '(?:queremos|vamos\\s+a|estamos\\s+(?:listos|listas|preparados)\\s+para|decidimos|hemos\\s+decidido)\\s+(?:seguir\\s+adelante|avanzar|comprar|contratar(?:los)?|firmar)|(?:tienen|tiene)\\s+(?:nuestro|un)\\s+s[ií]|(?:tenemos|nos\\s+dieron)\\s+(?:la\\s+)?luz\\s+verde',
    ),
    confidence: { customer: 0.85 },
    reason: 'said they are ready to move forward',
    checkInside: true,
  },
  {
    stage: 'presentationscheduled',
    pattern: re(
      `${B}(?:agendemos|programemos|reservemos|agendamos|programamos|reservamos|(?:voy|vamos)\\s+a\\s+(?:agendar|programar|reservar)|(?:le|te)\\s+(?:agendo|programo|reservo)|ya\\s+(?:agend[eé]|program[eé]|reserv[eé])|dejamos\\s+(?:agendad[ao]|programad[ao]))\\s+${DET}${PITCH}${E}`,
    ),
    confidence: { rep: 0.75, customer: 0.75, unknown: 0.5 },
    reason: 'booked a demo',
  },
  {
    stage: 'presentationscheduled',
    pattern: re(`${B}${PITCH}${E}[^.?!]{0,30}?(?:agendad[ao]|programad[ao]|confirmad[ao]|reservad[ao]|en\\s+(?:el|la)\\s+(?:calendario|agenda))${E}`),
    confidence: { rep: 0.75, customer: 0.75, unknown: 0.5 },
    reason: 'confirmed the demo is booked',
    checkInside: true,
  },
  {
    stage: 'presentationscheduled',
    pattern: re(
      `${B}(?:podemos|podr[ií]amos|puede|pueden|agendamos|programamos|hacemos)\\s+(?:(?:agendar|programar|reservar|hacer|tener)\\s+)?(?:una|la|un|el)\\s+(?:[\\p{L}-]+\\s+){0,2}?${PITCH}${E}[^?]*${B}(?:lunes|martes|mi[eé]rcoles|jueves|viernes|ma[nñ]ana|pr[oó]xima\\s+semana|semana\\s+que\\s+viene)${E}`,
    ),
    confidence: { rep: 0.6, customer: 0.6, unknown: 0.45 },
    reason: 'proposed a date for a demo',
    allowQuestion: true,
  },
  {
    stage: 'stalled',
    pattern: word(
      'presupuesto\\s+(?:est[aá]|qued[oó]|fue|ha\\s+sido)\\s+(?:[\\p{L}]+\\s+)?(?:congelado|recortado|suspendido|cancelado)|congela(?:ron|mos|do)\\s+(?:el\\s+)?presupuesto|congelaci[oó]n\\s+del?\\s+presupuesto',
    ),
    confidence: SPREAD,
    reason: 'said the budget is frozen',
  },
  {
    stage: 'stalled',
    pattern: word(
      '(?:poner|ponemos|pusimos|dejar|dejamos)\\s+(?:esto|el\\s+proyecto|todo|la\\s+compra|la\\s+evaluaci[oó]n)\\s+en\\s+(?:pausa|espera|suspenso)|(?:est[aá]|queda)\\s+en\\s+(?:pausa|espera)|(?:pausar|pausamos|posponer|posponemos|aplazar|aplazamos|postergar|postergamos)\\s+(?:esto|el\\s+proyecto|la\\s+compra|la\\s+decisi[oó]n|la\\s+evaluaci[oó]n|todo)',
    ),
    confidence: SPREAD,
    reason: 'said the deal is on hold',
  },
  {
    stage: 'stalled',
    pattern: word(
      'no\\s+es\\s+(?:una\\s+)?prioridad|(?:retomar(?:lo)?|retomamos|volver\\s+a\\s+verlo)\\s+(?:en\\s+)?(?:el\\s+)?(?:pr[oó]ximo\\s+(?:trimestre|a[nñ]o)|trimestre\\s+que\\s+viene|a[nñ]o\\s+que\\s+viene)',
    ),
    confidence: SPREAD,
    reason: 'said it is not a priority until later',
  },
];

export const ES_STAGE: StageWords = {
  rules: ES_STAGE_RULES,
  doubtBefore: re(
    `${B}(?:no|nunca|todav[ií]a\\s+no|a[uú]n\\s+no|si|cuando|una\\s+vez\\s+que|en\\s+cuanto|apenas|hasta\\s+que|antes\\s+de|ojal[aá]|quiz[aá]s?|tal\\s+vez|a\\s+lo\\s+mejor|podr[ií]amos|deber[ií]amos|por\\s+si)${E}[^,;:]*$`,
  ),
  negationInside: word('no|nunca|ya\\s+no|todav[ií]a\\s+no'),
  sameDay: word(
    'hoy|esta\\s+(?:ma[nñ]ana|tarde|noche)|ahora(?:\\s+mismo)?|enseguida|en\\s+unos\\s+minutos|(?:justo\\s+)?despu[eé]s\\s+de\\s+(?:esta|la|nuestra)\\s+llamada|al\\s+colgar|en\\s+cuanto\\s+colguemos',
  ),
  dates: 'es',
};

const lowerFirst = (text: string): string => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);
const finish = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function label(role: Role, speaker: string): string {
  if (role === 'rep') return 'Representante';
  if (role === 'customer') return 'Cliente';
  return `Hablante ${speaker}`;
}

function task(owner: Owner, text: string, dueDate: string | null): string {
  const line = owner === 'unknown' ? `Pendiente: ${text}` : `${label(owner, '')}: ${lowerFirst(text)}`;
  return finish(dueDate ? `${line} (para el ${dueDate})` : line);
}

export const ES_SUMMARY: SummaryWords = {
  salesWords: word(
    'precios?|costos?|coste|presupuesto|contrato|propuesta|demo|demostraci[oó]n|decisi[oó]n|decidir|aprob\\p{L}*|firm(?:a|ar|ado|amos|[oó])|plazo|fecha\\s+l[ií]mite|competencia|competidor(?:es)?|proveedor(?:es)?|renovaci[oó]n|renovar|descuento|licencias?|usuarios|integraci[oó]n|seguridad|legal|compras|trimestre|director[a]?|gerente|piloto|prueba|implementaci[oó]n|requisitos?|problemas?|objetivos?|ahorros?|anual|mensual|factura|cotizaci[oó]n|t[eé]rminos|lanzamiento|migraci[oó]n|pedidos?|orden\\s+de\\s+compra|pr[oó]ximos\\s+pasos|a\\s+mano|manual(?:mente)?|hojas?\\s+de\\s+c[aá]lculo|horas|lento|p[eé]rdidas?|perdemos|frustra\\p{L}*',
    'giu',
  ),
  number: re(`\\d|\\$|%|${B}(?:por\\s+ciento|cien|mil|mill[oó]n|millones|docena|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cincuenta)${E}`),
  smallTalk: re(
    `^[¿¡"\\s]*(?:hola|buen[oa]s|gracias|muchas\\s+gracias|adi[oó]s|hasta\\s+luego|hasta\\s+pronto|hasta\\s+el|nos\\s+vemos|c[oó]mo\\s+est[aá]|qu[eé]\\s+tal|perfecto|claro|vale|s[ií]|bueno|muy\\s+bien|excelente|genial|de\\s+acuerdo|ok|mmm|eh)${E}`,
  ),
  label,
  noSpeech: 'No se transcribió ninguna conversación en esta llamada.',
  noSalesTopic: 'No se reconoció ningún tema de venta en esta llamada.',
  stageMove: (proposed, current) => `Etapa del trato: se propone pasar a ${proposed}${current ? ` desde ${current}` : ''}.`,
  stalled: 'Etapa del trato: el trato parece estancado; no se propone ningún cambio.',
  task,
};

const dash = (company: string | null): string => (company ? ` — ${company}` : '');

export const ES_EMAIL: EmailWords = {
  locale: 'es',
  subject: (company) => `Próximos pasos de nuestra llamada${dash(company)}`,
  greeting: (first) => (first ? `Hola, ${first}:` : 'Hola:'),
  intro: 'Gracias por su tiempo en nuestra llamada. Le comparto un breve resumen y los próximos pasos.',
  noSteps: 'No acordamos próximos pasos concretos; dígame cómo prefiere continuar.',
  ours: 'Por nuestra parte:',
  yours: 'Por su parte:',
  open: 'También acordamos:',
  due: (formatted) => ` (para el ${formatted})`,
  toCustomer: (text) => text,
  notes: (summary) => `Mis notas de la llamada: ${summary}`,
  closing: 'Avíseme si se me pasó algo.',
  signOff: (rep) => (rep ? `Saludos cordiales,\n${rep}` : 'Saludos cordiales'),
  voicemail: {
    subject: (company) => `Intenté llamarle${dash(company)}`,
    intro: (by) =>
      by === 'customer'
        ? 'Gracias por su mensaje de voz, y disculpe que no pude atender su llamada.'
        : 'Intenté comunicarme con usted por teléfono y le dejé un mensaje de voz; se lo dejo también por escrito.',
    message: (text) => `El mensaje: ${text}`,
    closing: 'Puede responder a este correo o devolverme la llamada cuando le venga bien.',
  },
};

function leftBy(by: Role): string {
  if (by === 'rep') return 'Mensaje de voz del representante; el cliente no contestó y no hubo conversación.';
  if (by === 'customer') return 'Mensaje de voz del cliente; no hubo conversación.';
  return 'Mensaje de voz: solo habló una de las partes y no hubo conversación.';
}

export const ES_VOICEMAIL: VoicemailWords = {
  message: word(
    '(?:devolvi[eé]ndo(?:le|te)|devolviendo|(?:le|te)\\s+devuelvo)\\s+(?:la|su|tu)\\s+llamada|devu[eé]lva(?:me)?\\s+la\\s+llamada|me\\s+(?:devuelva|devuelvas|puede\\s+devolver)\\s+la\\s+llamada|ll[aá]me(?:me)?|ll[aá]mame|(?:le|te)\\s+dejo\\s+(?:un|este|mi)\\s+(?:mensaje|n[uú]mero)|dejar(?:le|te)\\s+un\\s+mensaje|(?:lo|la|le|te)\\s+(?:intento|intentar[eé]|llamo|llamar[eé])\\s+(?:de\\s+nuevo|otra\\s+vez|m[aá]s\\s+tarde)|(?:le|te|lo|la)\\s+vuelvo\\s+a\\s+llamar|mi\\s+n[uú]mero\\s+es|puede\\s+(?:contactarme|localizarme|llamarme)|cuando\\s+escuche\\s+este\\s+mensaje|siento\\s+no\\s+haber(?:le|te|lo|la)?\\s+(?:encontrado|localizado)',
  ),
  greeting: word(
    'deje\\s+su\\s+mensaje|(?:ha|has)\\s+llamado\\s+a|se\\s+ha\\s+comunicado\\s+con|despu[eé]s\\s+del?\\s+(?:tono|la\\s+se[nñ]al)|no\\s+est[aá]\\s+disponible|buz[oó]n\\s+de\\s+voz|el\\s+n[uú]mero\\s+(?:que\\s+usted\\s+)?marc[oó]|no\\s+puede\\s+atender',
  ),
  summary: leftBy,
  messageLabel: 'Mensaje',
};

export const ES_ROLE_HEADER = /(?:^|[\s"'(\[¿¡])(?:sistema|asistente|desarrollador)\s*:/iu;

/** "Ignora las instrucciones anteriores…": what follows in the same turn is the payload. */
export const ES_OVERRIDE = word(
  '(?:ignor[ae]n?|olvid[ae]n?|omit[ae]n?|descart[ae]n?|pasa\\s+por\\s+alto)(?![\\p{L}])[^.?!]{0,40}?(?:instrucciones|indicaciones|reglas|[oó]rdenes|directrices|contexto)',
);

export const ES_SYSTEM_PATTERNS: readonly RegExp[] = [
  ES_ROLE_HEADER,
  ES_OVERRIDE,
  word('instrucciones\\s+(?:del\\s+sistema|nuevas)|nuevas\\s+instrucciones|mensaje\\s+del\\s+sistema'),
  word(
    '(?:marca|marque|marquen|marcar|pon|ponga|pongan|cambia|cambie|actualiza|actualice|mueve|mueva|registra|registre)\\s+(?:este|el|esta|la|ese|esa)\\s+(?:trato|negocio|oportunidad|etapa|fase|venta|registro|deal)(?:\\s+del\\s+(?:trato|negocio|deal))?\\s+(?:como|a|en)',
  ),
  word(
    '(?:marca|marque|marcar|pon|ponga|cambia|cambie|actualiza|actualice|mueve|mueva|registra|registre)(?![\\p{L}])[^.?!]{0,30}?(?:ganad[oa]|perdid[oa]|cerrad[oa]\\s+(?:y\\s+)?(?:ganad[oa]|perdid[oa]))',
  ),
  word('(?:actualiza|actualice|actualizar|edita|edite|cambia|cambie)\\s+(?:el\\s+)?crm'),
  word('(?:oye|hola|atenci[oó]n|nota\\s+para)\\s*,?\\s+(?:el\\s+|la\\s+)?(?:ia|asistente|bot|chatbot|modelo|crm|gpt|chatgpt)'),
  word('(?:como|eres|usted\\s+es|ahora\\s+eres)\\s+(?:un|una|el|la)\\s+(?:ia|inteligencia\\s+artificial|asistente|modelo\\s+de\\s+lenguaje|bot|chatbot)'),
  word('(?:responde|responda|contesta|conteste)\\s+(?:solo\\s+|solamente\\s+|[uú]nicamente\\s+)?(?:con|en)\\s+json'),
];

export const ES_TABLES: LanguageTables = {
  code: 'es',
  dates: 'es',
  stage: ES_STAGE,
  summary: ES_SUMMARY,
  email: ES_EMAIL,
  voicemail: ES_VOICEMAIL,
  systemPatterns: ES_SYSTEM_PATTERNS,
};
