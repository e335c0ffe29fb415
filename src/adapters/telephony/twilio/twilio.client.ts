import { AppError } from '../../../errors/app-error.ts';
import { retryAfterMs } from '../../../errors/classify-http.ts';
import type { GuardedFetch, GuardedResponse } from '../../../ports/telephony-source.ts';
import type { TwilioConfig } from './twilio.config.ts';
import { TwilioCall } from './twilio.parties.ts';

/** Twilio's REST API as the download needs it: the Call resource and the recording's media. */

function authHeaders(config: TwilioConfig): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${config.apiUser}:${config.apiPassword}`).toString('base64')}` };
}

/** The parent call's parties, direction and start; null when Twilio no longer has the call. */
export async function fetchCall(config: TwilioConfig, callSid: string, fetch: GuardedFetch): Promise<TwilioCall | null> {
  const url = `${config.apiBaseUrl}/2010-04-01/Accounts/${config.accountSid}/Calls/${callSid}.json`;
  const res = await fetch(url, { headers: { ...authHeaders(config), accept: 'application/json' } });
  if (res.status === 404) {
    res.body.resume();
    return null;
  }
  if (res.status !== 200) throw failure(res, `looking up call ${callSid}`);
  const parsed = TwilioCall.safeParse(await res.json());
  if (!parsed.success) throw new AppError('TELEPHONY_REJECTED', `Twilio's answer for call ${callSid} is not a Call resource.`);
  return parsed.data;
}

/** The recording as WAV, both channels when Twilio stored two. */
export async function fetchRecordingWav(config: TwilioConfig, recordingUrl: string, recordingSid: string, fetch: GuardedFetch): Promise<GuardedResponse> {
  const res = await fetch(`${recordingUrl}.wav?RequestedChannels=2`, { headers: authHeaders(config) });
  if (res.status !== 200) throw failure(res, `downloading recording ${recordingSid}`);
  return res;
}

/** Classifies a Twilio answer that is not the one asked for; the body is drained, never quoted (it may echo URLs). */
function failure(res: GuardedResponse, doing: string): AppError {
  res.body.resume();
  const status = res.status;
  if (status === 401 || status === 403) {
    return new AppError(
      'TELEPHONY_AUTH_FAILED',
      `Twilio refused our credentials (${status}) ${doing}. Check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET when an API key is set.`,
      { status },
    );
  }
  if (status === 404) return new AppError('RECORDING_NOT_FOUND', `Twilio has no such recording (404) ${doing}: it was deleted, or belongs to another account.`, { status });
  if (status === 429 || status === 408 || status >= 500) {
    const wait = retryAfterMs({ get: (name) => res.headers[name] ?? null });
    return new AppError('TELEPHONY_UNAVAILABLE', `Twilio answered ${status} ${doing}; it will be tried again.`, { retryable: true, retryAfterMs: wait, status });
  }
  return new AppError('TELEPHONY_REJECTED', `Twilio answered ${status} ${doing}.`, { status });
}
