import { describe, expect, it } from 'vitest';
import { callLocalDate, dateLanguage, findDatePhrases, pickDuePhrase, removeDuePhrase, resolveDueDate } from '../../../src/domain/dates.ts';

// Monday 2026-11-16, 10:00 in New York.
const MONDAY = '2026-11-16T15:00:00Z';
const NY = 'America/New_York';
const due = (sentence: string, startedAt = MONDAY, tz: string | null = NY) => resolveDueDate(sentence, startedAt, tz);

describe('callLocalDate', () => {
  it('reads the call day in the call time zone, not in UTC', () => {
    // 02:30 UTC on the 17th is still the evening of the 16th in New York.
    expect(callLocalDate('2026-11-17T02:30:00Z', NY)).toBe('2026-11-16');
    expect(callLocalDate('2026-11-17T02:30:00Z', 'Asia/Tokyo')).toBe('2026-11-17');
    expect(callLocalDate('2026-11-16T23:30:00-08:00', 'Europe/Berlin')).toBe('2026-11-17');
  });

  it('falls back to UTC without a zone or with an unknown zone', () => {
    expect(callLocalDate('2026-11-17T02:30:00Z', null)).toBe('2026-11-17');
    expect(callLocalDate('2026-11-17T02:30:00Z', 'Mars/Olympus')).toBe('2026-11-17');
  });

  it('is null without a start', () => {
    expect(callLocalDate(null, NY)).toBeNull();
    expect(callLocalDate('not a date', NY)).toBeNull();
  });
});

