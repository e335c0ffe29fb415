import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { WebhookRequest } from '../../src/ports/telephony-source.ts';
import { aircallDelivery, startAircallFake, type AircallFake } from './fakes/aircall.fake.ts';
import type { RecordedRequest } from './fakes/fake-server.ts';
import { startRecordingHostFake, standardWebhookDelivery, type RecordingHostFake } from './fakes/recording-host.fake.ts';
import { ringcentralDelivery, ringcentralSessionEvent, startRingCentralFake, type RingCentralFake } from './fakes/ringcentral.fake.ts';
import { recordingStatusFields, startTwilioFake, twilioDelivery, type TwilioFake } from './fakes/twilio.fake.ts';
import { startZoomFake, zoomDelivery, zoomRecordingCompleted, type ZoomFake } from './fakes/zoom.fake.ts';

/**
 * One recording per telephony provider, announced by deliveries built with each fake's sender (signed
 * as the provider signs), for the end-to-end webhook tests: the fakes, the env that points callscribe
 * at them, and what each call should turn out to be.
 */

export const PROVIDERS = ['twilio', 'zoom', 'aircall', 'ringcentral', 'generic'] as const;
export type Provider = (typeof PROVIDERS)[number];

/** The fixture recording in the shapes the fakes serve. */
export interface RecordingAudio {
  /** 16-bit PCM WAV, stereo: rep on channel 0, customer on 1. */
  wav: Buffer;
  mp3: Buffer;
  /** 8 kHz samples per channel (rep, customer), for the Twilio fake, which builds its own WAV. */
  tracks8k: [Int16Array, Int16Array];
}

export interface DeliveryOptions {
  /** Signed with a secret (or token) that is not the configured one. */
  forged?: boolean;
  /** Signed ten minutes ago (providers that sign a timestamp only). */
  stale?: boolean;
  /** Characters of filler in the body, to push it over the webhook body limit. */
  padding?: number;
}

export interface Scenario {
  provider: Provider;
  /** The provider's id of the recording, from which the call id derives. */
  recordingId: string;
  repEmail: string;
  customerPhone: string;
  /** Whether the provider signs a timestamp (so a stale delivery is refused as such). */
  signsTimestamp: boolean;
  delivery(opts?: DeliveryOptions): WebhookRequest;
  /** A delivery without its signature (header, or Aircall's body token). */
  unsigned(): WebhookRequest;
  /** How many requests the provider's fakes have seen so far. */
  seen(): number;
  /** The recording downloads the fakes answered with the file. */
  downloads(): RecordedRequest[];
  /** Asserts a download carried the provider's credentials. */
  expectAuthenticated(download: RecordedRequest): void;
}

export interface TelephonyFakes {
  twilio: TwilioFake;
  zoom: ZoomFake;
  aircall: AircallFake;
  ringcentral: RingCentralFake;
  /** The generic sender's recording host. */
  host: RecordingHostFake;
  /** The variables that turn every provider on, pointed at the fakes. */
  env: Record<string, string>;
  close(): Promise<void>;
}

const ZOOM_SECRET = 'e2e-zoom-secret-token';
const RC_TOKEN = 'e2e-rc-verification-token';
const GENERIC_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const OTHER_GENERIC_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const TWILIO_REP = '+16285550101';
const TWILIO_REP_EMAIL = 'rep.twilio@example.com';
const STALE_MS = 10 * 60_000;

