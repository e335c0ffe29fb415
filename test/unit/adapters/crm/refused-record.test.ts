import { describe, expect, it } from 'vitest';
import { recordOf, refusalOf } from '../../../../src/adapters/crm/http/refused-record.ts';
import { AppError } from '../../../../src/errors/app-error.ts';

describe('refusalOf: whose a 403 is, asked of the credential check', () => {
  it('is the record’s when the check passes, the credentials’ when the check is refused too', async () => {
    expect(await refusalOf(async () => {})).toBe('record');
    expect(await refusalOf(async () => { throw new AppError('PIPEDRIVE_AUTH', 'refused', { status: 403, kind: 'credentials' }); })).toBe('credentials');
  });

  it('throws any other failure of the check, so the request is tried again later', async () => {
    const blip = new AppError('PIPEDRIVE_UNAVAILABLE', 'down', { retryable: true, status: 503, kind: 'unavailable' });
    await expect(refusalOf(async () => { throw blip; })).rejects.toBe(blip);
  });
});

describe('recordOf: the record a request path ends with', () => {
  it.each([
    ['/api/v2/deals/42', 'deal 42'],
    ['/api/v2/activities/7', 'activity 7'],
    ['/crm/v3/objects/deals/1234', 'deal 1234'],
    ['/sobjects/Opportunity/006Fk0000000001AAA', 'Opportunity 006Fk0000000001AAA'],
    ['/api/v2/activities', null],
    ['/crm/v3/objects/contacts/search', null],
    ['/sobjects/Task/CallScribe_Key__c/c_1%3Acall', null],
  ])('%s → %s', (path, named) => {
    expect(recordOf(path)).toBe(named);
  });
});
