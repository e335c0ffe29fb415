import { AppError } from '../../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse } from '../../../ports/telephony-source.ts';
import { answerError, type ProviderHints } from '../provider-answer.ts';
import type { TwilioConfig } from './twilio.config.ts';
import { TwilioCall, TwilioCallPage } from './twilio.parties.ts';

/** Twilio's REST API as the download needs it: the Call resource and the recording's media. */

const TWILIO_HINTS: ProviderHints = {
  provider: 'Twilio',
  authFix: 'Check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TWILIO_API_KEY_SID and TWILIO_API_KEY_SECRET when an API key is set.',
};

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
  if (res.status !== 200) throw answerError(TWILIO_HINTS, `the lookup of call ${callSid}`, res);
  const parsed = TwilioCall.safeParse(await res.json());
  if (!parsed.success) throw new AppError('TELEPHONY_REJECTED', `Twilio's answer for call ${callSid} is not a Call resource.`);
  return parsed.data;
}

/**
 * The child legs of a call (`<Dial>`'s outgoing legs): Twilio's Calls list filtered by `ParentCallSid`.
 * One page of up to 50: a `<Dial>` rings a handful of numbers at most.
 */
export async function fetchChildCalls(config: TwilioConfig, parentCallSid: string, fetch: GuardedFetch): Promise<TwilioCall[]> {
  const query = new URLSearchParams({ ParentCallSid: parentCallSid, PageSize: '50' });
  const url = `${config.apiBaseUrl}/2010-04-01/Accounts/${config.accountSid}/Calls.json?${query}`;
  const res = await fetch(url, { headers: { ...authHeaders(config), accept: 'application/json' } });
  if (res.status !== 200) throw answerError(TWILIO_HINTS, `the lookup of the child legs of call ${parentCallSid}`, res);
  const parsed = TwilioCallPage.safeParse(await res.json());
  if (!parsed.success) throw new AppError('TELEPHONY_REJECTED', `Twilio's answer for the child legs of call ${parentCallSid} is not a list of calls.`);
  return parsed.data.calls;
}

/**
 * The recording as WAV, both channels when the callback said Twilio stored two (`RecordingChannels=2`).
 * Only then: asking a mono recording (a `<Conference>`'s) for two channels draws Twilio's warning 16113.
 */
export async function fetchRecordingWav(config: TwilioConfig, recordingUrl: string, recordingSid: string, channels: number | null, fetch: GuardedFetch): Promise<GuardedResponse> {
  const res = await fetch(`${recordingUrl}.wav${channels === 2 ? '?RequestedChannels=2' : ''}`, { headers: authHeaders(config) });
  if (res.status !== 200) throw answerError(TWILIO_HINTS, `the download of recording ${recordingSid}`, res);
  return res;
}
