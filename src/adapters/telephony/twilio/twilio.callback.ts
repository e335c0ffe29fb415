import { permanent } from '../../../errors/app-error.ts';
import type { WebhookOutcome } from '../../../ports/telephony-source.ts';
import type { TwilioConfig } from './twilio.config.ts';

const RECORDING_SID = /^RE[0-9a-f]{32}$/i;
const CALL_SID = /^CA[0-9a-f]{32}$/i;

/** Why Twilio gave up on a recording (`RecordingStatus=absent`). */
const ABSENT_BECAUSE: Record<string, string> = {
  '16101': 'too short to keep',
  '16102': 'silent',
};

/** What `download` needs, stored with the call: Twilio's ids and the recording's URL (no credentials). */
export interface TwilioDownloadRef {
  accountSid: string;
  /** The parent leg's call (absent for conference recordings): its parties and direction. */
  callSid: string | null;
  /** `https://api.twilio.com/2010-04-01/Accounts/AC…/Recordings/RE…`, without an extension. */
  recordingUrl: string;
  /** 2 when Twilio stored the recording dual-channel. */
  channels: number | null;
}

/**
 * Reads a recording status callback (fields already verified): only `RecordingStatus=completed`
 * announces a recording; `in-progress`, `absent`, `failed` are ignored with the reason.
 */
export function readRecordingCallback(fields: Record<string, string>, config: TwilioConfig, deliveryId: string | null): WebhookOutcome {
  const status = fields['RecordingStatus'];
  if (!status) {
    const other = fields['CallStatus'] ? ` (CallStatus=${fields['CallStatus']})` : '';
    return { kind: 'ignored', reason: `Not a recording status callback${other}: set this URL as the recordingStatusCallback, not the call's status callback.` };
  }
  if (status !== 'completed') return { kind: 'ignored', reason: notCompleted(status, fields['ErrorCode']) };

  const recordingSid = fields['RecordingSid'] ?? '';
  if (!RECORDING_SID.test(recordingSid)) throw invalid('RecordingSid is missing or not a recording SID (RE…)');
  const callSid = fields['CallSid'] || null;
  if (callSid !== null && !CALL_SID.test(callSid)) throw invalid('CallSid is not a call SID (CA…)');
  const recordingUrl = recordingUrlOf(fields['RecordingUrl'], config, recordingSid);
  const channels = Number(fields['RecordingChannels']);
  const download: TwilioDownloadRef = {
    accountSid: config.accountSid,
    callSid,
    recordingUrl,
    channels: Number.isInteger(channels) && channels > 0 ? channels : null,
  };
  return {
    kind: 'recording',
    event: {
      provider: 'twilio',
      deliveryId: deliveryId ?? recordingSid,
      recordingId: recordingSid,
      download: { ...download },
      meta: {
        startedAt: isoOrNull(fields['RecordingStartTime']),
        source: { kind: 'twilio', recordingId: recordingSid },
      },
    },
  };
}

function notCompleted(status: string, errorCode: string | undefined): string {
  if (status === 'in-progress') return 'The recording is still in progress; Twilio calls again when it is completed.';
  if (status === 'absent') {
    const why = errorCode && ABSENT_BECAUSE[errorCode];
    return `Twilio kept no recording (absent${why ? `: ${why}` : ''}${errorCode ? `, ErrorCode ${errorCode}` : ''}).`;
  }
  return `RecordingStatus is ${status}${errorCode ? ` (ErrorCode ${errorCode})` : ''}; only completed recordings are transcribed.`;
}

/**
 * The recording's URL, which the download will fetch with our credentials: it must be the
 * recording's own resource on the configured API origin, nothing else.
 */
function recordingUrlOf(value: string | undefined, config: TwilioConfig, recordingSid: string): string {
  let url: URL;
  try {
    url = new URL(value ?? '');
  } catch {
    throw invalid('RecordingUrl is missing or not a URL');
  }
  if (url.origin !== config.apiBaseUrl || url.username || url.password) {
    throw invalid(`RecordingUrl is not on ${config.apiBaseUrl} (TWILIO_API_BASE_URL); callscribe downloads recordings only from the configured Twilio API`);
  }
  const expected = `/2010-04-01/Accounts/${config.accountSid}/Recordings/${recordingSid}`;
  if (url.pathname.replace(/\.(wav|mp3|json)$/, '') !== expected || url.search || url.hash) {
    throw invalid('RecordingUrl is not the URL of the recording named by RecordingSid in this account');
  }
  return url.origin + expected;
}

/** Twilio's dates are RFC 2822 (`Tue, 21 May 2024 20:00:00 +0000`); CallMeta wants ISO. */
export function isoOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

const invalid = (what: string) => permanent('WEBHOOK_PAYLOAD_INVALID', `The Twilio recording status callback is not usable: ${what}.`);