describe('resolveDueDate', () => {
  it('resolves today, tonight, end of day and tomorrow', () => {
    expect(due("I'll send it today.")).toBe('2026-11-16');
    expect(due('I will email it tonight.')).toBe('2026-11-16');
    expect(due("I'll ring the depot this arvo.")).toBe('2026-11-16');
    expect(due('You will have it by end of day.')).toBe('2026-11-16');
    expect(due('I will send the contract right after this call.')).toBe('2026-11-16');
    expect(due("I'll text it to you after this.")).toBe('2026-11-16');
    expect(due('The link is coming in the next ten minutes.')).toBe('2026-11-16');
    expect(due("You'll have it within the hour.")).toBe('2026-11-16');
    expect(due('The invoice goes out as soon as I hang up.')).toBe('2026-11-16');
    expect(due("I'll forward the slides as soon as we get off the phone.")).toBe('2026-11-16');
    expect(due('We talked about it after this meeting last year.')).toBeNull();
    expect(due('Can you send it tomorrow?')).toBe('2026-11-17');
    expect(due('By the day after tomorrow, please.')).toBe('2026-11-18');
  });

  it('resolves a weekday to its next occurrence after the call day', () => {
    expect(due('Can you send it by Friday?')).toBe('2026-11-20');
    expect(due('Let us talk on Tuesday.')).toBe('2026-11-17');
    expect(due('I will call you this Thursday.')).toBe('2026-11-19');
    // Said on the Monday itself: the Monday a week later.
    expect(due('We can finish it by Monday.')).toBe('2026-11-23');
  });

  it('resolves "next <weekday>" to that day of the following week', () => {
    expect(due("Let's book a demo for next Tuesday.")).toBe('2026-11-24');
    expect(due('next Monday works')).toBe('2026-11-23');
    // From a Friday call, "next Monday" is three days later and "next Friday" a week later.
    expect(due('next Monday works', '2026-11-20T15:00:00Z')).toBe('2026-11-23');
    expect(due('how about next Friday', '2026-11-20T15:00:00Z')).toBe('2026-11-27');
  });

  it('resolves a weekday with a time of day', () => {
    expect(due('Friday morning works.')).toBe('2026-11-20');
    expect(due('end of day Friday')).toBe('2026-11-20');
    expect(due('next Tuesday at two in the afternoon')).toBe('2026-11-24');
  });

  it('resolves week, month and quarter ends', () => {
    expect(due('I will have it by the end of the week.')).toBe('2026-11-20');
    expect(due('by the end of next week')).toBe('2026-11-27');
    expect(due('sometime next week')).toBe('2026-11-23');
    expect(due('before the end of the month')).toBe('2026-11-30');
    expect(due('by end of month')).toBe('2026-11-30');
    expect(due('at the end of the month', '2026-02-10T12:00:00Z', 'UTC')).toBe('2026-02-28');
    expect(due('by the end of next month')).toBe('2026-12-31');
    expect(due('by the end of the quarter')).toBe('2026-12-31');
    // Said on a Saturday, "end of the week" is the coming Friday.
    expect(due('by the end of the week', '2026-11-21T15:00:00Z')).toBe('2026-11-27');
  });

  it('counts days, weeks and months from the call day', () => {
    expect(due('in two weeks')).toBe('2026-11-30');
    expect(due('in 2 days')).toBe('2026-11-18');
    expect(due('within a week')).toBe('2026-11-23');
    expect(due('in a couple of days')).toBe('2026-11-18');
    expect(due('three days from now')).toBe('2026-11-19');
    expect(due('in a month', '2026-01-31T12:00:00Z', 'UTC')).toBe('2026-02-28');
  });

  it('resolves calendar dates, rolling into next year when already past', () => {
    expect(due('by November 30th')).toBe('2026-11-30');
    expect(due('on 30 November')).toBe('2026-11-30');
    expect(due('the 30th of November')).toBe('2026-11-30');
    expect(due('Nov 30, 2027')).toBe('2027-11-30');
    expect(due('by December first')).toBe('2026-12-01');
    expect(due('by January 15')).toBe('2027-01-15');
    expect(due('2026-12-03')).toBe('2026-12-03');
    expect(due('on the 5th')).toBe('2026-12-05');
    expect(due('on the 20th')).toBe('2026-11-20');
    expect(due('by February 30th')).toBeNull();
  });

  it('reads a day of the month said in words, without taking "the second option" for a date', () => {
    expect(due('by the twenty-third.')).toBe('2026-11-23');
    expect(due('Thursday the nineteenth at ten')).toBe('2026-11-19');
    expect(due('Wednesday, the twenty-fifth works')).toBe('2026-11-25');
    expect(due('on the fifth, then')).toBe('2026-12-05');
    expect(due('on the first.')).toBe('2026-12-01');
    expect(due('the second is better')).toBeNull();
    expect(due('the third team')).toBeNull();
  });

  it('prefers the date phrase led by "by" when there are several', () => {
    expect(due('Next week I will send the deck by Wednesday.')).toBe('2026-11-18');
    expect(due('Can you send it Thursday so we review it next week?')).toBe('2026-11-19');
    expect(due('Friday, November 20th works')).toBe('2026-11-20');
  });

  it('does not read a weekday that names an event as a date', () => {
    expect(due("Can we push Friday's workshop to next Wednesday?")).toBe('2026-11-25');
    expect(due("Wednesday's call is cancelled.")).toBeNull();
  });

  it('can skip phrases that do not set a deadline', () => {
    const text = 'I will send an invite for Thursday, and the notes by Wednesday.';
    expect(resolveDueDate(text, MONDAY, NY, 'en', (p, t) => t.slice(p.start).startsWith('for'))).toBe('2026-11-18');
    expect(pickDuePhrase('the invite for Thursday', 'en', (p, t) => t.slice(p.start).startsWith('for'))).toBeNull();
  });

  it('returns null without a date phrase, for past references, and without a start', () => {
    expect(due('I will send the deck.')).toBeNull();
    expect(due('We signed it last Friday.')).toBeNull();
    expect(due('We spoke yesterday.')).toBeNull();
    expect(due('You may second that.')).toBeNull();
    expect(resolveDueDate('by Friday', null, NY)).toBeNull();
  });

  it('resolves against the local day near midnight', () => {
    // Tuesday 01:00 UTC is still Monday evening in New York: "tomorrow" is Tuesday the 17th.
    expect(due('tomorrow', '2026-11-17T01:00:00Z')).toBe('2026-11-17');
    expect(due('tomorrow', '2026-11-17T01:00:00Z', 'UTC')).toBe('2026-11-18');
  });

  it('crosses month and year ends', () => {
    expect(due('tomorrow', '2026-12-31T12:00:00Z', 'UTC')).toBe('2027-01-01');
    expect(due('next week', '2026-12-30T12:00:00Z', 'UTC')).toBe('2027-01-04');
  });
});