export async function startTelephonyFakes(): Promise<TelephonyFakes> {
  const [twilio, zoom, aircall, ringcentral, host] = await Promise.all([
    startTwilioFake(),
    startZoomFake(),
    startAircallFake(),
    startRingCentralFake(),
    startRecordingHostFake(),
  ]);
  return {
    twilio,
    zoom,
    aircall,
    ringcentral,
    host,
    env: {
      TWILIO_ACCOUNT_SID: twilio.accountSid,
      TWILIO_AUTH_TOKEN: twilio.authToken,
      TWILIO_API_BASE_URL: twilio.baseUrl,
      TWILIO_REP_NUMBERS: `${TWILIO_REP}=${TWILIO_REP_EMAIL}`,
      ZOOM_WEBHOOK_SECRET_TOKEN: ZOOM_SECRET,
      ZOOM_ACCOUNT_ID: zoom.accountId,
      ZOOM_CLIENT_ID: zoom.clientId,
      ZOOM_CLIENT_SECRET: zoom.clientSecret,
      ZOOM_API_BASE_URL: zoom.apiBaseUrl,
      ZOOM_OAUTH_BASE_URL: zoom.oauthBaseUrl,
      AIRCALL_WEBHOOK_TOKEN: aircall.webhookToken,
      AIRCALL_API_ID: aircall.apiId,
      AIRCALL_API_TOKEN: aircall.apiToken,
      AIRCALL_API_BASE_URL: aircall.apiBaseUrl,
      AIRCALL_RECORDING_ORIGINS: aircall.recordingOrigin,
      RINGCENTRAL_VERIFICATION_TOKEN: RC_TOKEN,
      RINGCENTRAL_CLIENT_ID: ringcentral.clientId,
      RINGCENTRAL_CLIENT_SECRET: ringcentral.clientSecret,
      RINGCENTRAL_JWT: ringcentral.jwt,
      RINGCENTRAL_API_BASE_URL: ringcentral.apiBaseUrl,
      RINGCENTRAL_MEDIA_BASE_URL: ringcentral.mediaBaseUrl,
      GENERIC_WEBHOOK_SECRET: GENERIC_SECRET,
      GENERIC_RECORDING_ORIGINS: host.baseUrl,
    },
    close: async () => void (await Promise.all([twilio.close(), zoom.close(), aircall.close(), ringcentral.close(), host.close()])),
  };
}

