import { describe, expect, it } from 'vitest';
import { renderCallPage } from '../../../../src/http/ui/call-page.page.ts';
import { STAGE_KEYS } from '../../../../src/domain/insights.ts';
import { SAMPLE_CALL_ID, sampleCallView, sampleDecisions } from '../../../helpers/call-view-sample.ts';
import { cspProblems, forms, tags, textOf } from '../../../helpers/html-scan.ts';

const user = { email: 'maria@example.com', role: 'manager' as const };
const CSRF = 'csrf-token-123';
const render = (opts: Parameters<typeof sampleCallView>[0] = {}, flash?: { kind: 'success' | 'error'; message: string; at?: 'review' | 'correction' }) =>
  renderCallPage({ user, csrf: CSRF, view: sampleCallView(opts), audioUrl: `/calls/${SAMPLE_CALL_ID}/audio`, flash });

const reviewForms = (out: string) => forms(out).filter((f) => f.includes(`action="/calls/${SAMPLE_CALL_ID}/review"`));
const hidden = (form: string, name: string) => tags(form, 'input').find((i) => i.attrs.name === name)?.attrs.value;

describe('renderCallPage', () => {
  it('leaves markup in any field inert and has no inline script, style or handlers', () => {
    const out = render({ hostile: true });
    expect(cspProblems(out)).toEqual([]);
    expect(out).not.toMatch(/<script>alert/);
    expect(out).not.toMatch(/<img/);
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    // The CRM link with a javascript: URL is shown as text.
    expect(textOf(out)).toContain('A deal with a script URL');
  });

  it('loads app.js and then the script that follows a call being processed', () => {
    expect(tags(render(), 'script').map((s) => s.attrs.src)).toEqual(['/assets/app.js', '/assets/call-watch.js']);
  });

  it('every POST form carries the CSRF token', () => {
    const out = render();
    const posts = forms(out).filter((f) => /method="post"/.test(f));
    expect(posts.length).toBeGreaterThanOrEqual(7); // sign-out, 5 decisions, correction
    for (const f of posts) expect(hidden(f, '_csrf')).toBe(CSRF);
  });

  it('shows who, when, how long and the status, and the steps with their timings', () => {
    const text = textOf(render());
    expect(text).toContain('Elena Novak, Brightline Foods');
    expect(text).toContain('Priya Raman');
    expect(text).toContain('17 Nov 2026, 15:00 UTC');
    expect(text).toContain('0:35');
    expect(text).toContain('Needs review');
    expect(text).toMatch(/transcribe .* 48\.2 s/);
  });

  it('has a player and one transcript segment per line, each with its times and a seekable timestamp', () => {
    const out = render();
    expect(tags(out, 'audio')[0]!.attrs).toMatchObject({ controls: '', preload: 'metadata', src: `/calls/${SAMPLE_CALL_ID}/audio` });
    const segs = tags(out, 'li').filter((t) => t.attrs.class?.includes('segment'));
    expect(segs).toHaveLength(7);
    expect(segs[3]!.attrs).toMatchObject({ 'data-start': '15.2', 'data-end': '20.5' });
    const stamp = tags(out, 'a').find((a) => a.attrs['data-seek'] === '15.2')!;
    expect(stamp.attrs.href).toBe('#t=15.2');
  });

  it('renders every evidence quote as a button that seeks to its second', () => {
    const out = render();
    const quotes = tags(out, 'button').filter((b) => b.attrs.class === 'quote');
    expect(quotes.length).toBeGreaterThanOrEqual(6);
    for (const q of quotes) expect(q.attrs.type).toBe('button');
    expect(quotes.map((q) => q.attrs['data-seek'])).toEqual(expect.arrayContaining(['15.2', '20.8', '25.6', '9.8', '30.1']));
    expect(out).toMatch(/data-seek="25.6">“I will get that to you by Friday” — Priya Raman \(rep\), 0:25<\/button>/);
  });

  it('shows the stage proposal, action items with owner and due date, and the summary', () => {
    const text = textOf(render());
    expect(text).toMatch(/Decision maker bought in → to Contract sent/);
    expect(text).toContain('Confidence: 82%');
    expect(text).toContain('Owner: Rep Due: 20 Nov 2026');
    expect(text).toContain('Elena confirmed the CFO approved the budget');
  });

  it('gives each pending decision one form with its id, the etag and the right value control', () => {
    const out = render();
    const fs = reviewForms(out);
    expect(fs).toHaveLength(5);
    for (const f of fs) {
      expect(hidden(f, 'etag')).toBe('"v3-5d41402a"');
      expect(tags(f, 'textarea')[0]!.attrs.name).toBe('note');
      const buttons = tags(f, 'button').map((b) => `${b.attrs.name}=${b.attrs.value}`);
      expect(buttons).toEqual(['decision=approve', 'decision=reject']);
    }
    const byId = Object.fromEntries(fs.map((f) => [hidden(f, 'decisionId'), f]));
    expect(Object.keys(byId)).toEqual(['deal-stage', 'contact', 'deal', 'contact-new', 'task-3c9d']);

    const stage = byId['deal-stage']!;
    expect(tags(stage, 'select')[0]!.attrs.name).toBe('value');
    expect(tags(stage, 'option').map((o) => o.attrs.value)).toEqual([...STAGE_KEYS]);
    expect(tags(stage, 'option').find((o) => 'selected' in o.attrs)!.attrs.value).toBe('contractsent');

    const contact = byId.contact!;
    const radios = tags(contact, 'input').filter((i) => i.attrs.type === 'radio');
    expect(radios.map((r) => [r.attrs.name, r.attrs.value, 'checked' in r.attrs])).toEqual([['value', 'hs-201', true], ['value', 'hs-202', false]]);
    expect(tags(contact, 'a').map((a) => a.attrs.href)).toEqual(['https://app.hubspot.com/contacts/1/record/0-1/201']);

    expect(tags(byId.deal!, 'input').find((i) => i.attrs.name === 'value')!.attrs).toMatchObject({ type: 'text' });

    const unknown = tags(byId['contact-new']!, 'input');
    expect(unknown.filter((i) => i.attrs.type === 'radio').map((r) => [r.attrs.value, 'checked' in r.attrs])).toEqual([['create', true], ['existing', false]]);
    expect(unknown.find((i) => i.attrs.name === 'contactId')!.attrs.type).toBe('text');

    const item = byId['task-3c9d']!;
    expect(tags(item, 'input').find((i) => i.attrs.name === 'text')!.attrs.value).toBe('Send the security questionnaire');
    expect(tags(item, 'input').find((i) => i.attrs.name === 'dueDate')!.attrs).toMatchObject({ type: 'date', value: '2026-11-20' });
    expect(tags(item, 'option').find((o) => 'selected' in o.attrs)!.attrs.value).toBe('rep');
  });

  it('labels every form control', () => {
    const out = render();
    const ids = new Set(tags(out, 'label').map((l) => l.attrs.for));
    const controls = [...tags(out, 'input'), ...tags(out, 'select'), ...tags(out, 'textarea')].filter((c) => c.attrs.type !== 'hidden');
    for (const c of controls) expect(ids.has(c.attrs.id), c.source).toBe(true);
  });

  it('shows decided decisions with who and when, and no buttons for them', () => {
    const out = render();
    const text = textOf(out);
    expect(text).toMatch(/Approved by maria@example\.com on 17 Nov 2026, 15:40 UTC as Book the onboarding kickoff/);
    expect(text).toMatch(/Written to the CRM 17 Nov 2026, 15:41 UTC ?: task created \(hs-task-991\)/);
    expect(text).toMatch(/Rejected by maria@example\.com on 17 Nov 2026, 15:42 UTC/);
    const decided = [...out.matchAll(/<article class="decision decision-(approved|rejected)"[\s\S]*?<\/article>/g)].map((m) => m[0]);
    expect(decided).toHaveLength(2);
    for (const d of decided) {
      expect(forms(d)).toEqual([]);
      expect(tags(d, 'button').filter((b) => b.attrs.class !== 'quote')).toEqual([]);
    }
  });

  it('does not list every stage key under a decided stage change (sync offers them all as options)', () => {
    const stage = sampleDecisions().find((d) => d.kind === 'deal_stage')!;
    const options = STAGE_KEYS.map((k) => ({ value: k, label: k, url: null }));
    const decided = { ...stage, options, state: 'approved' as const, value: 'closedwon', decidedBy: 'maria@example.com', decidedAt: stage.createdAt };
    const out = render({ decisions: [decided] });
    expect(out).not.toContain('class="options"');
    expect(textOf(out)).not.toContain('appointmentscheduled');
    expect(textOf(out)).toContain('with Closed won instead');
  });

  it('says "instead" only of a value that replaced a proposal, not of one given where nothing was proposed', () => {
    const stage = sampleDecisions().find((d) => d.kind === 'deal_stage')!;
    const given = { ...stage, proposed: null, state: 'approved' as const, value: 'closedwon', decidedBy: 'maria@example.com', decidedAt: stage.createdAt };
    const text = textOf(render({ decisions: [given] }));
    expect(text).toContain('with Closed won');
    expect(text).not.toContain('Closed won instead');
  });

  it('has no decision or correction forms for a reader who may not review or correct', () => {
    const out = render({ can: { review: false, correct: false, retry: false } });
    expect(reviewForms(out)).toEqual([]);
    expect(out).not.toContain('/insights"');
    expect(textOf(out)).toContain('A manager decides these.');
  });

  it('while the call is being synced, keeps the pending decisions’ forms on the page, closed, and says why, with a reload', () => {
    const out = render({ status: 'syncing', can: { review: false, correct: false } });
    const closed = reviewForms(out);
    expect(closed).toHaveLength(5);
    for (const f of closed) expect(f).toMatch(/ data-waiting>\s*<fieldset class="waiting-fields" disabled aria-describedby="review-wait">[\s\S]*<\/fieldset>\s*<\/form>$/);
    expect(out).toContain(`<p class="hint wait-notice" id="review-wait" role="status" data-settle="/v1/calls/${SAMPLE_CALL_ID}" data-etag="&quot;v3-5d41402a&quot;">`);
    expect(textOf(out)).toContain('The decisions still pending can be decided once it finishes (usually within seconds): a decision made during the update would be overwritten by it. This page reloads itself then. Reload the page');
    expect(out).toContain(`<a href="/calls/${SAMPLE_CALL_ID}">Reload the page</a>`);
    expect(textOf(out)).not.toContain('A manager decides');
    // A rep waits for those that are theirs; the manager's stay without a form.
    const rep = renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view: sampleCallView({ status: 'syncing', can: { review: false, correct: false } }), audioUrl: null });
    expect(reviewForms(rep).map((f) => hidden(f, 'decisionId'))).toEqual(['contact', 'task-3c9d']);
    expect(textOf(rep)).toContain('A manager decides some of them');
    // Processed again from an earlier step: no forms, as before.
    expect(reviewForms(render({ status: 'extracting', can: { review: false, correct: false } }))).toEqual([]);
  });

  it('has a correction form with the summary and every action item', () => {
    const f = forms(render()).find((x) => x.includes(`action="/calls/${SAMPLE_CALL_ID}/insights"`))!;
    expect(hidden(f, 'etag')).toBe('"v3-5d41402a"');
    expect(f).toMatch(/<textarea id="c-summary" name="summary"[^>]*>Elena confirmed/);
    const names = [...tags(f, 'input'), ...tags(f, 'select')].map((i) => i.attrs.name).filter((n) => n?.startsWith('items')).sort();
    expect(names).toEqual(['items[0][dueDate]', 'items[0][owner]', 'items[0][text]', 'items[1][dueDate]', 'items[1][owner]', 'items[1][text]']);
  });

  it('links the CRM records (plain text without a URL) and shows the audit history', () => {
    const out = render();
    expect(tags(out, 'a').some((a) => a.attrs.href === 'https://app.hubspot.com/contacts/1/record/0-48/55' && !a.attrs.target)).toBe(true);
    expect(textOf(out)).toContain('Task Book the onboarding kickoff (hs-task-991)');
    const audit = out.match(/<table class="audit">[\s\S]*?<\/table>/)![0];
    expect(tags(audit, 'tr')).toHaveLength(4);
    expect(textOf(audit)).toContain('Rejected change the deal stage Contract sent → became —');
  });

  it('reads the history as the page reads elsewhere: stages by name, action items as text, owner and due date, fields and steps in words', () => {
    const view = sampleCallView();
    const at = '2026-11-17T15:50:00.000Z';
    view.audit.push(
      { at, by: 'maria@example.com', action: 'approve', target: 'deal-stage', before: 'contractsent', after: 'contractsent', note: null },
      { at, by: 'maria@example.com', action: 'correct', target: 'insights.actionItems[1]', before: { text: 'Send the questionnaire', owner: 'rep', dueDate: null }, after: { text: 'Send the security questionnaire', owner: 'customer', dueDate: '2026-11-20' }, note: null },
      { at, by: 'maria@example.com', action: 'correct', target: 'insights.summary', before: 'Old summary.', after: 'New summary.', note: null },
      { at, by: 'lee@example.com', action: 'retry', target: 'step:transcribe', before: 'TRANSCRIBE_TIMEOUT', after: 'transcribing', note: null },
      { at, by: 'sync', action: 'apply', target: 'deal-stage', before: null, after: 'deal deal-2040 moved to decisionmakerboughtin', note: null },
    );
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const audit = textOf(out.match(/<table class="audit">[\s\S]*?<\/table>/)![0]);
    // Approved as proposed: the value once, not "Contract sent became Contract sent".
    expect(audit).toContain('Approved change the deal stage Contract sent (as proposed)');
    expect(audit).not.toContain('Contract sent → became Contract sent');
    expect(audit).toContain('Approved new action item Book onboarding → became Book the onboarding kickoff (due: 1 Dec 2026)');
    expect(audit).toContain('Corrected action item 2 Send the questionnaire (owner: Rep, due: no date) → became Send the security questionnaire (owner: Customer, due: 20 Nov 2026)');
    expect(audit).toContain('Corrected the summary Old summary. → became New summary.');
    expect(audit).toContain('Retried from the transcribe step TRANSCRIBE_TIMEOUT → became Transcribing');
    // What sync wrote names the stage as the page does, not by its id.
    expect(audit).toContain('Wrote to the CRM change the deal stage — → became deal deal-2040 moved to Decision maker bought in');
    expect(audit).not.toMatch(/[{}]|contractsent|decisionmakerboughtin/);
  });

  it('an automatic approval of the proposal reads as proposed; the History table is a scroll region named apart from its section', () => {
    const view = sampleCallView();
    view.audit.push({ at: '2026-11-17T15:50:00.000Z', by: 'policy:auto', action: 'approve', target: 'deal-stage', before: 'pending', after: 'contractsent', note: 'Confident enough (STAGE_POLICY=auto).' });
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const audit = textOf(out.match(/<table class="audit">[\s\S]*?<\/table>/)![0]);
    expect(audit).toContain('Approved change the deal stage Contract sent (as proposed) Confident enough');
    expect(audit).not.toContain('pending');
    expect(audit).toContain('(for operators: STAGE_POLICY=auto');
    // The section is the region "History"; the table's scroll region is named by its caption, not "History" again.
    const section = tags(out, 'section').find((t) => t.attrs['aria-labelledby'] === 'audit-h');
    expect(section).toBeDefined();
    expect(/<div class="table-wrap" role="region" aria-labelledby="([^"]+)" tabindex="0"><table class="audit">/.exec(out)?.[1]).toBe('audit-caption');
    // No scroll region on the page repeats the name of the section it sits in (History, Manual entry saved).
    const sections = new Set(tags(out, 'section').map((t) => t.attrs['aria-labelledby']).filter(Boolean));
    const regions = tags(out, 'div').filter((t) => t.attrs.role === 'region').map((t) => t.attrs['aria-labelledby']);
    expect(regions.filter((id) => id && sections.has(id))).toEqual([]);
    expect(out).toContain('<caption class="visually-hidden" id="audit-caption">Who changed what on this call</caption>');
  });

  it('drops a decided decision’s reason, which spoke of it waiting, and points the transcript check to the corrections below it', () => {
    const decisions = sampleDecisions();
    decisions[0]!.reason = 'Moving the deal waits for a manager (STAGE_POLICY=review).';
    const pending = textOf(render({ decisions }));
    expect(pending).toContain('Moving the deal waits for a manager.');
    Object.assign(decisions[0]!, { state: 'approved', value: 'contractsent', decidedBy: 'maria@example.com', decidedAt: '2026-11-17T15:50:00.000Z' });
    expect(textOf(render({ decisions }))).not.toContain('waits for a manager');
    // Decided by callscribe itself: the reason is why it did.
    Object.assign(decisions[0]!, { decidedBy: 'policy:auto', reason: 'Applied by STAGE_POLICY=auto at confidence 0.90.' });
    // In words; the setting kept for operators, not as the message.
    expect(textOf(render({ decisions }))).toContain('Applied by the automatic stage setting at confidence 0.90.');
    expect(render({ decisions })).toContain('(for operators: <code>STAGE_POLICY=auto</code>)');
  });

  it('shows a failed call with its error and a Retry form, and a transcribing call with its progress', () => {
    const failed = render({ status: 'failed' });
    expect(textOf(failed)).toContain('AUDIO_CORRUPT The recording could not be decoded');
    const retry = forms(failed).find((f) => f.includes(`action="/calls/${SAMPLE_CALL_ID}/retry"`))!;
    expect(hidden(retry, '_csrf')).toBe(CSRF);
    expect(forms(render({ status: 'failed', can: { retry: false } })).some((f) => f.includes('/retry'))).toBe(false);
    // The sample fails on its recording's content (AUDIO_CORRUPT): no retry up front, since the page says a retry fails
    // the same way; a new recording is asked for, and retrying anyway is left to a disclosure.
    expect(failed).toMatch(/<details class="retry-anyway"><summary>Retry anyway \(an operator's choice\)<\/summary><form method="post" action="\/calls\/[^"]+\/retry"/);
    expect(textOf(failed)).not.toContain('Retry processing');
    expect(textOf(failed)).toContain('The recording itself is the problem: processing it again fails the same way. Send a new recording of the call');
    expect(tags(retry, 'button')[0]!.attrs['aria-describedby']).toBe('failure-recording');
    const timedOut = sampleCallView({ status: 'failed' });
    timedOut.call.error = { ...timedOut.call.error!, code: 'TRANSCRIBE_TIMEOUT', retryable: true };
    const temporary = renderCallPage({ user, csrf: CSRF, view: timedOut, audioUrl: null });
    expect(textOf(temporary)).not.toContain('new recording');
    expect(forms(temporary).some((f) => f.includes('/retry') && !f.includes('aria-describedby'))).toBe(true);

    const busy = render({ status: 'transcribing' });
    expect(tags(busy, 'progress')[0]!.attrs).toMatchObject({ max: '8', value: '3' });
    expect(textOf(busy)).toContain('Transcribing: 3 of 8 pieces done');
  });

  it('a call still being processed says where it is in a status region the script follows; a finished one has none', () => {
    for (const status of ['received', 'preparing', 'transcribing', 'extracting', 'syncing'] as const) {
      const out = render({ status });
      const box = tags(out, 'div').find((d) => d.attrs['data-watch'] !== undefined);
      expect(box?.attrs['data-watch'], status).toBe(`/v1/calls/${SAMPLE_CALL_ID}`);
      const region = tags(out, 'p').find((t) => t.attrs.role === 'status' && t.attrs.id === 'live-text');
      expect(region, status).toBeDefined();
      // The words of every step are there for the script, and the bar is named by the region's words.
      const texts = JSON.parse(box!.attrs['data-texts']!.replace(/&quot;/g, '"').replace(/&#39;/g, "'")) as Record<string, string>;
      expect(Object.keys(texts)).toEqual(expect.arrayContaining(['received', 'preparing', 'transcribing', 'transcribingOf', 'extracting', 'syncing']));
      expect(tags(out, 'progress')[0]!.attrs['aria-labelledby']).toBe('live-text');
      // Only a transcription with its pieces counted shows the bar.
      expect('hidden' in tags(out, 'progress')[0]!.attrs, status).toBe(status !== 'transcribing');
    }
    expect(textOf(render({ status: 'extracting' }))).toContain('Finding the summary, the action items and any deal-stage change.');
    for (const status of ['done', 'needs_review', 'failed'] as const) {
      const out = render({ status });
      expect(out, status).not.toContain('data-watch');
      expect(tags(out, 'progress'), status).toHaveLength(0);
    }
  });

  it('shows a rep no operator’s failure text (a server path, what to delete): the code and that a manager can act; a manager sees it all', () => {
    const corrupt = sampleCallView({ status: 'failed', can: { retry: false } });
    corrupt.call.error = { ...corrupt.call.error!, code: 'CRM_LOCAL_CORRUPT', step: 'sync', message: 'The local CRM file /srv/data/local-crm.json is not valid (Unexpected end of JSON input). Restore it from a backup or delete it to start from the seed.' };
    const rep = textOf(renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view: corrupt, audioUrl: null }));
    expect(rep).toContain('CRM_LOCAL_CORRUPT');
    expect(rep).toContain('not the recording you sent. A manager sees the details on this page');
    expect(rep).not.toMatch(/\/srv\/|local-crm\.json|delete it/);
    const manager = textOf(renderCallPage({ user, csrf: CSRF, view: corrupt, audioUrl: null }));
    expect(manager).toContain('/srv/data/local-crm.json is not valid');
    // A failure of the recording itself is the rep's to act on: they read it.
    expect(textOf(renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view: sampleCallView({ status: 'failed', can: { retry: false } }), audioUrl: null }))).toContain('AUDIO_CORRUPT The recording could not be decoded');
  });

  it('says when no worker takes the call\'s step: what to start to a manager, that it waits to a rep', () => {
    const waiting = { status: 'transcribing' as const, noWorker: { step: 'transcribe' as const, lane: 'interactive' as const } };
    const manager = textOf(render(waiting));
    expect(manager).toContain('No worker is taking transcribe jobs: start callscribe work');
    // Workers started for the bulk lane alone (WORKER_LANES=bulk) do not take it: the notice says which setting does.
    expect(manager).toMatch(/\(with WORKER_LANES unset or interactive\s*\)/);
    expect(manager).toContain('Transcribing: 3 of 8 pieces done');
    const rep = textOf(renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view: sampleCallView(waiting), audioUrl: null }));
    expect(rep).toContain('waiting for a worker');
    expect(rep).not.toContain('callscribe work');
    expect(textOf(render({ status: 'syncing', noWorker: { step: 'sync', lane: 'bulk' } }))).toContain('No worker is taking sync jobs in the bulk lane: start callscribe work');
    expect(textOf(render({ status: 'transcribing' }))).not.toMatch(/worker/i);
  });

  it('shows a flash as a status, an error as an alert', () => {
    expect(render({}, { kind: 'success', message: 'Approved <stage>.' })).toContain('<div class="flash flash-success" role="status" id="done" tabindex="-1">Approved &lt;stage&gt;.</div>');
    expect(render({}, { kind: 'error', message: 'The call changed meanwhile.' })).toContain('role="alert" id="form-refused" tabindex="-1">The call changed meanwhile.');
  });

  it('shows what a form did in the section the form was in, the target of the redirect’s #done, with a link on to the next decision', () => {
    const section = (out: string, heading: string) => out.match(new RegExp(`<section class="card" aria-labelledby="${heading}">[\\s\\S]*?</section>`))![0];
    const decided = render({}, { kind: 'success', message: 'Decision recorded.', at: 'review' });
    expect(tags(decided).filter((t) => t.attrs.id === 'done')).toHaveLength(1);
    const review = section(decided, 'review-h');
    expect(tags(review, 'div').find((t) => t.attrs.id === 'done')!.attrs).toMatchObject({ role: 'status', tabindex: '-1' });
    // The link goes to the first decision the reader may still make, which a link can focus.
    const next = tags(review, 'a').find((a) => a.attrs.href?.startsWith('#decision-'))!;
    const target = tags(review, 'article').find((t) => `#${t.attrs.id}` === next.attrs.href)!;
    expect(target.attrs.tabindex).toBe('-1');
    const first = sampleDecisions().findIndex((d) => d.state === 'pending');
    expect(target.attrs.id).toBe(`decision-${first}`);
    expect(textOf(decided).indexOf('Decision recorded.')).toBeGreaterThan(textOf(decided).indexOf('Contract sent'));

    const corrected = render({}, { kind: 'success', message: 'Correction saved.', at: 'correction' });
    expect(tags(section(corrected, 'correct-h'), 'div').some((t) => t.attrs.id === 'done')).toBe(true);
    // No correction form on the page (the reader may not correct): the notice is at the page's top.
    const top = renderCallPage({ user, csrf: CSRF, view: sampleCallView({ can: { correct: false } }), audioUrl: null, flash: { kind: 'success', message: 'Correction saved.', at: 'correction' } });
    expect(top.indexOf('id="done"')).toBeLessThan(top.indexOf('<h1>'));
    // While the correction's sync runs the section stays, its notice there, the form closed and the page watching the call.
    const syncing = renderCallPage({ user, csrf: CSRF, view: sampleCallView({ status: 'syncing', can: { correct: false } }), audioUrl: null, flash: { kind: 'success', message: 'Correction saved.', at: 'correction' } });
    const waiting = section(syncing, 'correct-h');
    expect(tags(waiting, 'div').some((t) => t.attrs.id === 'done')).toBe(true);
    expect(tags(waiting, 'p').find((t) => t.attrs.id === 'correct-wait')!.attrs).toMatchObject({ role: 'status', 'data-settle': `/v1/calls/${SAMPLE_CALL_ID}` });
    expect(tags(waiting, 'form')[0]!.attrs).toHaveProperty('data-waiting');
    expect(tags(waiting, 'fieldset').find((t) => t.attrs.class === 'waiting-fields')!.attrs).toMatchObject({ disabled: '', 'aria-describedby': 'correct-wait' });
    // A retry's notice is where the failure and its Retry button were: below the call's heading, above its progress.
    const retried = renderCallPage({ user, csrf: CSRF, view: sampleCallView({ status: 'preparing' }), audioUrl: null, flash: { kind: 'success', message: 'The call was queued again.', at: 'processing' } });
    expect(retried.indexOf('id="done"')).toBeGreaterThan(retried.indexOf('</header>', retried.indexOf('<header class="call-head">')));
    // Every decision decided: no link on.
    const all = render({ decisions: sampleDecisions().filter((d) => d.state !== 'pending') }, { kind: 'success', message: 'Decision recorded.', at: 'review' });
    expect(all).not.toContain('href="#decision-');
  });

  it('a stage decision names its starting stage as the deal’s when the call was processed, a move to where it is as no change, and once decided what was set', () => {
    const [stage] = sampleDecisions();
    const card = (d: typeof stage) => textOf(render({ decisions: [d!] })).replace(/\s+/g, ' ').replace(/ ([.;,:])/g, '$1');
    expect(card(stage)).toContain('Move the deal to Contract sent. When the call was processed it was at Decision maker bought in; if the CRM has it at Contract sent already, approving changes nothing.');
    expect(card({ ...stage!, from: 'contractsent' })).toContain('The deal is already at Contract sent: approving changes nothing in the CRM.');
    const decided = { ...stage!, state: 'approved' as const, decidedBy: 'maria@example.com', decidedAt: '2026-11-17T15:30:00.000Z' };
    expect(card({ ...decided, value: 'closedlost' })).toContain("The deal's stage was set to Closed lost; callscribe had proposed Contract sent.");
    expect(card({ ...decided, value: 'contractsent' })).toContain("The deal's stage was set to Contract sent, as proposed.");
    expect(card({ ...stage!, state: 'rejected' })).toContain('Proposed moving the deal to Contract sent; the stage was left as it was.');
  });

  it('renders a call with every decision decided and no pending count', () => {
    const decided = sampleDecisions().filter((d) => d.state !== 'pending');
    expect(reviewForms(render({ decisions: decided }))).toEqual([]);
  });

  it('an unreliable transcript: marks the unsure words, says why nothing was summarised, and offers the check as a decision', () => {
    const view = sampleCallView({
      decisions: [{
        id: 'transcript', kind: 'transcript_unreliable', proposed: 'checked', from: null, item: null, options: [], evidence: [],
        reason: 'TRANSCRIPT_UNRELIABLE: 62% of the words are below 0.3.', state: 'pending', value: null, approvedItem: null,
        decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z',
      }],
    });
    const first = view.transcript!.segments[0]!;
    const words = first.text.split(' ');
    view.transcript!.segments[0] = { ...first, wordConfidence: words.map((_, i) => (i === 1 ? 0.1 : 0.9)) };
    view.transcript!.quality = {
      words: 40, scoredWords: 40, meanConfidence: 0.31, lowConfidenceShare: 0.62,
      thresholds: { minEvidenceConfidence: 0.3, maxLowConfidenceShare: 0.4 }, reliable: false, reason: 'too many unsure words',
    };
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    // Marked for the eye and, in hidden text, for a screen reader.
    expect(out).toContain(`<span class="unsure" title="confidence 0.10">${words[1]}<span class="visually-hidden"> (unsure)</span></span>`);
    const text = textOf(out);
    // In words, from the figures: no engine threshold, no code as the message (the code kept for operators).
    expect(text).toContain('The speech engine was unsure of 62% of the words; they are shown marked like this (unsure) . That is too many to summarise the call.');
    expect(text).toContain('The speech engine was unsure of 62% of the words in this call (a transcript is relied on when at most 40% are), so nothing was taken from it.');
    expect(text).not.toMatch(/TRANSCRIPT_UNRELIABLE: |below 0\.3/);
    expect(out).toContain('(for operators: <code>TRANSCRIPT_UNRELIABLE</code>)');
    expect(text).toContain('That is too many to summarise the call.');
    expect(text).toContain('Unreliable transcript');
    // The decision's own form takes the summary (approving without one is refused): not a second form elsewhere.
    expect(text).toContain('write what it said in the summary below, and approve');
    expect(text).not.toContain('under Corrections');
    const form = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'transcript')!;
    expect(hidden(form, 'value')).toBe('checked');
    expect(form).toMatch(/<textarea id="dec-0-summary" name="summary" rows="5" required maxlength="5000">/);
  });

  it('a rep who is not a CRM user: says the records belong to the integration user and offers noting it as a decision', () => {
    const view = sampleCallView({
      decisions: [{
        id: 'owner', kind: 'rep_not_in_crm', proposed: 'noted', from: null, item: null, options: [], evidence: [],
        reason: "REP_NOT_IN_CRM: no active hubspot user has the rep's e-mail (temp.rep@example.com), so this call's log and tasks are owned by the integration user.",
        state: 'pending', value: null, approvedItem: null, decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z',
      }],
    });
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const text = textOf(out);
    expect(text).toContain('Rep not in the CRM');
    expect(text).toContain('temp.rep@example.com');
    expect(text).toContain("owned by the CRM's integration user, not the rep");
    const form = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'owner')!;
    expect(hidden(form, 'value')).toBe('noted');
  });

  it('hygiene findings: the records of a duplicate linked to the CRM, a field fix with its value to correct, a date asked for an item', () => {
    const base = { from: null, item: null, evidence: [], state: 'pending' as const, value: null, approvedItem: null, decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z' };
    const view = sampleCallView({
      decisions: [
        {
          ...base, id: 'hygiene-duplicate-contacts', kind: 'crm_hygiene', proposed: 'noted', reason: 'DUPLICATE_CONTACTS: 2 CRM contacts share the phone.',
          options: [{ value: '101', label: 'Ines Ford · ines@wren.example', url: 'https://app.hubspot.com/contacts/42/record/0-1/101' }, { value: '102', label: 'Ines Ford · i.ford@wren.example', url: null }],
          finding: { type: 'duplicate_contacts', record: null, field: null, crmValue: null, callValue: null, currency: null },
        },
        {
          ...base, id: 'hygiene-email', kind: 'crm_hygiene', proposed: 'ines.ford@wren-labs.example', options: [], reason: 'FIELD_CONTRADICTED: a new e-mail.',
          evidence: [{ quote: 'my new email is ines.ford@wren-labs.example', speaker: 'customer', startSec: 12 }],
          finding: { type: 'field_contradicted', record: { kind: 'contact', id: '101' }, field: 'email', crmValue: 'ines@wren.example', callValue: 'ines.ford@wren-labs.example', currency: null },
        },
        {
          ...base, id: 'hygiene-due-abc', kind: 'crm_hygiene', proposed: null, options: [], reason: 'DUE_DATE_MISSING: "Follow up" has no due date.',
          finding: { type: 'due_date_missing', record: { kind: 'task', id: 't-1' }, field: null, crmValue: null, callValue: null, currency: null },
        },
      ],
    });
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const text = textOf(out);
    expect(text).toContain('CRM hygiene: duplicate contacts');
    expect(tags(out, 'a').some((a) => a.attrs.href === 'https://app.hubspot.com/contacts/42/record/0-1/101')).toBe(true);
    expect(text).toContain('from ines@wren.example to ines.ford@wren-labs.example');
    const fix = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'hygiene-email')!;
    expect(hidden(fix, 'value')).toBe('ines.ford@wren-labs.example');
    const due = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'hygiene-due-abc')!;
    expect(tags(due, 'input').find((i) => i.attrs.name === 'value')?.attrs.type).toBe('date');
    expect(hidden(reviewForms(out).find((f) => hidden(f, 'decisionId') === 'hygiene-duplicate-contacts')!, 'value')).toBe('noted');
  });

  it('names each decision’s buttons with the decision (an item’s finding by its task), and says duplicates are listed, not linked, when the CRM has no pages', () => {
    const base = { from: null, item: null, evidence: [], state: 'pending' as const, value: null, approvedItem: null, decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z' };
    const view = sampleCallView({
      decisions: [
        ...sampleDecisions().slice(0, 1),
        {
          ...base, id: 'hygiene-due-abc', kind: 'crm_hygiene', proposed: null, options: [], reason: 'DUE_DATE_MISSING: no date.',
          finding: { type: 'due_date_missing', record: { kind: 'task', id: 'hs-task-991' }, field: null, crmValue: null, callValue: null, currency: null },
        },
        {
          ...base, id: 'hygiene-duplicate-contacts', kind: 'crm_hygiene', proposed: 'noted', reason: 'DUPLICATE_CONTACTS: 2.',
          options: [{ value: '101', label: 'Ines Ford', url: null }, { value: '102', label: 'Ines Ford', url: null }],
          finding: { type: 'duplicate_contacts', record: null, field: null, crmValue: null, callValue: null, currency: null },
        },
      ],
    });
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: '/v1/calls/x/audio' });
    const names = reviewForms(out).map((f) => textOf(f.slice(f.indexOf('<div class="actions">'))).replace(/\s+/g, ' ').trim());
    expect(names).toEqual([
      'Approve : Change the deal stage Reject : Change the deal stage',
      'Approve : CRM hygiene: no due date for “Book the onboarding kickoff” Reject : CRM hygiene: no due date for “Book the onboarding kickoff”',
      'Approve : CRM hygiene: duplicate contacts Reject : CRM hygiene: duplicate contacts',
    ]);
    expect(out).toContain('Approve<span class="visually-hidden">: Change the deal stage</span></button>');
    expect(textOf(out)).toContain('(each is listed below)');
    expect(textOf(out)).not.toContain('each is linked below');
    // The player is named; the needs-review notice leads to the review.
    expect(tags(out, 'audio')[0]!.attrs['aria-label']).toBe('Recording of the call');
    expect(out).toContain('<a href="#review-h">Go to the review</a>');
  });

  it("deal findings read as what the call says against what the CRM has, with an amount to correct and a date to pick", () => {
    const base = { from: null, item: null, options: [], state: 'pending' as const, value: null, approvedItem: null, decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z' };
    const evidence = [{ quote: 'the yearly contract is twenty-nine thousand pounds', speaker: 'customer', startSec: 40 }];
    const view = sampleCallView({
      decisions: [
        {
          ...base, id: 'hygiene-amount', kind: 'crm_hygiene', proposed: '29000', evidence, reason: 'FIELD_CONTRADICTED: the amount.',
          finding: { type: 'field_contradicted', record: { kind: 'deal', id: 'd-9' }, field: 'amount', crmValue: '25000', callValue: '29000', currency: 'GBP' },
        },
        {
          ...base, id: 'hygiene-closeDate', kind: 'crm_hygiene', proposed: '2027-01-29', evidence, reason: 'FIELD_CONTRADICTED: the close date.',
          finding: { type: 'field_contradicted', record: { kind: 'deal', id: 'd-9' }, field: 'closeDate', crmValue: null, callValue: '2027-01-29', currency: null },
        },
      ],
    });
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const text = textOf(out);
    expect(text).toMatch(/The call says the deal is £29,000\s*; the CRM has £25,000\s*\./);
    expect(text).toMatch(/The call says the deal closes by 29 Jan 2027\s*; the CRM has no close date\s*\./);
    expect(text).toContain('New amount in GBP');
    const amount = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'hygiene-amount')!;
    expect(tags(amount, 'input').find((i) => i.attrs.name === 'value')?.attrs).toMatchObject({ type: 'text', value: '29000' });
    const date = reviewForms(out).find((f) => hidden(f, 'decisionId') === 'hygiene-closeDate')!;
    expect(tags(date, 'input').find((i) => i.attrs.name === 'value')?.attrs).toMatchObject({ type: 'date', value: '2027-01-29' });
  });

  it('says when the rep and customer channels were assumed, and why', () => {
    expect(render()).not.toContain('roles-assumed');
    const view = sampleCallView();
    view.transcript!.attribution = { method: 'channels', assumed: true, detail: 'One audio channel per speaker, roles assumed. The lookup of the call failed.' };
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    expect(textOf(out)).toContain('One audio channel per speaker, roles assumed. The lookup of the call failed. Listen before relying on who said what.');
  });

  it('says when and why the recording was deleted instead of offering a player', () => {
    const view = sampleCallView();
    view.call.audioRemoved = { at: '2026-12-01T03:30:00.000Z', reason: 'retention' };
    const retained = textOf(renderCallPage({ user, csrf: CSRF, view, audioUrl: null }));
    expect(retained).toContain('The recording was deleted on 1 Dec 2026, 03:30 UTC by the retention policy');
    view.call.audioRemoved = { at: '2026-12-01T03:30:00.000Z', reason: 'consent_refused' };
    const refused = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    expect(textOf(refused)).toContain('recording consent was refused');
    expect(tags(refused, 'audio')).toEqual([]);
  });

  it('says the recording of an announced call is being fetched while it waits for ingest, and could not be fetched when that failed', () => {
    const view = sampleCallView({ status: 'received' });
    view.call.recording = null;
    view.call.meta.source = { kind: 'twilio', recordingId: 'RE0123' };
    const fetching = textOf(renderCallPage({ user, csrf: CSRF, view, audioUrl: null }));
    expect(fetching).toContain('The recording is being fetched from Twilio; it plays here once it has arrived.');
    expect(fetching).not.toContain('no longer stored');
    view.call.status = 'failed';
    view.call.error = { code: 'RECORDING_NOT_FOUND', message: 'Twilio has no such recording.', step: 'ingest', retryable: false, at: '2026-11-17T15:21:00.000Z' };
    const failed = textOf(renderCallPage({ user, csrf: CSRF, view, audioUrl: null }));
    expect(failed).toContain('The recording could not be fetched from Twilio: see the error above.');
    expect(failed).not.toContain('no longer stored');
  });

  it('shows a call’s warnings (what it went on without) to a manager, not to a rep', () => {
    const view = sampleCallView({ status: 'needs_review' });
    view.call.warnings = [
      { code: 'REP_LOOKUP_REFUSED', message: 'Zoom refused the phone user lookup (HTTP 401): add phone:read:admin, or set ZOOM_REP_EMAILS.', at: '2026-11-17T15:21:00.000Z' },
      { code: 'CUSTOMER_LEG_GUESSED', message: 'The customer is taken from the first answered leg. Check the call’s customer.', at: '2026-11-17T15:21:00.000Z' },
    ];
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const box = out.match(/<section class="notice call-warnings"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(textOf(box)).toContain('2 warnings: processed with less than it could have');
    expect(tags(box, 'li').map((li) => li.attrs)).toHaveLength(2);
    expect(textOf(box)).toContain('REP_LOOKUP_REFUSED Zoom refused the phone user lookup (HTTP 401): add phone:read:admin, or set ZOOM_REP_EMAILS.');
    expect(textOf(box)).toContain('CUSTOMER_LEG_GUESSED The customer is taken from the first answered leg.');
    const rep = renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view, audioUrl: null });
    expect(rep).not.toContain('call-warnings');
    expect(rep).not.toContain('REP_LOOKUP_REFUSED');
    view.call.warnings = undefined;
    expect(renderCallPage({ user, csrf: CSRF, view, audioUrl: null })).not.toContain('call-warnings');
  });

  it('says a recording download waiting between retries is being retried and why, as a status, not a failure', () => {
    const view = sampleCallView({ status: 'received' });
    view.call.recording = null;
    view.call.meta.source = { kind: 'zoom', recordingId: 'rec-9' };
    view.call.steps = [{ step: 'ingest', startedAt: '2026-11-17T15:20:00.000Z', finishedAt: '2026-11-17T15:20:05.000Z', durationMs: 5000, attempt: 2, outcome: 'retrying', errorCode: 'NETWORK' }];
    view.call.error = { code: 'NETWORK', message: 'zoom.us did not answer within 30 s (/srv/proxy refused the connection).', step: 'ingest', retryable: true, at: '2026-11-17T15:20:05.000Z' };
    const out = renderCallPage({ user, csrf: CSRF, view, audioUrl: null });
    const box = out.match(/<section class="notice retrying" role="status"[\s\S]*?<\/section>/)?.[0] ?? '';
    expect(textOf(box)).toContain('Fetching the recording: retrying');
    expect(textOf(box)).toContain('The last attempt (attempt 2) did not succeed: NETWORK zoom.us did not answer within 30 s');
    expect(textOf(box)).toContain('callscribe tries again by itself; the call has not failed.');
    expect(out).not.toContain('error-box');
    expect(out).not.toContain('Processing failed');
    expect(textOf(out)).toContain('Fetching the recording from Zoom is being retried: see why above.');
    // A rep reads the code and that it is retried, not an operator's message.
    const rep = textOf(renderCallPage({ user: { email: 'priya@example.com', role: 'rep' }, csrf: CSRF, view, audioUrl: null }));
    expect(rep).toContain('Fetching the recording: retrying');
    expect(rep).toContain('NETWORK A manager sees the details on this page.');
    expect(rep).not.toContain('/srv/proxy');
    // Running again (the error cleared at the attempt's start), nothing is said of a retry.
    view.call.error = null;
    expect(textOf(renderCallPage({ user, csrf: CSRF, view, audioUrl: null }))).not.toMatch(/retrying|retried/);
  });

  describe('undoing an applied stage move', () => {
    const moved = (over: Partial<ReturnType<typeof sampleDecisions>[number]> = {}) => [{
      ...sampleDecisions()[0]!, state: 'approved' as const, decidedBy: 'maria@example.com', decidedAt: '2026-11-17T15:40:00.000Z',
      applied: { at: '2026-11-17T15:41:00.000Z', result: 'deal hs-9 moved to contractsent', wrote: { kind: 'deal' as const, id: 'hs-9', change: 'stage moved to contractsent' }, changed: true }, ...over,
    }];
    const undoForms = (out: string) => forms(out).filter((f) => f.includes(`action="/calls/${SAMPLE_CALL_ID}/stage-undo"`));

    it('offers a manager who may undo it a labelled form with the CSRF token and the etag', () => {
      const out = render({ decisions: moved(), can: { undoStage: true } });
      const [form] = undoForms(out);
      expect(form).toBeDefined();
      expect([hidden(form!, '_csrf'), hidden(form!, 'etag')]).toEqual([CSRF, '"v3-5d41402a"']);
      expect(textOf(form!)).toContain('Move the deal back to Decision maker bought in');
      const note = tags(form!, 'textarea')[0]!;
      expect(form).toContain(`<label for="${note.attrs.id}">Why (optional)</label>`);
      expect(undoForms(render({ decisions: moved(), can: { undoStage: false } }))).toEqual([]);
    });

    it('says what an undo did, or that it waits; a note is text', () => {
      const asked = { requestedBy: 'maria@example.com', requestedAt: '2026-11-17T16:00:00.000Z', note: '<b>wrong call</b>' };
      const waiting = textOf(render({ decisions: moved({ undo: { ...asked, applied: null } }) }));
      expect(waiting).toMatch(/maria@example\.com asked on .* to move the deal back to Decision maker bought in\s*: waiting for the CRM to be updated/);
      const out = render({ decisions: moved({ undo: { ...asked, applied: { at: '2026-11-17T16:00:05.000Z', result: 'deal hs-9 is no longer in the CRM: nothing written', wrote: null } } }) });
      expect(textOf(out)).toMatch(/Not moved back to Decision maker bought in \(asked by maria@example\.com on .*\)\s*: deal hs-9 is no longer in the CRM: nothing written\./);
      expect(out).toContain('&lt;b&gt;wrong call&lt;/b&gt;');
    });
  });
});