describe('offsets and anchors attached to a date phrase', () => {
  it('counts days, weeks and months from or before the day a phrase names', () => {
    expect(due('The revised statement of work goes out three days after Wednesday.')).toBe('2026-11-21');
    expect(due("I'll have the pilot report a week from Thursday.")).toBe('2026-11-26');
    expect(due('We can loop back a week from tomorrow.')).toBe('2026-11-24');
    expect(due('Legal wants it one day before the 25th.')).toBe('2026-11-24');
    expect(due('Have the forecast in three days before the end of next month.')).toBe('2026-12-28');
    expect(due('Ping me the day before Thursday.')).toBe('2026-11-18');
    expect(due('Renewal paperwork one month from December 3rd.')).toBe('2027-01-03');
  });

  it('counts from the call day when the anchor weekday is the call day itself', () => {
    // Said on Monday the 16th: from that Monday; said on Wednesday the 18th: from the coming Monday.
    expect(due('The audit closes two weeks from Monday.')).toBe('2026-11-30');
    expect(due('The audit closes two weeks from Monday.', '2026-11-18T15:00:00Z')).toBe('2026-12-07');
    // An offset that lands before the call day is no deadline.
    expect(due('We needed it two days before Monday.')).toBeNull();
  });

  it('reads "<weekday> after next" and "<weekday> week" as the weekday after the coming one', () => {
    expect(due('Book the install for the Thursday after next.')).toBe('2026-11-26');
    expect(due('The handover is Thursday week.')).toBe('2026-11-26');
    expect(due('Let us regroup tomorrow week.')).toBe('2026-11-24');
  });

  it('reads a weekday tied to this or next week', () => {
    expect(due('Send the mock-ups Wednesday next week.')).toBe('2026-11-25');
    expect(due('on the Tuesday of next week')).toBe('2026-11-24');
    expect(due('next week on Friday works')).toBe('2026-11-27');
    expect(due('Thursday this week is fine')).toBe('2026-11-19');
    expect(due('Monday this week is fine', '2026-11-18T15:00:00Z')).toBeNull();
  });

  it('gives no date when a modifier it cannot read is attached, rather than the bare phrase', () => {
    for (const text of [
      'I will share it a few days after Thursday.',
      'Expect the refund two business days from Monday.',
      'I will check in after Thursday.',
      'We start the rollout from Monday.',
      'We ship it the Wednesday before the offsite.',
      'You will hear from us within a week or two.',
      'Send it next Thursday week.',
      'We should be live in two weeks or more.',
    ]) {
      expect(due(text), text).toBeNull();
    }
  });

  it('spans the whole offset, so removing the due phrase leaves no part of it', () => {
    const text = 'ship the pilot report a week from Thursday at noon';
    const [phrase] = findDatePhrases(text);
    expect(text.slice(phrase!.start, phrase!.end)).toBe('a week from Thursday at noon');
    expect(removeDuePhrase('Ship the report the Thursday after next.')).toBe('Ship the report.');
    expect(removeDuePhrase('Ship the report by two days before the end of the month.')).toBe('Ship the report.');
  });
});

describe('negated and corrected date phrases', () => {
  it('does not take a day said as not doing as the deadline', () => {
    expect(due("We won't manage the export by Thursday, so I'll share it Friday.")).toBe('2026-11-20');
    expect(due("Not Wednesday — I'll get it to you next Monday.")).toBe('2026-11-23');
    expect(due("Thursday doesn't work for legal; I'll send it Friday.")).toBe('2026-11-20');
    expect(due("I can't commit to Thursday.")).toBeNull();
    expect(findDatePhrases("I can't commit to Thursday.")[0]?.negated).toBe(true);
  });

  it('keeps the day under "not … until" and in set phrases that negate nothing', () => {
    expect(due("We won't need the numbers until Friday.")).toBe('2026-11-20');
    expect(due('No rush, Friday is fine.')).toBe('2026-11-20');
    expect(due("Don't forget to upload it by Wednesday.")).toBe('2026-11-18');
    expect(due("Friday won't be a problem.")).toBe('2026-11-20');
    for (const said of [
      "We won't forget to book the room for Thursday.",
      'Thursday is not an issue, the room is ours then.',
      "Thursday isn't too late for the room, is it?",
      "Booking it shouldn't take longer than Thursday.",
      "I don't see why the room can't be ours Thursday.",
      "Thursday doesn't sound bad for the room.",
    ]) {
      expect(due(said), said).toBe('2026-11-19');
    }
    for (const said of ["Thursday doesn't look too good for the room.", "Thursday doesn't seem too likely, sorry."]) expect(due(said), said).toBeNull();
    // A day that a modifier makes unreadable gives way to a readable one.
    expect(due('From Wednesday the team is away, so I will book the room Thursday.')).toBe('2026-11-19');
  });

  it('takes the phrase said right after a correction over the one it corrects', () => {
    expect(due("I'll share the deck Wednesday, sorry, I mean Tuesday.")).toBe('2026-11-17');
    expect(due("You'll get the quote by Thursday. Actually, make that Friday.")).toBe('2026-11-20');
    expect(due("Let's target the 24th, or rather the 25th.")).toBe('2026-11-25');
    // A correction that names a day only to rule it out leaves the first day standing.
    expect(due('Send it Thursday, actually not Friday.')).toBe('2026-11-19');
    const [wednesday, tuesday] = findDatePhrases('Wednesday, sorry, I mean Tuesday');
    expect(wednesday!.correctedBy).toBe(tuesday);
  });

  it('reads negations and corrections in Spanish too', () => {
    const es = (sentence: string) => resolveDueDate(sentence, MONDAY, NY, 'es');
    expect(es('No puedo el jueves, se lo mando el viernes.')).toBe('2026-11-20');
    expect(es('No lo necesitamos hasta el viernes.')).toBe('2026-11-20');
    expect(es('Se lo mando el jueves, perdón, quiero decir el viernes.')).toBe('2026-11-20');
  });
});