/** `delivery` with one header left out. */
export function withoutHeader(delivery: WebhookRequest, name: string): WebhookRequest {
  const headers = { ...delivery.headers };
  delete headers[name];
  return { ...delivery, headers };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const pad = (padding: number | undefined) => (padding ? { padding: 'x'.repeat(padding) } : {});

/** Twilio: the rep is found by number in TWILIO_REP_NUMBERS; the download is Basic-authenticated. */
function twilioScenario(fake: TwilioFake, hook: string, audio: RecordingAudio): Scenario {
  const customerPhone = '+14155550101';
  const call = fake.addCall({ from: TWILIO_REP, to: customerPhone, direction: 'outbound-api' });
  // A dual-channel Twilio recording's first track is the parent leg's far end: the customer on an outbound call.
  const rec = fake.addRecording({ callSid: call.sid, tracks: [audio.tracks8k[1], audio.tracks8k[0]] });
  const sign = (opts: DeliveryOptions = {}) =>
    twilioDelivery({
      authToken: opts.forged ? 'not-the-auth-token' : fake.authToken,
      url: hook,
      fields: {
        ...recordingStatusFields({ accountSid: fake.accountSid, recordingUrl: fake.recordingUrl(rec.sid), recordingSid: rec.sid, callSid: call.sid, channels: 2 }),
        ...(opts.padding && { Padding: 'x'.repeat(opts.padding) }),
      },
    });
  const media = `/2010-04-01/Accounts/${fake.accountSid}/Recordings/${rec.sid}`;
  return {
    provider: 'twilio',
    recordingId: rec.sid,
    repEmail: TWILIO_REP_EMAIL,
    customerPhone,
    signsTimestamp: false,
    delivery: sign,
    unsigned: () => withoutHeader(sign(), 'x-twilio-signature'),
    seen: () => fake.requests.length,
    downloads: () => fake.requests.filter((r) => r.method === 'GET' && (r.path === media || r.path === `${media}.wav` || r.path === `${media}.mp3`) && r.status === 200),
    expectAuthenticated: (r) => expect(r.headers['authorization']).toBe(basic(fake.accountSid, fake.authToken)),
  };
}

/** Zoom: the rep's e-mail is the recording owner's, looked up in the phone users API with an OAuth token. */
function zoomScenario(fake: ZoomFake, hook: string, audio: RecordingAudio): Scenario {
  const customerPhone = '+14155550102';
  const userId = 'zoom-user-e2e';
  const repEmail = 'rep.zoom@example.com';
  fake.addUser({ id: userId, email: repEmail, name: 'Zoom Rep' });
  const recordingId = `zrec-${randomBytes(6).toString('hex')}`;
  const downloadUrl = fake.addRecording({ id: recordingId, audio: audio.wav, contentType: 'audio/wav' });
  const sign = (opts: DeliveryOptions = {}) =>
    zoomDelivery({
      secret: opts.forged ? 'not-the-secret-token' : ZOOM_SECRET,
      url: hook,
      timestampSec: Math.floor((Date.now() - (opts.stale ? STALE_MS : 0)) / 1000),
      body: {
        ...zoomRecordingCompleted(
          [{ id: recordingId, download_url: downloadUrl, caller_number: customerPhone, callee_number: '+16285550102', direction: 'inbound', date_time: new Date().toISOString(), owner: { id: userId, name: 'Zoom Rep', type: 'user' } }],
          { accountId: fake.accountId },
        ),
        ...pad(opts.padding),
      },
    });
  const media = new URL(downloadUrl).pathname;
  return {
    provider: 'zoom',
    recordingId,
    repEmail,
    customerPhone,
    signsTimestamp: true,
    delivery: sign,
    unsigned: () => withoutHeader(sign(), 'x-zm-signature'),
    seen: () => fake.requests.length,
    downloads: () => fake.requests.filter((r) => r.method === 'GET' && r.path === media && r.status === 200),
    expectAuthenticated: (r) => expect(r.headers['authorization']).toMatch(/^Bearer zt-[0-9a-f]+$/),
  };
}

/** Aircall: the token rides in the body; the call is looked up with Basic auth for a presigned recording link. */
function aircallScenario(fake: AircallFake, hook: string, audio: RecordingAudio): Scenario {
  const repEmail = 'rep.aircall@example.com';
  const call = fake.addCall({ raw_digits: '+1 415-555-0103', user: { id: 731417, name: 'Aircall Rep', email: repEmail }, audio: audio.mp3 });
  const sign = (opts: DeliveryOptions = {}) =>
    aircallDelivery(hook, opts.forged ? 'not-the-webhook-token' : fake.webhookToken, 'call.ended', { ...fake.callObject(call.id), ...pad(opts.padding) });
  const unsigned = () => {
    const delivery = sign();
    const { token: _token, ...body } = JSON.parse(delivery.rawBody.toString('utf8')) as Record<string, unknown>;
    return { ...delivery, rawBody: Buffer.from(JSON.stringify(body)) };
  };
  return {
    provider: 'aircall',
    recordingId: String(call.id),
    repEmail,
    customerPhone: '+14155550103',
    signsTimestamp: false,
    delivery: sign,
    unsigned,
    seen: () => fake.requests.length + fake.recordings.requests.length,
    downloads: () => fake.recordings.requests.filter((r) => r.method === 'GET' && r.path.includes(`/call-${call.id}-recording`) && r.status === 200),
    expectAuthenticated: (r) => {
      // The recording link is presigned; it came from the call looked up with the API credentials.
      expect(r.query).toHaveProperty('X-Amz-Signature');
      const lookups = fake.requests.filter((q) => q.path === `/v1/calls/${call.id}` && q.status === 200);
      expect(lookups.length).toBeGreaterThan(0);
      expect(lookups.every((q) => q.headers['authorization'] === basic(fake.apiId, fake.apiToken))).toBe(true);
    },
  };
}

/** RingCentral: the Verification-Token header; the recording comes from the call log with a JWT-flow token. */
function ringcentralScenario(fake: RingCentralFake, hook: string, audio: RecordingAudio): Scenario {
  const customerPhone = '+14155550104';
  const repEmail = 'rep.ringcentral@example.com';
  const extensionId = '400144455009';
  const telephonySessionId = `s-${randomBytes(6).toString('hex')}`;
  const from = { phoneNumber: customerPhone, name: 'Customer' };
  const to = { phoneNumber: '+16285550104', name: 'RingCentral Rep', extensionId };
  fake.addExtension({ id: extensionId, email: repEmail, name: 'RingCentral Rep' });
  fake.addCall({ telephonySessionId, direction: 'Inbound', from, to, startTime: new Date(Date.now() - 120_000).toISOString(), duration: 110, extensionId });
  const recId = `rec-${telephonySessionId}`;
  fake.attachRecording(telephonySessionId, { id: recId, audio: audio.wav, contentType: 'audio/wav' });
  const body = (padding?: number) => ({
    ...ringcentralSessionEvent({ telephonySessionId, eventTime: new Date().toISOString(), parties: [{ extensionId, direction: 'Inbound', from, to, status: { code: 'Disconnected', reason: 'CallFinished' } }] }),
    ...pad(padding),
  });
  const media = `/restapi/v1.0/account/${fake.accountId}/recording/${recId}/content`;
  return {
    provider: 'ringcentral',
    recordingId: telephonySessionId,
    repEmail,
    customerPhone,
    signsTimestamp: false,
    delivery: (opts = {}) => ringcentralDelivery({ url: hook, body: body(opts.padding), verificationToken: opts.forged ? 'not-the-verification-token' : RC_TOKEN }),
    unsigned: () => ringcentralDelivery({ url: hook, body: body(), verificationToken: null }),
    seen: () => fake.requests.length,
    downloads: () => fake.requests.filter((r) => r.method === 'GET' && r.path === media && r.status === 200),
    expectAuthenticated: (r) => expect(r.headers['authorization'] ?? `Bearer ${r.query['access_token']}`).toMatch(/^Bearer rt-[0-9a-f]+$/),
  };
}

/** A generic delivery (Standard Webhooks) for a recording on the host; `recordingUrl` defaults to a file put there. */
export function genericDelivery(hook: string, body: { recordingUrl: string; recordingId: string; meta?: unknown }, opts: DeliveryOptions = {}): WebhookRequest {
  return standardWebhookDelivery(opts.forged ? OTHER_GENERIC_SECRET : GENERIC_SECRET, hook, { ...body, ...pad(opts.padding) }, opts.stale ? { timestamp: new Date(Date.now() - STALE_MS) } : {});
}

/** Generic: the sender names the rep in the meta; the recording URL needs no credentials. */
function genericScenario(host: RecordingHostFake, hook: string, audio: RecordingAudio): Scenario {
  const recordingId = `gen-${randomBytes(6).toString('hex')}`;
  const path = `/recordings/${recordingId}.wav`;
  host.put(path, audio.wav, { contentType: 'audio/wav' });
  const repEmail = 'rep.generic@example.com';
  const customerPhone = '+14155550105';
  const body = { recordingUrl: host.url(path), recordingId, meta: { direction: 'outbound', rep: { email: repEmail }, customer: { phone: customerPhone } } };
  return {
    provider: 'generic',
    recordingId,
    repEmail,
    customerPhone,
    signsTimestamp: true,
    delivery: (opts = {}) => genericDelivery(hook, body, opts),
    unsigned: () => withoutHeader(genericDelivery(hook, body), 'webhook-signature'),
    seen: () => host.requests.length,
    downloads: () => host.requests.filter((r) => r.method === 'GET' && r.path === path && r.status === 200),
    expectAuthenticated: (r) => expect(r.headers).not.toHaveProperty('authorization'),
  };
}

/** Every provider's scenario; `webhookBase` is callscribe's `…/v1/webhooks`. */
export function telephonyScenarios(fakes: TelephonyFakes, webhookBase: string, audio: RecordingAudio): Map<Provider, Scenario> {
  const hook = (p: Provider) => `${webhookBase}/${p}`;
  return new Map<Provider, Scenario>([
    ['twilio', twilioScenario(fakes.twilio, hook('twilio'), audio)],
    ['zoom', zoomScenario(fakes.zoom, hook('zoom'), audio)],
    ['aircall', aircallScenario(fakes.aircall, hook('aircall'), audio)],
    ['ringcentral', ringcentralScenario(fakes.ringcentral, hook('ringcentral'), audio)],
    ['generic', genericScenario(fakes.host, hook('generic'), audio)],
  ]);
}
