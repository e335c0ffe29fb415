import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/env.ts';
import type { Call } from '../../src/domain/call.ts';
import type { Decision } from '../../src/domain/review.ts';
import { AppError } from '../../src/errors/app-error.ts';
import { callEvent, eventId, statusEnteredAt } from '../../src/notify/call-event.ts';
import { parseNotifyEnv } from '../../src/notify/notify-env.ts';
import { postEvent } from '../../src/notify/post-event.ts';
import { slackText } from '../../src/notify/slack-message.ts';
import { syntheticCall } from '../helpers/index-calls.ts';

const SECRET = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const BASE = 'https://callscribe.example.com';

describe('notification settings', () => {
  it('are off when no NOTIFY_* variable is set', () => {
    expect(parseNotifyEnv({}, null)).toBeNull();
    expect(parseNotifyEnv({ NOTIFY_WEBHOOK_URL: ' ' }, BASE)).toBeNull();
  });

  it('read the webhook pair, the Slack URL and the base URL for links', () => {
    const config = parseNotifyEnv({ NOTIFY_WEBHOOK_URL: 'https://hooks.example.com/in', NOTIFY_WEBHOOK_SECRET: SECRET, NOTIFY_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0/B0/x' }, `${BASE}/`);
    expect(config).toEqual({
      webhook: { url: 'https://hooks.example.com/in', secret: SECRET },
      slack: { url: 'https://hooks.slack.com/services/T0/B0/x' },
      publicBaseUrl: BASE,
    });
  });

  it('refuse half a webhook configuration, a bad secret, or missing PUBLIC_BASE_URL, and never echo a URL or the secret', () => {
    const fails = (env: Record<string, string>, base: string | null = BASE) => {
      try {
        parseNotifyEnv(env, base);
      } catch (err) {
        expect(err).toBeInstanceOf(ConfigError);
        return (err as Error).message;
      }
      throw new Error('expected a ConfigError');
    };
    expect(fails({ NOTIFY_WEBHOOK_URL: 'https://hooks.example.com/in' })).toMatch(/NOTIFY_WEBHOOK_SECRET missing/);
    const badSecret = fails({ NOTIFY_WEBHOOK_URL: 'https://hooks.example.com/in', NOTIFY_WEBHOOK_SECRET: 'whsec_c2hvcnQ=' });
    expect(badSecret).toMatch(/NOTIFY_WEBHOOK_SECRET=\(value hidden\).*whsec_/);
    expect(badSecret).not.toContain('c2hvcnQ');
    const badSlack = fails({ NOTIFY_SLACK_WEBHOOK_URL: 'hooks.slack.com/services/T0/B0/sekrit' });
    expect(badSlack).toMatch(/NOTIFY_SLACK_WEBHOOK_URL/);
    expect(badSlack).not.toContain('sekrit');
    expect(fails({ NOTIFY_SLACK_WEBHOOK_URL: 'ftp://example.com/sekrit' })).not.toContain('sekrit');
    expect(fails({ NOTIFY_SLACK_WEBHOOK_URL: 'https://hooks.slack.com/services/T0/B0/x' }, null)).toMatch(/PUBLIC_BASE_URL/);
  });
});

const decision = (id: string, kind: Decision['kind'], state: Decision['state']): Decision => ({
  id, kind, state, proposed: null, from: null, item: null, options: [], evidence: [], reason: 'r', value: null,
  approvedItem: null, decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:00:00.000Z',
});

const syncRun = (finishedAt: string) => ({ step: 'sync' as const, startedAt: '2026-11-17T15:00:00.000Z', finishedAt, durationMs: 1, attempt: 1, outcome: 'ok' as const, errorCode: null });

describe('call events', () => {
  const call = (o: Partial<Call>) =>
    syntheticCall('c_0123456789abcdef01234567', {
      meta: { rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: 'Elena Novak', phone: '+442079460321', email: 'elena@example.com', company: 'Brightline Foods' } },
      steps: [syncRun('2026-11-17T15:01:00.000Z')],
      ...o,
    });

  it('describe a call awaiting review with its pending count, and carry no phone number or customer e-mail', () => {
    const crm = { review: { decisions: [decision('deal-stage', 'deal_stage', 'pending'), decision('contact', 'choose_contact', 'pending'), decision('deal', 'choose_deal', 'approved')], audit: [] } };
    const notified = callEvent(call({ status: 'needs_review', updatedAt: '2026-11-17T15:01:00.000Z' }), crm, BASE)!;
    expect(notified.event).toEqual({
      type: 'call.needs_review',
      timestamp: '2026-11-17T15:01:00.000Z',
      data: {
        callId: 'c_0123456789abcdef01234567', status: 'needs_review', url: `${BASE}/calls/c_0123456789abcdef01234567`,
        rep: 'priya@example.com', customer: { name: 'Elena Novak', company: 'Brightline Foods' }, review: { pending: 2 }, error: null,
      },
    });
    expect(notified.pendingByKind).toEqual({ deal_stage: 1, choose_contact: 1 });
    const text = JSON.stringify(notified.event);
    expect(text).not.toContain('+44');
    expect(text).not.toContain('elena@example.com');
  });

  it('describe a failed call by its error, and a done one with neither review nor error; unknown parties are null', () => {
    const error = { code: 'AUDIO_UNREADABLE', message: 'The recording cannot be decoded.', step: 'prepare' as const, retryable: false, at: '2026-11-17T15:02:00.000Z' };
    const failed = callEvent(call({ status: 'failed', error, meta: {} }), null, BASE)!;
    expect(failed.event.type).toBe('call.failed');
    expect(failed.event.timestamp).toBe(error.at);
    expect(failed.event.data).toMatchObject({ rep: null, customer: null, review: null, error: { code: 'AUDIO_UNREADABLE', message: 'The recording cannot be decoded.' } });
    const done = callEvent(call({ status: 'done' }), null, BASE)!;
    expect(done.event.data).toMatchObject({ status: 'done', review: null, error: null });
    expect(callEvent(call({ status: 'transcribing' }), null, BASE)).toBeNull();
  });

  it.each(['CONSENT_REFUSED', 'CONSENT_NOT_GRANTED'])('name no customer for a call stopped for recording consent (%s), even one whose record still does', (code) => {
    const error = { code, message: 'The call was not transcribed.', step: 'prepare' as const, retryable: false, at: '2026-11-17T15:02:00.000Z' };
    const { data } = callEvent(call({ status: 'failed', error }), null, BASE)!.event;
    expect(data).toMatchObject({ customer: null, error: { code } });
    expect(JSON.stringify(data)).not.toMatch(/Elena|Brightline/);
  });

  it("carry no phone number or e-mail address an error's message quotes", () => {
    const error = {
      code: 'HUBSPOT_CONTACT_NOT_FOUND', step: 'sync' as const, retryable: false, at: '2026-11-17T15:02:00.000Z',
      message: 'HubSpot contact 901 is gone, so its phone was not changed to +44 20 7946 0321 nor its e-mail to elena.novak@brightline.example.',
    };
    const { message } = callEvent(call({ status: 'failed', error }), null, BASE)!.event.data.error!;
    expect(message).toBe('HubSpot contact 901 is gone, so its phone was not changed to [REDACTED PHONE] nor its e-mail to [REDACTED EMAIL].');
  });

  it('keep their id while the call stays in the status, and get a new one when it reaches the status again', () => {
    const first = call({ status: 'needs_review', updatedAt: '2026-11-17T15:01:00.000Z' });
    const touched = { ...first, updatedAt: '2026-11-17T16:00:00.000Z' };
    const again = { ...first, steps: [...first.steps, syncRun('2026-11-17T17:00:00.000Z')], updatedAt: '2026-11-17T17:00:00.000Z' };
    const done = { ...again, status: 'done' as const };
    const id = (c: Call) => callEvent(c, null, BASE)!.id;
    expect(id(touched)).toBe(id(first));
    expect(id(again)).not.toBe(id(first));
    expect(id(done)).not.toBe(id(again));
    expect(statusEnteredAt(again)).toBe('2026-11-17T17:00:00.000Z');
    expect(id(first)).toBe(eventId(first.id, 'needs_review', '2026-11-17T15:01:00.000Z'));
    expect(id(first)).toMatch(/^msg_[0-9a-f]{32}$/);
  });
});

describe('the Slack message', () => {
  it('says who, with which customer, what awaits review, and links the call page', () => {
    const crm = { review: { decisions: [decision('deal-stage', 'deal_stage', 'pending'), decision('t1', 'rerun_action_item', 'pending'), decision('t2', 'rerun_action_item', 'pending')], audit: [] } };
    const notified = callEvent(syntheticCall('c_1', { status: 'needs_review' }), crm, BASE)!;
    expect(slackText(notified)).toBe(`Call by Priya Raman with Elena Novak (Brightline Foods) awaits review: 1 deal stage change, 2 new action items. <${BASE}/calls/c_1|Open the call>`);
  });

  it('escapes Slack\'s control characters in names and falls back to the rep\'s e-mail', () => {
    const c = syntheticCall('c_2', { status: 'needs_review', meta: { rep: { email: 'sam@example.com' }, customer: { company: 'Smith & <Sons>' } } });
    expect(slackText(callEvent(c, null, BASE)!)).toBe(`Call by sam@example.com with (Smith &amp; &lt;Sons&gt;) awaits review: 0 decisions. <${BASE}/calls/c_2|Open the call>`);
  });
});

describe('posting an event', () => {
  const answer = (status: number, body = '', headers: Record<string, string> = {}) => (async () => new Response(body, { status, headers })) as unknown as typeof fetch;
  const post = (fetchFn: typeof fetch, timeoutMs = 1000) => postEvent(fetchFn, 'webhook', { url: 'https://hooks.example.com/in?token=sekrit', headers: { 'webhook-id': 'msg_1' }, body: '{}' }, timeoutMs);
  const failure = async (p: Promise<unknown>) => {
    const err = await p.then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as Error).message).not.toContain('sekrit');
    return err as AppError;
  };

  it('sends JSON with the given headers and accepts any 2xx', async () => {
    const seen: RequestInit[] = [];
    await post((async (_url: string, init: RequestInit) => (seen.push(init), new Response(null, { status: 204 }))) as unknown as typeof fetch);
    expect(seen[0]).toMatchObject({ method: 'POST', body: '{}', redirect: 'manual' });
    expect(seen[0]!.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'msg_1' });
  });

  it('retries 5xx and 429 (with their Retry-After), stops on 410 and other 4xx and on redirects', async () => {
    expect(await failure(post(answer(503, 'down', { 'retry-after': '7' })))).toMatchObject({ code: 'WEBHOOK_UNAVAILABLE', retryable: true, retryAfterMs: 7000 });
    expect(await failure(post(answer(429, '', { 'retry-after': '2' })))).toMatchObject({ code: 'WEBHOOK_RATE_LIMITED', retryable: true, retryAfterMs: 2000 });
    expect(await failure(post(answer(410, 'endpoint disabled')))).toMatchObject({ code: 'WEBHOOK_GONE', retryable: false, status: 410 });
    expect(await failure(post(answer(400, 'invalid_payload')))).toMatchObject({ code: 'WEBHOOK_REJECTED', retryable: false, message: expect.stringContaining('invalid_payload') });
    expect(await failure(post(answer(301, '', { location: 'https://elsewhere.example.com/' })))).toMatchObject({ code: 'WEBHOOK_REJECTED', retryable: false });
  });

  it('retries a connection that fails or a receiver that does not answer in time', async () => {
    const refused = (async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    }) as unknown as typeof fetch;
    expect(await failure(post(refused))).toMatchObject({ code: 'WEBHOOK_UNREACHABLE', retryable: true, message: expect.stringContaining('ECONNREFUSED') });
    const silent = ((_url: string, init: RequestInit) =>
      new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)))) as unknown as typeof fetch;
    expect(await failure(post(silent, 50))).toMatchObject({ code: 'WEBHOOK_UNREACHABLE', retryable: true, message: expect.stringContaining('no answer within 50 ms') });
  });
});