describe('date phrases in text', () => {
  it('finds the span with its preposition and time of day', () => {
    const text = 'send the deck by next Tuesday at 3pm please';
    const [phrase] = findDatePhrases(text);
    expect(text.slice(phrase!.start, phrase!.end)).toBe('by next Tuesday at 3pm');
  });

  it('removes the due phrase from a sentence', () => {
    expect(removeDuePhrase('Send the deck by Friday.')).toBe('Send the deck.');
    expect(removeDuePhrase('Follow up at the end of the month to check in.')).toBe('Follow up to check in.');
    expect(removeDuePhrase('Send the deck.')).toBe('Send the deck.');
  });
});

describe('Spanish date phrases', () => {
  // Monday 2026-11-16, 10:00 in New York.
  const es = (sentence: string, startedAt = MONDAY) => resolveDueDate(sentence, startedAt, NY, 'es');

  it('maps language codes to a date language, English by default', () => {
    expect(dateLanguage('es')).toBe('es');
    expect(dateLanguage('es-MX')).toBe('es');
    expect(dateLanguage('spanish')).toBe('es');
    expect(dateLanguage('en-GB')).toBe('en');
    expect(dateLanguage('de')).toBe('en');
    expect(dateLanguage(null)).toBe('en');
  });

  it('resolves hoy, mañana and pasado mañana, but not "esta mañana" or a time of day', () => {
    expect(es('Se lo mando hoy mismo.')).toBe('2026-11-16');
    expect(es('Lo reviso esta tarde.')).toBe('2026-11-16');
    expect(es('Le escribo mañana.')).toBe('2026-11-17');
    expect(es('mañana por la mañana')).toBe('2026-11-17');
    expect(es('pasado mañana')).toBe('2026-11-18');
    expect(es('Firmamos esta mañana.')).toBe('2026-11-16');
    expect(es('Le llamo a las nueve de la mañana.')).toBeNull();
    // "…esta" inside a word is not "esta mañana".
    expect(es('Le mando la respuesta mañana.')).toBe('2026-11-17');
  });

  it('resolves weekdays: "el jueves", "antes del viernes", "el próximo lunes", "el martes de la semana que viene"', () => {
    expect(es('Lo hablamos el jueves.')).toBe('2026-11-19');
    expect(es('Necesito la lista antes del viernes.')).toBe('2026-11-20');
    expect(es('¿Puede ser el miércoles?')).toBe('2026-11-18');
    // Said on a Monday, "el próximo lunes" is a week later; "el próximo jueves" the coming Thursday.
    expect(es('Nos vemos el próximo lunes.')).toBe('2026-11-23');
    expect(es('Agendamos para el próximo jueves.')).toBe('2026-11-19');
    expect(es('el viernes que viene')).toBe('2026-11-20');
    expect(es('el jueves de la semana que viene')).toBe('2026-11-26');
    expect(es('Lo firmamos el lunes pasado.')).toBeNull();
    expect(es('Hacemos inventario los viernes.')).toBeNull();
  });

  it('resolves weeks, months, quarters and counted spans', () => {
    expect(es('Se lo envío esta semana.')).toBe('2026-11-20');
    expect(es('la semana que viene')).toBe('2026-11-23');
    expect(es('a finales de la próxima semana')).toBe('2026-11-27');
    expect(es('para fin de mes')).toBe('2026-11-30');
    expect(es('a finales del mes que viene')).toBe('2026-12-31');
    expect(es('el mes que viene')).toBe('2026-12-01');
    expect(es('antes del cierre del trimestre')).toBe('2026-12-31');
    expect(es('en tres semanas')).toBe('2026-12-07');
    expect(es('dentro de un par de días')).toBe('2026-11-18');
    expect(es('en quince días')).toBe('2026-11-30');
  });

  it('resolves calendar dates and days of the month', () => {
    expect(es('el 3 de diciembre')).toBe('2026-12-03');
    expect(es('antes del 2 de febrero de 2027')).toBe('2027-02-02');
    expect(es('el día 20')).toBe('2026-11-20');
    expect(es('para el 10')).toBe('2026-12-10');
    expect(es('Nos dieron el 10 por ciento.')).toBeNull();
  });

  it('prefers the deadline and spans its preposition and time', () => {
    expect(es('La próxima semana le mando el informe antes del jueves.')).toBe('2026-11-19');
    const text = 'le muestro la plataforma el próximo martes a las diez y media';
    const [phrase] = findDatePhrases(text, 'es');
    expect(text.slice(phrase!.start, phrase!.end)).toBe('el próximo martes a las diez y media');
    expect(removeDuePhrase('Le envío la cotización para el jueves.', 'es')).toBe('Le envío la cotización.');
  });
});
