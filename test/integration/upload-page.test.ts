import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall, newCall, saveCall } from '../../src/pipeline/call-record.ts';
import { callIdFromSha256 } from '../../src/domain/call-keys.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REP = apiKey('rep', 'rep-key-0123456789abcdef', 'priya@example.com');
const MANAGER = apiKey('manager', 'manager-key-0123456789abcdef', 'lee@example.com');

interface Part {
  name: string;
  body: string | Buffer;
  filename?: string;
  type?: string;
}

/** A multipart/form-data body as a browser sends a form: the parts in the form's order. */
function multipart(parts: Part[], boundary = '----callscribe-form-boundary'): { payload: Buffer; headers: Record<string, string> } {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename === undefined ? '' : `; filename="${p.filename}"`}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(Buffer.from(head), Buffer.isBuffer(p.body) ? p.body : Buffer.from(p.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, accept: 'text/html' } };
}

const recording = (bytes = 2048): Part => ({ name: 'file', body: Buffer.alloc(bytes, 7), filename: 'juniper call.mp3', type: 'audio/mpeg' });
/** A file input left empty, as browsers send it. */
const noFile = (name: string): Part => ({ name, body: '', filename: '', type: 'application/octet-stream' });
const text = (name: string, body: string): Part => ({ name, body });

