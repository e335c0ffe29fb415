/**
 * Spanish verbs of follow-up work and the forms a commitment uses: infinitive ("voy a enviar"),
 * first-person present ("le envío"), future ("enviaré"), subjunctive / usted imperative ("necesito que
 * me envíe", "envíeme") and tú imperative ("envíame"), with enclitic pronouns ("enviármela").
 */

export type FormType = 'inf' | 'pres1s' | 'pres1p' | 'fut1s' | 'fut1p' | 'subj' | 'subj1p' | 'imp';

export interface VerbInfo {
  inf: string;
  /** Plain follow-up work: "necesito / puedo / ¿puede…?" accept only these. */
  core: boolean;
  /** Often about the call itself ("¿puede confirmar su cargo?"): requests need a date. */
  weak: boolean;
  /** Arranges a meeting: "agendemos / podemos agendar…" are joint plans the rep keeps. */
  schedule: boolean;
  /** Hands something over: the recipient ("enviarme", "a usted") is implied by the task. */
  give: boolean;
}

export interface VerbForm extends VerbInfo {
  type: FormType;
  /** Pronouns attached to the verb ("me", "mela"), or "". */
  enclitic: string;
}

// [infinitive, first-person present, usted subjunctive, flags: c core, w weak, s schedule, g give]
const VERBS: [string, string, string, string][] = [
  ['enviar', 'envío', 'envíe', 'cg'], ['mandar', 'mando', 'mande', 'cg'], ['reenviar', 'reenvío', 'reenvíe', 'cg'],
  ['pasar', 'paso', 'pase', 'cg'], ['compartir', 'comparto', 'comparta', 'cg'], ['entregar', 'entrego', 'entregue', 'cg'],
  ['facilitar', 'facilito', 'facilite', 'cg'], ['preparar', 'preparo', 'prepare', 'c'], ['redactar', 'redacto', 'redacte', 'c'],
  ['armar', 'armo', 'arme', 'c'], ['llamar', 'llamo', 'llame', 'w'], ['confirmar', 'confirmo', 'confirme', 'cw'],
  ['avisar', 'aviso', 'avise', 'cw'], ['escribir', 'escribo', 'escriba', 'cw'], ['agendar', 'agendo', 'agende', 'cs'],
  ['programar', 'programo', 'programe', 'cs'], ['reservar', 'reservo', 'reserve', 'cs'], ['coordinar', 'coordino', 'coordine', 'cs'],
  ['organizar', 'organizo', 'organice', 'cs'], ['fijar', 'fijo', 'fije', 's'], ['hacer', 'hago', 'haga', 's'],
  ['revisar', 'reviso', 'revise', 'cw'], ['consultar', 'consulto', 'consulte', 'cw'], ['hablar', 'hablo', 'hable', 'w'],
  ['verificar', 'verifico', 'verifique', 'cw'], ['averiguar', 'averiguo', 'averigüe', 'c'], ['cotizar', 'cotizo', 'cotice', 'c'],
  ['invitar', 'invito', 'invite', 'c'], ['incluir', 'incluyo', 'incluya', 'c'], ['agregar', 'agrego', 'agregue', 'c'],
  ['añadir', 'añado', 'añada', 'c'], ['firmar', 'firmo', 'firme', 'c'], ['completar', 'completo', 'complete', 'c'],
  ['llenar', 'lleno', 'llene', 'c'], ['rellenar', 'relleno', 'rellene', 'c'], ['actualizar', 'actualizo', 'actualice', 'c'],
  ['devolver', 'devuelvo', 'devuelva', 'c'], ['contactar', 'contacto', 'contacte', 'w'], ['conectar', 'conecto', 'conecte', 'c'],
  ['limpiar', 'limpio', 'limpie', 'c'], ['subir', 'subo', 'suba', 'c'], ['solicitar', 'solicito', 'solicite', 'c'],
  ['pedir', 'pido', 'pida', 'c'], ['resolver', 'resuelvo', 'resuelva', 'c'], ['aprobar', 'apruebo', 'apruebe', 'c'],
  // Only in a call back: "le vuelvo a llamar", "lo intento de nuevo".
  ['volver', 'vuelvo', 'vuelva', ''], ['intentar', 'intento', 'intente', ''],
];

const IRREGULAR_FUTURE: Record<string, string> = { hacer: 'har' };
const fold = (w: string): string => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
/** "envíe" → "enviemos", "haga" → "hagamos". */
const firstPlural = (subj: string): string => fold(subj).replace(/ü/g, 'u').replace(/([ae])$/, '$1mos').replace(/üemos$/, 'uemos');

const FORMS = new Map<string, { inf: string; type: FormType }>();
export const VERB_INFO = new Map<string, VerbInfo>();

for (const [inf, pres1s, subj, flags] of VERBS) {
  VERB_INFO.set(inf, { inf, core: flags.includes('c'), weak: flags.includes('w'), schedule: flags.includes('s'), give: flags.includes('g') });
  const ending = inf.slice(-2);
  const stem = inf.slice(0, -2);
  const future = IRREGULAR_FUTURE[inf] ?? inf;
  const add = (form: string, type: FormType) => {
    if (!FORMS.has(form)) FORMS.set(form, { inf, type });
  };
  add(inf, 'inf');
  add(pres1s, 'pres1s');
  add(`${stem}${ending === 'ar' ? 'amos' : ending === 'er' ? 'emos' : 'imos'}`, 'pres1p');
  add(`${future}é`, 'fut1s');
  add(`${future}emos`, 'fut1p');
  for (const s of [subj, `${subj}s`, `${subj}n`]) add(s, 'subj');
  add(firstPlural(subj), 'subj1p');
  // tú imperative = third-person present ("envía", "escribe"); also "¿me envía…?".
  add(pres1s.replace(/o$/, ending === 'ar' ? 'a' : 'e'), 'imp');
}

const CLITIC = /^(me|te|le|les|nos|os|lo|la|los|las|se)/;

/** Splits "enviármela" into "enviár" + "mela"; every split whose tail is only clitics, longest tail first. */
function encliticSplits(token: string): [string, string][] {
  const out: [string, string][] = [];
  for (let cut = 2; cut < token.length - 1; cut++) {
    let tail = token.slice(cut);
    const clitics = tail;
    while (tail) {
      const m = CLITIC.exec(tail);
      if (!m) break;
      tail = tail.slice(m[1]!.length);
    }
    if (!tail) out.push([token.slice(0, cut), clitics]);
  }
  return out;
}

/** The verb form of a lower-case word, or null when it is not one of ours. */
export function verbForm(token: string): VerbForm | null {
  const direct = FORMS.get(token);
  if (direct) return { ...VERB_INFO.get(direct.inf)!, type: direct.type, enclitic: '' };
  for (const [base, enclitic] of encliticSplits(token)) {
    // An attached pronoun moves the stress mark: "mándeme" is "mande" + "me".
    for (const candidate of [base, base.replace(/[áéó]/g, (c) => fold(c))]) {
      const f = FORMS.get(candidate);
      if (f && (f.type === 'inf' || f.type === 'subj' || f.type === 'imp' || f.type === 'subj1p')) {
        return { ...VERB_INFO.get(f.inf)!, type: f.type, enclitic };
      }
    }
  }
  return null;
}
