import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipedriveCrm } from '../../src/adapters/crm/pipedrive/pipedrive.adapter.ts';
import { createSalesforceCrm } from '../../src/adapters/crm/salesforce/salesforce.adapter.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { startPipedriveFake, type PipedriveFake } from '../helpers/fakes/pipedrive.fake.ts';
import { startSalesforceFake, type SalesforceFake } from '../helpers/fakes/salesforce.fake.ts';
import { syncCall } from '../helpers/sync-harness.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

/**
 * An unknown customer is offered as a contact to create only when the adapter can create one: with the customer's
 * phone or e-mail. Known by name alone, the CRMs refuse it permanently, so approving a proposed "create" failed the call.
 */
describe('sync: an unknown customer known by name alone', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let pd: PipedriveFake;
  let sf: SalesforceFake;
  beforeEach(async () => {
    temp = await makeTempDir();
    [pd, sf] = await Promise.all([startPipedriveFake(), startSalesforceFake()]);
  });
  afterEach(async () => {
    await Promise.all([pd.close(), sf.close()]);
    await temp.cleanup();
  });
  const adapters = (): CrmAdapter[] => [
    createPipedriveCrm({ apiToken: pd.apiToken, baseUrl: pd.baseUrl }),
    createSalesforceCrm({ instanceUrl: sf.instanceUrl, accessToken: sf.accessToken }),
  ];

  it('is not proposed for creation (no option to), and the decision asks for the id of an existing contact', async () => {
    for (const [i, crm] of adapters().entries()) {
      const result = await syncCall(temp.dir, crm, { customer: { name: 'Elena Novak' } }, { callId: `c_0123456789abcdef0123456${i}` });
      expect(result.finalStatus, crm.kind).toBe('needs_review');
      const d = result.output!.review.decisions.find((x) => x.id === 'contact');
      expect(d, crm.kind).toMatchObject({ kind: 'unknown_contact', proposed: null, options: [], reason: expect.stringMatching(/give the id of the contact/) });
    }
  });

  it('with a phone number, creating the contact is proposed and offered', async () => {
    for (const [i, crm] of adapters().entries()) {
      const result = await syncCall(temp.dir, crm, { customer: { name: 'Elena Novak', phone: '+14155550199' } }, { callId: `c_0123456789abcdef0123457${i}` });
      expect(result.output!.review.decisions.find((x) => x.id === 'contact'), crm.kind).toMatchObject({ kind: 'unknown_contact', proposed: 'create', options: [{ value: 'create' }] });
    }
  });
});
