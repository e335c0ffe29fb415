import { describe, expect, it } from 'vitest';
import { findSpanishActionItems } from '../../../../../src/adapters/extraction/rules/lang/es-commitments.ts';
import { verbForm } from '../../../../../src/adapters/extraction/rules/lang/es-verbs.ts';
import type { CommitmentContext } from '../../../../../src/adapters/extraction/rules/lang/types.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = {
  startedAt: '2026-11-16T15:00:00Z',
  timezone: 'America/New_York',
  names: { rep: 'Priya', customer: 'Elena' },
};

function items(lines: [string, string][]) {
  return findSpanishActionItems(toSentences(transcriptOf(lines, { language: 'es' })), ctx).map((d) => ({
    text: d.text,
    owner: d.owner,
    dueDate: d.dueDate,
  }));
}

describe('Spanish verb forms', () => {
  it('reads infinitives, first-person present and future, subjunctives and imperatives with their pronouns', () => {
    expect(verbForm('enviar')).toMatchObject({ inf: 'enviar', type: 'inf', enclitic: '' });
    expect(verbForm('envío')).toMatchObject({ inf: 'enviar', type: 'pres1s' });
    expect(verbForm('mandaré')).toMatchObject({ inf: 'mandar', type: 'fut1s' });
    expect(verbForm('enviármela')).toMatchObject({ inf: 'enviar', type: 'inf', enclitic: 'mela' });
    expect(verbForm('mándeme')).toMatchObject({ inf: 'mandar', type: 'subj', enclitic: 'me' });
    expect(verbForm('envíame')).toMatchObject({ inf: 'enviar', type: 'imp', enclitic: 'me' });
    expect(verbForm('agendemos')).toMatchObject({ inf: 'agendar', type: 'subj1p' });
    // The past tense is no commitment: "mandó", "envié".
    expect(verbForm('mandó')).toBeNull();
    expect(verbForm('envié')).toBeNull();
  });
});

describe('Spanish commitments', () => {
  it('gives first-person promises to the speaker, with the date resolved and removed', () => {
    expect(items([
      ['rep', 'Le mando la cotización el jueves.'],
      ['customer', 'Le voy a enviar los datos de facturación mañana.'],
      ['customer', 'Me encargo de revisar el contrato con nuestro abogado.'],
      ['rep', 'Enviaré la documentación técnica después de la llamada.'],
      ['customer', 'Tenemos que firmar el contrato en dos semanas.'],
    ])).toEqual([
      { text: 'Mandar la cotización', owner: 'rep', dueDate: '2026-11-19' },
      { text: 'Enviar los datos de facturación', owner: 'customer', dueDate: '2026-11-17' },
      { text: 'Revisar el contrato con su abogado', owner: 'customer', dueDate: null },
      { text: 'Enviar la documentación técnica', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Firmar el contrato', owner: 'customer', dueDate: '2026-11-30' },
    ]);
  });

  it('gives requests to the other party', () => {
    expect(items([
      ['customer', '¿Puede enviarme la lista de precios antes del viernes?'],
      ['rep', '¿Podrías mandarnos el formulario completo la próxima semana?'],
      ['customer', 'Necesito que me envíe la factura a fin de mes.'],
      ['rep', 'Envíeme su organigrama, por favor.'],
      ['customer', '¿Me comparte la grabación de la llamada?'],
    ])).toEqual([
      { text: 'Enviar la lista de precios', owner: 'rep', dueDate: '2026-11-20' },
      { text: 'Mandar el formulario completo', owner: 'customer', dueDate: '2026-11-23' },
      { text: 'Enviar la factura', owner: 'rep', dueDate: '2026-11-30' },
      { text: 'Enviar su organigrama', owner: 'customer', dueDate: null },
      { text: 'Compartir la grabación de la llamada', owner: 'rep', dueDate: null },
    ]);
  });

  it('gives a joint plan to the rep, who keeps the calendar', () => {
    expect(items([['customer', 'Agendemos una llamada para el miércoles.']])).toEqual([
      { text: 'Agendar una llamada', owner: 'rep', dueDate: '2026-11-18' },
    ]);
    expect(items([['rep', '¿Le parece si hacemos una revisión el jueves?']])).toEqual([
      { text: 'Agendar una revisión', owner: 'rep', dueDate: '2026-11-19' },
    ]);
    // Without a date, "¿podemos agendar…?" is only an idea.
    expect(items([['rep', '¿Podemos agendar una reunión?']])).toEqual([]);
  });

  it('joins two tasks of one promise, and a report back to the task before it', () => {
    expect(items([['rep', 'Voy a preparar una propuesta y se la envío antes del viernes.']])).toEqual([
      { text: 'Enviar la propuesta', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    expect(items([['customer', 'Consulto con mi jefe y le confirmo el martes.']])).toEqual([
      { text: 'Consultar con su jefe y confirmar', owner: 'customer', dueDate: '2026-11-17' },
    ]);
  });

  it('reads a plain present as a promise when it ends in a report back', () => {
    expect(items([['rep', 'Hablo con mi gerente y le aviso.']])).toEqual([{ text: 'Hablar con mi gerente y avisar', owner: 'rep', dueDate: null }]);
  });

  it('resolves "se lo / mándemelo" against the thing named just before', () => {
    expect(items([
      ['rep', '¿Le mando el enlace de la reunión?'],
      ['customer', 'Sí, mándemelo hoy, por favor.'],
    ])).toEqual([{ text: 'Mandar el enlace', owner: 'rep', dueDate: '2026-11-16' }]);
  });

  it('names the person to call back', () => {
    expect(items([
      ['rep', 'Le llamo el miércoles por la tarde.'],
      ['rep', 'Si no la encuentro, le vuelvo a llamar el viernes.'],
    ])).toEqual([
      { text: 'Llamar a Elena', owner: 'rep', dueDate: '2026-11-18' },
      { text: 'Volver a llamar a Elena', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });

  it('merges a request with the answer that takes it on', () => {
    expect(items([
      ['rep', '¿Me puede enviar la lista de sucursales?'],
      ['customer', 'Claro, se la mando mañana.'],
    ])).toEqual([{ text: 'Enviar la lista de sucursales', owner: 'customer', dueDate: '2026-11-17' }]);
  });

  it('skips what only looks like a promise', () => {
    expect(items([
      ['customer', 'Normalmente les enviamos el informe cada mes.'],
      ['customer', 'Los pedidos los revisamos a mano.'],
      ['customer', 'Necesito la propuesta para poder enviarla a mi jefe.'],
      ['customer', 'Ya le enviamos los datos.'],
      ['customer', 'Si le envío los datos, ¿me puede dar un precio?'],
      ['rep', 'Le voy a ser sincero, el precio es alto.'],
      ['rep', '¿Puede compartir su pantalla?'],
      ['rep', '¿Podría confirmar su cargo?'],
      ['rep', 'No le puedo enviar el contrato todavía.'],
      ['rep', 'Le paso con mi compañero.'],
      ['customer', 'El siguiente paso es la instalación.'],
      ['rep', 'Nuestra plataforma recoge los datos y los envía a su sistema.'],
      ['rep', 'Le habla Marta, de Nexa.'],
    ])).toEqual([]);
  });
});