describe('a refused form’s faulty field', () => {
  const invalid = (out: string) => tags(out).filter((t) => t.attrs['aria-invalid'] === 'true').map((t) => [t.attrs.name, t.attrs['aria-describedby']]);
  const refusedPage = (view: ReturnType<typeof sampleCallView>, form: 'decision' | 'correction', fields: Record<string, string>, field?: string) =>
    renderCallPage({ user, csrf: CSRF, view, audioUrl: null, flash: { kind: 'error', message: 'Refused.' }, refused: { form, fields, message: 'Refused.', ...(field && { field }) } });

  it('is marked invalid and described by why, alone; a refusal of the whole form marks none', () => {
    const view = sampleCallView();
    const i = view.review.findIndex((d) => d.kind === 'unknown_contact');
    const id = view.review[i]!.id;
    expect(invalid(refusedPage(view, 'decision', { decisionId: id, value: 'existing', contactId: '' }, 'contactId'))).toEqual([['contactId', `dec-${i}-form-error`]]);
    // A radio group: each of its radios.
    expect(invalid(refusedPage(view, 'decision', { decisionId: id, value: 'create' }, 'value'))).toEqual([['value', `dec-${i}-form-error`], ['value', `dec-${i}-form-error`]]);
    expect(invalid(refusedPage(view, 'decision', { decisionId: id, value: 'existing', contactId: 'c-1' }))).toEqual([]);
    expect(invalid(refusedPage(view, 'correction', { summary: ' ' }, 'summary'))).toEqual([['summary', 'correct-form-error']]);
    expect(invalid(refusedPage(view, 'correction', { summary: 'ok', 'items[1][text]': '' }, 'items[1][text]'))).toEqual([['items[1][text]', 'correct-form-error']]);
  });

  it('a due date to give: its date field', () => {
    const due = { ...sampleDecisions().find((d) => d.kind === 'unknown_contact')!, id: 'due', kind: 'crm_hygiene' as const, proposed: null, finding: { type: 'due_date_missing' } };
    const view = sampleCallView({ decisions: [due as unknown as ReturnType<typeof sampleDecisions>[number]] });
    const out = refusedPage(view, 'decision', { decisionId: 'due', value: '' }, 'value');
    expect(invalid(out)).toEqual([['value', 'dec-0-form-error']]);
    expect(tags(out, 'input').find((t) => t.attrs['aria-invalid'])!.attrs.type).toBe('date');
  });
});
