import { describe, expect, it } from 'vitest';
import { checkDecisionValue } from '../../../../src/domain/review.ts';
import { decisionFormValue, decisionValueField, parseCorrectionForm, parseDecisionForm } from '../../../../src/http/ui/form-input.ts';
import { sampleDecisions } from '../../../helpers/call-view-sample.ts';

const byId = Object.fromEntries(sampleDecisions().map((d) => [d.id, d]));

describe('parseDecisionForm', () => {
  it('reads the decision, its id, the etag and the note', () => {
    expect(parseDecisionForm({ _csrf: 't', decisionId: 'deal-stage', etag: '"v3"', decision: 'approve', note: '  ok  ', value: 'closedwon' })).toEqual({ ok: true, decisionId: 'deal-stage', decision: 'approve', etag: '"v3"', note: 'ok', summary: null });
    // The summary an unreliable transcript's form sends goes with an approval only.
    expect(parseDecisionForm({ decisionId: 'transcript', etag: 'e', decision: 'approve', summary: ' Heard it. ' })).toMatchObject({ summary: 'Heard it.' });
    expect(parseDecisionForm({ decisionId: 'transcript', etag: 'e', decision: 'reject', summary: 'Heard it.' })).toMatchObject({ summary: null });
    expect(parseDecisionForm({ decisionId: 'x', etag: 'e', decision: 'maybe' })).toMatchObject({ ok: false, code: 'FORM_INVALID' });
    expect(parseDecisionForm({ decisionId: 'x', decision: 'reject' })).toMatchObject({ ok: false });
  });
});

describe('decisionFormValue', () => {
  it('gives checkDecisionValue what each kind of form sends', () => {
    expect(checkDecisionValue(byId['deal-stage']!, decisionFormValue(byId['deal-stage']!, { value: 'closedwon' }), true)).toMatchObject({ ok: true, value: 'closedwon' });
    expect(checkDecisionValue(byId.contact!, decisionFormValue(byId.contact!, { value: 'hs-202' }), true)).toMatchObject({ ok: true, value: 'hs-202' });
    expect(checkDecisionValue(byId.contact!, decisionFormValue(byId.contact!, {}), true)).toMatchObject({ ok: true, value: 'hs-201' });
    expect(checkDecisionValue(byId.deal!, decisionFormValue(byId.deal!, { value: '' }), true)).toMatchObject({ ok: false, code: 'VALUE_REQUIRED' });
    expect(checkDecisionValue(byId.deal!, decisionFormValue(byId.deal!, { value: 'deal-9' }), true)).toMatchObject({ ok: true, value: 'deal-9' });
    const unknown = byId['contact-new']!;
    expect(checkDecisionValue(unknown, decisionFormValue(unknown, { value: 'create', contactId: '' }), true)).toMatchObject({ ok: true, value: 'create' });
    expect(checkDecisionValue(unknown, decisionFormValue(unknown, { value: 'existing', contactId: ' hs-7 ' }), true)).toMatchObject({ ok: true, value: 'hs-7' });
    expect(checkDecisionValue(unknown, decisionFormValue(unknown, { value: 'existing', contactId: '' }), true)).toMatchObject({ ok: false, code: 'VALUE_INVALID' });
    const item = byId['task-3c9d']!;
    expect(checkDecisionValue(item, decisionFormValue(item, { text: 'Send the SOC 2 report', owner: 'customer', dueDate: '' }), true)).toEqual({ ok: true, value: null, item: { text: 'Send the SOC 2 report', owner: 'customer', dueDate: null } });
    expect(checkDecisionValue(item, decisionFormValue(item, { text: 'x', owner: 'rep', dueDate: 'Friday' }), true)).toMatchObject({ ok: false, code: 'DUE_DATE_INVALID' });
  });
});

