import { describe, expect, it } from 'vitest';
import { plainMessage, plainWords } from '../../../../src/http/ui/plain-words.ts';

describe('plainWords', () => {
  it('takes codes and settings out of the message, keeping them apart for operators', () => {
    expect(plainWords('Moving the deal from Qualified to buy to presentationscheduled waits for a manager (STAGE_POLICY=review).')).toEqual({
      text: 'Moving the deal from Qualified to buy to Presentation scheduled waits for a manager.', codes: ['STAGE_POLICY=review'],
    });
    expect(plainWords('FIELD_CONTRADICTED: the customer gave their e-mail as "a@b.example"; the CRM has "c@d.example".')).toEqual({
      text: 'The customer gave their e-mail as "a@b.example"; the CRM has "c@d.example".', codes: ['FIELD_CONTRADICTED'],
    });
    expect(plainWords('DUE_DATE_MISSING: "Send the pricing" has no due date.').codes).toEqual(['DUE_DATE_MISSING']);
    expect(plainWords('Decision hygiene-email: "rosa at example" is not an e-mail address. (VALUE_INVALID)')).toEqual({
      text: '"rosa at example" is not an e-mail address.', codes: ['VALUE_INVALID'],
    });
    expect(plainWords('The call changed after you opened it. (PRECONDITION_FAILED)').text).toBe('The call changed after you opened it.');
    expect(plainWords('Only a manager may decide this. (AUTH_FORBIDDEN)').codes).toEqual(['AUTH_FORBIDDEN']);
    expect(plainWords('Moving the deal back waits for a manager: STAGE_POLICY=auto only moves deals forward.').text).toBe('Moving the deal back waits for a manager: the automatic stage setting only moves deals forward.');
  });

  it('says stages by their names and times in the call as the page does', () => {
    expect(plainWords('Deal stage: proposed move to presentationscheduled from qualifiedtobuy.').text).toBe('Deal stage: proposed move to Presentation scheduled from Qualified to buy.');
    expect(plainWords('The customer proposed a date for a demo (16.3s).').text).toBe('The customer proposed a date for a demo (at 0:16).');
    // Text with nothing of the kind is left as it is, its first letter too.
    expect(plainWords('summary: Too big').text).toBe('summary: Too big');
  });

  it('as page text, the codes follow in a <code> detail, escaped', () => {
    expect(String(plainMessage('VALUE_INVALID: <b>no</b>'))).toBe('&lt;b&gt;no&lt;/b&gt; <span class="hint operator-codes">(for operators: <code>VALUE_INVALID</code>)</span>');
  });
});