describe('the upload page (GET and POST /calls/new)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: FastifyInstance;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let queued: string[];

  /** The app on this test's store, with RECORDING_CONSENT_REQUIRED as given. */
  const makeApp = (consentRequired = false) =>
    buildApp({
      ...review,
      blobs: createFsBlobStore(temp.dir),
      enqueue: async (step, callId) => {
        queued.push(`${callId}:${step}`);
      },
      apiKeys: [REP, MANAGER],
      maxUploadBytes: 64 * 1024,
      consentRequired,
      clock: () => new Date('2026-11-23T10:00:00Z'),
      logger: silentLogger,
    });
  beforeEach(async () => {
    temp = await makeTempDir();
    review = await reviewDeps(createFsBlobStore(temp.dir));
    queued = [];
    app = await makeApp();
  });
  afterEach(async () => {
    await app.close();
    await review.close();
    await temp.cleanup();
  });

  /** Signs in through the form as a browser would; returns the session cookie. */
  const signIn = async (key: typeof REP) => {
    const form = await app.inject({ method: 'GET', url: '/sign-in' });
    const formCookie = form.cookies.find((c) => c.name === 'callscribe_sign_in')!;
    const token = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
    const res = await app.inject({
      method: 'POST',
      url: '/sign-in',
      cookies: { callscribe_sign_in: formCookie.value },
      payload: new URLSearchParams({ key: key.key, next: '/', _csrf: token }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return { callscribe_session: res.cookies.find((c) => c.name === 'callscribe_session')!.value };
  };
  /** The upload page as the signed-in browser gets it, and the CSRF token its form carries first. */
  const openPage = async (cookies: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url: '/calls/new', cookies, headers: { accept: 'text/html' } });
    const form = /<form method="post" action="\/calls\/new" enctype="multipart\/form-data"[^>]*>\s*<input type="hidden" name="_csrf" value="([^"]+)">/.exec(res.body);
    return { res, token: form?.[1] };
  };
  const post = (cookies: Record<string, string>, parts: Part[]) => app.inject({ method: 'POST', url: '/calls/new', cookies, ...multipart(parts) });
  const leftovers = async () => readdir(join(temp.dir, 'uploads')).catch(() => [] as string[]);

  it('offers a labelled multipart form whose first part is the CSRF token, linked from the list', async () => {
    const cookies = await signIn(REP);
    const { res, token } = await openPage(cookies);
    expect(res.statusCode).toBe(200);
    expect(token).toBeTruthy();
    for (const [id, label] of [['u-file', 'Recording'], ['u-transcript', 'Transcript (optional)'], ['u-customer_name', 'Name'], ['u-customer_email', 'E-mail'], ['u-consent', 'Did everyone agree to the recording?']]) {
      expect(res.body).toContain(`<label for="${id}">${label}</label>`);
      expect(res.body).toContain(`id="${id}"`);
    }
    // The rep's own fields are for a manager naming whose call it is: a rep's upload is theirs.
    expect(res.body).not.toContain('name="rep_email"');
    const list = await app.inject({ method: 'GET', url: '/', cookies, headers: { accept: 'text/html' } });
    expect(list.body).toContain('<a href="/calls/new">upload a recording</a>');
    expect(list.body).not.toContain('POST /v1/calls');
  });

  it('makes the call through the upload path, with the meta typed in the form, then opens its page', async () => {
    const cookies = await signIn(REP);
    const { token } = await openPage(cookies);
    const res = await post(cookies, [
      text('_csrf', token!),
      recording(),
      noFile('transcript'),
      text('customer_name', 'Owen Park'),
      text('customer_email', 'owen@juniper.example'),
      text('customer_phone', '+44 20 7946 0321'),
      text('customer_company', 'Juniper Freight'),
      text('deal_id', 'deal-1017'),
      text('direction', 'outbound'),
      text('consent', 'granted'),
    ]);
    expect(res.statusCode).toBe(303);
    const id = /^\/calls\/(c_[0-9a-f]{24})\?m=uploaded#done$/.exec(res.headers.location as string)?.[1];
    expect(id).toBeTruthy();
    const call = await findCall(createFsBlobStore(temp.dir), id!);
    expect(call?.meta).toMatchObject({
      direction: 'outbound',
      recordingConsent: 'granted',
      customer: { name: 'Owen Park', email: 'owen@juniper.example', phone: '+442079460321', company: 'Juniper Freight' },
      crm: { dealId: 'deal-1017' },
      rep: { email: 'priya@example.com' },
    });
    expect(call?.recording?.filename).toBe('juniper call.mp3');
    expect(queued).toEqual([`${id}:prepare`]);
    expect(await leftovers()).toEqual([]);
    // The call's page says what happened; the same recording again opens the same call.
    const page = await app.inject({ method: 'GET', url: `/calls/${id}?m=uploaded`, cookies, headers: { accept: 'text/html' } });
    expect(page.body).toContain('Recording received; it is being processed.');
    const again = await post(cookies, [text('_csrf', token!), recording()]);
    expect(again.headers.location).toBe(`/calls/${id}?m=duplicate#done`);
  });

  it('refuses a form without this session’s token before storing anything', async () => {
    const cookies = await signIn(REP);
    for (const parts of [[recording(), text('_csrf', 'not-a-token')], [text('_csrf', 'forged'), recording()], [recording()]]) {
      const res = await post(cookies, parts);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('text/html');
      expect(queued).toEqual([]);
      expect(await leftovers()).toEqual([]);
    }
  });

  it('says what is wrong in plain words on the form, keeping what was typed, and leaves nothing behind', async () => {
    const cookies = await signIn(REP);
    const { token } = await openPage(cookies);
    // Each with the field it concerns, which the page marks invalid (and app.js focuses).
    const cases: [Part[], number, string, string][] = [
      [[text('_csrf', token!), text('customer_name', 'Owen Park'), noFile('file')], 422, 'Choose the recording to upload.', 'file'],
      [[text('_csrf', token!), text('customer_name', 'Owen Park'), text('customer_email', 'owen at juniper'), recording()], 422, 'The customer&#39;s e-mail &quot;owen at juniper&quot; is not an e-mail address', 'customer_email'],
      [[text('_csrf', token!), text('customer_name', 'Owen Park'), recording(64 * 1024 + 10)], 413, 'The recording is larger than the largest upload allowed (64 KB)', 'file'],
      [[text('_csrf', token!), text('customer_name', 'Owen Park'), recording(0)], 422, 'The recording file is empty (0 bytes).', 'file'],
      [[text('_csrf', token!), text('customer_name', 'Owen Park'), recording(), { name: 'transcript', body: 'not a transcript', filename: 'notes.vtt', type: 'text/vtt' }], 400, 'The transcript is not a WebVTT file', 'transcript'],
    ];
    for (const [parts, status, words, field] of cases) {
      const res = await post(cookies, parts);
      expect([res.statusCode, res.headers['content-type']], words).toEqual([status, 'text/html; charset=utf-8']);
      expect(res.body, words).toContain(words);
      expect(res.body, words).toContain('role="alert"');
      expect(res.body, words).not.toMatch(/MAX_UPLOAD_BYTES|`file` part/);
      // What was typed is in the form again (the form sends its fields before its files).
      expect(res.body, words).toContain('name="customer_name" value="Owen Park"');
      expect(res.body.match(/<input[^>]*aria-invalid="true"[^>]*>/g)?.map((input) => /id="u-([^"]+)"/.exec(input)?.[1]), words).toEqual([field]);
      expect(queued, words).toEqual([]);
      expect(await leftovers(), words).toEqual([]);
    }
  });

  it('answers 413 on the form, as POST /v1/calls does, to a body whose Content-Length is over the limit, before reading any of it', async () => {
    const cookies = await signIn(REP);
    const { token } = await openPage(cookies);
    // A whole, valid form, declared as 100 MiB against the 64 KiB limit: refused on the header, nothing read or stored.
    const form = multipart([text('_csrf', token!), text('customer_name', 'Owen Park'), recording()]);
    const res = await app.inject({ method: 'POST', url: '/calls/new', cookies, payload: form.payload, headers: { ...form.headers, 'content-length': String(100 * 1024 * 1024) } });
    expect([res.statusCode, res.headers['content-type']]).toEqual([413, 'text/html; charset=utf-8']);
    expect(res.headers.connection).toBe('close');
    expect(res.body).toContain('The recording is larger than the largest upload allowed (64 KB)');
    expect(res.body).toContain('role="alert"');
    expect(queued).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('refuses, in words for the form, a recording sent again after it was stopped for recording consent (409 CONSENT_STOPPED_EARLIER), keeping the stop', async () => {
    const blobs = createFsBlobStore(temp.dir);
    const bytes = (recording().body as Buffer);
    const id = callIdFromSha256(createHash('sha256').update(bytes).digest('hex'));
    const at = new Date('2026-11-20T10:00:00Z');
    const error = { code: 'CONSENT_REFUSED', message: 'The call was not transcribed.', step: 'prepare' as const, retryable: false, at: at.toISOString() };
    await saveCall(blobs, newCall({ id, meta: { recordingConsent: 'refused' }, recording: null, status: 'failed', error }, at));
    const cookies = await signIn(MANAGER);
    const { token } = await openPage(cookies);
    const res = await post(cookies, [text('_csrf', token!), text('customer_name', 'Owen Park'), text('consent', 'granted'), recording()]);
    expect([res.statusCode, res.headers['content-type']]).toEqual([409, 'text/html; charset=utf-8']);
    expect(res.body).toContain('stopped because recording consent was refused or not given');
    expect(res.body).toContain('Erase this call');
    expect(res.body).not.toMatch(/DELETE \/v1|recordingConsent|CONSENT_STOPPED_EARLIER/);
    expect(res.body).toContain('name="customer_name" value="Owen Park"');
    expect((await findCall(blobs, id))?.error?.code).toBe('CONSENT_REFUSED');
    expect(queued).toEqual([]);
    expect(await leftovers()).toEqual([]);
  });

  it('answers the form again (409) when a rep uploads a recording already filed as another rep’s call: nothing new, the form kept', async () => {
    const blobs = createFsBlobStore(temp.dir);
    const bytes = (recording().body as Buffer);
    const id = callIdFromSha256(createHash('sha256').update(bytes).digest('hex'));
    const at = new Date('2026-11-20T10:00:00Z');
    await saveCall(blobs, newCall({ id, meta: { rep: { email: 'sam@example.com' } }, recording: null, status: 'done' }, at));
    const before = await findCall(blobs, id);
    const cookies = await signIn(REP);
    const { token } = await openPage(cookies);
    const res = await post(cookies, [text('_csrf', token!), text('customer_name', 'Owen Park'), recording()]);
    expect([res.statusCode, res.headers['content-type']]).toEqual([409, 'text/html; charset=utf-8']);
    expect(res.body).toMatch(/role="alert"[^>]*>[^<]*already uploaded as another rep’s call, so nothing new was created/);
    expect(res.body).toContain('ask a manager');
    expect(res.body).not.toContain(id);
    expect(res.body).toContain('name="customer_name" value="Owen Park"');
    expect(await findCall(blobs, id)).toEqual(before);
    expect(queued).toEqual([]);
    expect(await leftovers()).toEqual([]);
    // A manager sending it again opens the call, as before.
    const manager = await signIn(MANAGER);
    const again = await post(manager, [text('_csrf', (await openPage(manager)).token!), recording()]);
    expect(again.headers.location).toBe(`/calls/${id}?m=duplicate#done`);
  });

  it('where consent is required, asks for it with no "not recorded" answer, and refuses a form that does not say, before storing anything', async () => {
    await app.close();
    app = await makeApp(true);
    const cookies = await signIn(REP);
    const { res: page, token } = await openPage(cookies);
    expect(page.body).toContain('<label for="u-consent">Did everyone agree to the recording? (required)</label>');
    expect(page.body).toMatch(/<select id="u-consent" name="consent" required/);
    expect(page.body).not.toContain('Not recorded');
    for (const consent of [null, '', 'unknown']) {
      const parts = [text('_csrf', token!), text('customer_name', 'Owen Park'), ...(consent === null ? [] : [text('consent', consent)]), recording()];
      const res = await post(cookies, parts);
      expect([res.statusCode, res.headers['content-type']], String(consent)).toEqual([422, 'text/html; charset=utf-8']);
      expect(res.body).toContain('Say whether everyone agreed to the recording');
      expect(res.body).toContain('name="customer_name" value="Owen Park"');
      expect(queued).toEqual([]);
      expect(await leftovers()).toEqual([]);
    }
    const granted = await post(cookies, [text('_csrf', token!), text('consent', 'granted'), recording()]);
    expect(granted.statusCode).toBe(303);
    const id = /\/calls\/(c_[0-9a-f]{24})/.exec(granted.headers.location as string)![1]!;
    expect((await findCall(createFsBlobStore(temp.dir), id))?.meta.recordingConsent).toBe('granted');
    expect(queued).toEqual([`${id}:prepare`]);
  });

  it('reads when the call started on the uploader’s clock (the time zone the page sends), else UTC, and refuses a time that is not one', async () => {
    const cookies = await signIn(REP);
    const { token } = await openPage(cookies);
    let n = 0;
    // Each upload a recording of its own length, so each makes a call of its own.
    const startOf = async (parts: Part[]) => {
      const res = await post(cookies, [text('_csrf', token!), ...parts, recording(1024 + ++n)]);
      expect(res.statusCode, JSON.stringify(parts.map((p) => p.body))).toBe(303);
      const id = /\/calls\/(c_[0-9a-f]{24})/.exec(res.headers.location as string)![1]!;
      const meta = (await findCall(createFsBlobStore(temp.dir), id))!.meta;
      return [meta.startedAt ?? null, meta.timezone ?? null];
    };
    expect(await startOf([text('started_at', '2026-11-20T14:30'), text('timezone', 'Europe/Berlin')])).toEqual(['2026-11-20T13:30:00.000Z', 'Europe/Berlin']);
    expect(await startOf([text('started_at', '2026-11-20T14:30'), text('timezone', '')])).toEqual(['2026-11-20T14:30:00.000Z', 'UTC']);
    // A zone the server does not know is said, not read as UTC; the form comes back set to UTC, and sent so it is read in UTC.
    const unknownZone = await post(cookies, [text('_csrf', token!), text('started_at', '2026-11-20T14:30'), text('timezone', 'Not/AZone'), recording()]);
    expect([unknownZone.statusCode, unknownZone.body.includes('(&quot;Not/AZone&quot;) is not one this server knows')]).toEqual([422, true]);
    expect(unknownZone.body).toContain('name="timezone" id="u-timezone" value="UTC"');
    expect(unknownZone.body).toContain('name="started_at" value="2026-11-20T14:30"');
    expect(await startOf([text('started_at', '2026-11-20T14:30'), text('timezone', 'UTC')])).toEqual(['2026-11-20T14:30:00.000Z', 'UTC']);
    // Without a start, the zone is not needed and an unknown one is no problem.
    expect(await startOf([text('started_at', ''), text('timezone', 'Not/AZone')])).toEqual([null, null]);
    // The zone as the runtime names it, however it was sent.
    expect(await startOf([text('started_at', '2026-11-20T14:30'), text('timezone', 'europe/berlin')])).toEqual(['2026-11-20T13:30:00.000Z', 'Europe/Berlin']);
    expect(await startOf([text('started_at', ''), text('timezone', 'Europe/Berlin')])).toEqual([null, null]);
    for (const [value, words] of [['2026-02-30T10:00', 'is not a date and time'], ['2026-11-26T10:00', 'more than a day ahead']] as const) {
      const res = await post(cookies, [text('_csrf', token!), text('started_at', value), text('timezone', 'UTC'), recording()]);
      expect([res.statusCode, res.body.includes(words)], value).toEqual([422, true]);
      expect(res.body).toContain(`name="started_at" value="${value}"`);
    }
  });

  it('lets a manager name the rep whose call it is', async () => {
    const cookies = await signIn(MANAGER);
    const { res: page, token } = await openPage(cookies);
    expect(page.body).toContain('name="rep_email"');
    const res = await post(cookies, [text('_csrf', token!), recording(), text('rep_name', 'Owen Rep'), text('rep_email', 'owen.rep@example.com')]);
    const id = /\/calls\/(c_[0-9a-f]{24})/.exec(res.headers.location as string)![1]!;
    expect((await findCall(createFsBlobStore(temp.dir), id))?.meta.rep).toEqual({ name: 'Owen Rep', email: 'owen.rep@example.com' });
  });
});