describe('parseCorrectionForm', () => {
  it('reads flat items[N][field] keys, each item under the index N it was sent with', () => {
    const body = { _csrf: 't', etag: '"v3"', summary: ' New summary ', 'items[2][text]': 'Third', 'items[2][owner]': 'customer', 'items[2][dueDate]': '', 'items[0][text]': 'First', 'items[0][owner]': 'rep', 'items[0][dueDate]': '2026-11-20', note: '' };
    expect(parseCorrectionForm(body)).toEqual({
      ok: true, etag: '"v3"',
      correction: { summary: 'New summary', actionItems: [{ index: 0, text: 'First', owner: 'rep', dueDate: '2026-11-20' }, { index: 2, text: 'Third', owner: 'customer', dueDate: null }] },
    });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', note: ' why ' })).toEqual({ ok: true, etag: 'e', correction: { summary: 's', note: 'why' } });
  });

  it('reads nested items too, and refuses what InsightsCorrection refuses', () => {
    expect(parseCorrectionForm({ etag: 'e', summary: 's', items: [{ text: 'A', owner: 'unknown', dueDate: '' }] })).toMatchObject({ ok: true, correction: { actionItems: [{ index: 0, text: 'A', owner: 'unknown', dueDate: null }] } });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', 'items[1][text]': ' ', 'items[1][owner]': 'rep' })).toMatchObject({ ok: false, code: 'FORM_INVALID', message: 'Write the text of action item 2: it cannot be left empty.' });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', 'items[0][text]': 'A', 'items[0][owner]': 'boss' })).toMatchObject({ ok: false, message: 'Choose the owner of action item 1 from the list.' });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', 'items[0][text]': 'A', 'items[0][owner]': 'rep', 'items[0][dueDate]': '20/11' })).toMatchObject({ ok: false, message: 'Give the due date of action item 1 as a date.' });
    // In words for the person at the form, never the schema's own text ("Too small: expected string to have >=1 characters").
    expect(parseCorrectionForm({ etag: 'e', summary: ' ' })).toMatchObject({ ok: false, code: 'FORM_INVALID', message: 'Write the summary: it cannot be left empty.' });
    expect(parseCorrectionForm({ etag: 'e', summary: '' })).toMatchObject({ ok: false, message: 'Write the summary: it cannot be left empty.' });
    expect(parseCorrectionForm({ etag: 'e', summary: 'x'.repeat(5001) })).toMatchObject({ ok: false, message: 'The summary is too long: at most 5000 characters.' });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', 'items[0][text]': 'x'.repeat(1001), 'items[0][owner]': 'rep' })).toMatchObject({ ok: false });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', note: 'n'.repeat(2001) })).toMatchObject({ ok: false, message: 'The note is too long: at most 2000 characters.' });
    expect(parseCorrectionForm({ summary: 's' })).toMatchObject({ ok: false });
    expect(parseCorrectionForm({ etag: 'e' })).toMatchObject({ ok: false });
  });

  it('reads a textarea’s CRLF (and a lone CR) as \\n before parsing: a summary sent back unchanged is the same text, and limits count characters', () => {
    const parsed = parseCorrectionForm({ etag: 'e', summary: 'Line one.\r\nLine two.\rLine three.', 'items[0][text]': 'A\r\nB', 'items[0][owner]': 'rep', note: 'Why:\r\nheard it again' });
    expect(parsed).toEqual({ ok: true, etag: 'e', correction: { summary: 'Line one.\nLine two.\nLine three.', actionItems: [{ index: 0, text: 'A\nB', owner: 'rep' }], note: 'Why:\nheard it again' } });
    expect(parseCorrectionForm({ etag: 'e', summary: 's', items: [{ text: 'A\r\nB', owner: 'rep' }] })).toMatchObject({ ok: true, correction: { actionItems: [{ text: 'A\nB' }] } });
    // 2,500 lines of one character and a line break: 5,000 characters once the CRs are gone, within the limit.
    expect(parseCorrectionForm({ etag: 'e', summary: 'x\r\n'.repeat(2500) })).toMatchObject({ ok: true });
    expect(parseDecisionForm({ decisionId: 'd', decision: 'reject', etag: 'e', note: 'a\r\nb' })).toMatchObject({ ok: true, note: 'a\nb' });
  });
});


describe('decisionValueField', () => {
  it('names the field of the form a refusal of the value concerns; none for a refusal of the whole form', () => {
    const kind = (k: string) => ({ kind: k }) as Parameters<typeof decisionValueField>[0];
    expect(decisionValueField(kind('unknown_contact'), { value: 'existing', contactId: '' }, 'VALUE_INVALID')).toBe('contactId');
    expect(decisionValueField(kind('unknown_contact'), { value: 'existing', contactId: 'c-9' }, 'CONTACT_NOT_FOUND')).toBe('contactId');
    expect(decisionValueField(kind('unknown_contact'), { value: 'create' }, 'VALUE_INVALID')).toBe('value');
    expect(decisionValueField(kind('crm_hygiene'), { value: '' }, 'DUE_DATE_INVALID')).toBe('value');
    expect(decisionValueField(kind('rerun_action_item'), { text: 'Send it', dueDate: 'Friday' }, 'DUE_DATE_INVALID')).toBe('dueDate');
    expect(decisionValueField(kind('rerun_action_item'), { text: '' }, 'VALUE_INVALID')).toBe('text');
    expect(decisionValueField(kind('transcript_unreliable'), { summary: '' }, 'VALUE_REQUIRED')).toBe('summary');
    expect(decisionValueField(kind('unknown_contact'), { value: 'existing' }, 'PRECONDITION_FAILED')).toBeUndefined();
  });

  it('a refused correction names its first faulty field as the form names it', () => {
    expect(parseCorrectionForm({ etag: 'e', summary: '  ' })).toMatchObject({ ok: false, field: 'summary' });
    expect(parseCorrectionForm({ etag: 'e', summary: 'ok', 'items[2][text]': ' ', 'items[2][owner]': 'rep' })).toMatchObject({ ok: false, field: 'items[2][text]' });
  });
});
