import { z } from 'zod';
import type { GuardedFetch, GuardedResponse } from '../../../ports/telephony-source.ts';
import { permanent } from '../../../errors/app-error.ts';
import { fetchWithToken, requestAccessToken } from '../oauth-token-cache.ts';
import { createTokenCache } from '../../token-cache.ts';
import { answerError, lookedUpEmail, type EmailLookup, type ProviderHints } from '../provider-answer.ts';
import type { RingCentralConfig } from './ringcentral.config.ts';
import { Endpoint } from './ringcentral.payload.ts';

export const RINGCENTRAL_HINTS: ProviderHints = {
  provider: 'RingCentral',
  authFix:
    'Check RINGCENTRAL_CLIENT_ID, RINGCENTRAL_CLIENT_SECRET and RINGCENTRAL_JWT (a JWT-auth app with ReadCallLog, ReadCallRecording and ReadAccounts) and that the app has the permissions the README lists.',
  lookupFix: 'Add the ReadAccounts permission to the RingCentral app, or else set RINGCENTRAL_REP_EMAILS (extensionId=email,…).',
};

const text = z.union([z.string(), z.number().transform(String)]).nullish().catch(null);

/** A call-log record (`view=Detailed`), fields we read. */
const CallRecord = z.object({
  id: text,
  sessionId: text,
  telephonySessionId: text,
  startTime: text,
  direction: text,
  from: Endpoint,
  to: Endpoint,
  extension: z.object({ id: text }).nullish().catch(null),
  recording: z.object({ id: text, contentUri: z.string().min(1) }).nullish().catch(null),
});
export type CallRecord = z.infer<typeof CallRecord>;
const CallLogPage = z.object({ records: z.array(CallRecord) });

export interface RingCentralClient {
  /** The account's call-log records of one telephony session (from `since` on: the API's default is the last 24 h). */
  callRecords(fetch: GuardedFetch, telephonySessionId: string, since: Date): Promise<CallRecord[]>;
  /** An extension's contact e-mail, or null when RingCentral does not tell (no such extension; or no permission, then `refused` says so). */
  extensionEmail(fetch: GuardedFetch, extensionId: string): Promise<EmailLookup>;
  /** GET a recording's contentUri with a bearer token; a non-success answer is thrown as AppError. */
  content(fetch: GuardedFetch, contentUri: string): Promise<GuardedResponse>;
}

export function createRingCentralClient(config: RingCentralConfig, clock: () => Date): RingCentralClient {
  const tokens = createTokenCache<GuardedFetch>({
    clock,
    request: (fetch) =>
      requestAccessToken(fetch, RINGCENTRAL_HINTS, {
        url: `${config.apiBaseUrl}/restapi/oauth/token`,
        clientId: config.clientId,
        clientSecret: config.clientSecret,
        form: { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion: config.jwt },
      }),
  });
  const get = (fetch: GuardedFetch, url: string, accept: string) =>
    fetchWithToken(tokens, fetch, (token) => fetch(url, { headers: { authorization: `Bearer ${token}`, accept } }));

  return {
    async callRecords(fetch, telephonySessionId, since) {
      const query = new URLSearchParams({ telephonySessionId, view: 'Detailed', dateFrom: since.toISOString(), perPage: '100' });
      const res = await get(fetch, `${config.apiBaseUrl}/restapi/v1.0/account/~/call-log?${query}`, 'application/json');
      if (res.status !== 200) throw answerError(RINGCENTRAL_HINTS, 'the call-log lookup', res);
      const page = CallLogPage.safeParse(await res.json().catch(() => null));
      if (!page.success) throw permanent('TELEPHONY_REJECTED', 'RingCentral answered the call-log lookup without a records list.');
      return page.data.records;
    },
    async extensionEmail(fetch, extensionId) {
      const res = await get(fetch, `${config.apiBaseUrl}/restapi/v1.0/account/~/extension/${encodeURIComponent(extensionId)}`, 'application/json');
      return lookedUpEmail(RINGCENTRAL_HINTS, 'the extension lookup', res, (body) => (body as { contact?: { email?: unknown } } | null)?.contact?.email);
    },
    async content(fetch, contentUri) {
      const res = await get(fetch, contentUri, 'audio/*, */*');
      if (res.status === 200 || res.status === 206) return res;
      throw answerError(RINGCENTRAL_HINTS, 'the recording download', res);
    },
  };
}
