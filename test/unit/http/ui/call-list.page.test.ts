import { describe, expect, it } from 'vitest';
import { CALL_STATUSES } from '../../../../src/domain/call.ts';
import { renderCallList } from '../../../../src/http/ui/call-list.page.ts';
import { listHref, parseBackCursors, parseListFilters, toCallListQuery } from '../../../../src/http/ui/list-filters.ts';
import { SAMPLE_CALL_ID, sampleListItems } from '../../../helpers/call-view-sample.ts';
import { cspProblems, tags, textOf, type Tag } from '../../../helpers/html-scan.ts';

const user = { email: 'maria@example.com', role: 'manager' as const };
const render = (over: Partial<Parameters<typeof renderCallList>[0]> = {}) =>
  renderCallList({ user, csrf: 'tok', query: {}, page: { calls: sampleListItems(), nextCursor: null }, pendingReview: 3, ...over });

describe('renderCallList', () => {
  it('leaves markup in any field inert and has no inline script, style or handlers', () => {
    const out = render({ page: { calls: sampleListItems(true), nextCursor: null }, query: { q: '"><script>x</script>' } });
    expect(cspProblems(out)).toEqual([]);
    expect(out).not.toContain('<script>alert');
    expect(out).not.toContain('<script>x');
  });

  it("shows the customer's phone number when the call knows no name (a telephony call)", () => {
    const [named] = sampleListItems();
    const phoneOnly = { ...named!, customer: { name: null, company: 'Acme Paper', phone: '+442079460321' } };
    expect(textOf(render({ page: { calls: [phoneOnly], nextCursor: null } }))).toContain('+442079460321, Acme Paper');
    // A name wins over the number.
    const both = { ...named!, customer: { name: 'Elena Novak', company: null, phone: '+442079460321' } };
    expect(textOf(render({ page: { calls: [both], nextCursor: null } }))).not.toContain('+442079460321');
  });

  it('says how many calls match over every page, and nothing of a count for a search that ranks only part of its matches', () => {
    const calls = sampleListItems();
    const count = (out: string) => /<p class="list-count" id="list-count">([^<]*)<\/p>/.exec(out)?.[1] ?? null;
    expect(count(render({ page: { calls, nextCursor: null, total: calls.length } }))).toBe(`${calls.length} calls in all.`);
    expect(count(render({ page: { calls, nextCursor: 'n1', total: 1234 }, query: { status: 'done' } }))).toBe('1,234 calls match these filters, 25 to a page.');
    expect(count(render({ page: { calls: calls.slice(0, 1), nextCursor: null, total: 1 }, query: { rep: 'sam' } }))).toBe('1 call matches these filters.');
    expect(count(render({ page: { calls, nextCursor: 'n1', total: 10_000, totalLimited: true } }))).toBe('More than 10,000 calls in all, 25 to a page.');
    expect(count(render({ page: { calls, nextCursor: 'n1', total: 1000, searchLimited: true }, query: { q: 'pricing' } }))).toBeNull();
    expect(count(render({ page: { calls: [], nextCursor: null, total: 0 }, query: { status: 'done' } }))).toBeNull();
  });

  it('links the count awaiting review to the filtered list', () => {
    const link = tags(render(), 'a').find((a) => a.attrs.href === '/?review=pending');
    expect(link).toBeDefined();
    expect(textOf(render())).toContain('3 calls await review');
    expect(textOf(render({ pendingReview: 0 }))).toContain('No calls await review.');
  });

  it('has a GET filter form with a labelled control for every filter and every status', () => {
    const out = render({ query: { status: 'failed', reviewPending: true, rep: 'priya@example.com', from: '2026-11-01', to: '2026-11-30', q: 'contract' }, reps: ['priya@example.com', 'tom@example.com'] });
    const form = tags(out, 'form').find((f) => f.attrs.method === 'get')!;
    expect(form.attrs.action).toBe('/');
    const byName: Record<string, Tag> = Object.fromEntries([...tags(out, 'input'), ...tags(out, 'select')].map((t) => [t.attrs.name, t]));
    expect(byName.q!.attrs.value).toBe('contract');
    // A name or an e-mail: an e-mail input would refuse "Owen Park" before the form is sent.
    expect(byName.rep!.attrs).toMatchObject({ type: 'text', value: 'priya@example.com', list: 'f-rep-list' });
    expect(byName.from!.attrs).toMatchObject({ type: 'date', value: '2026-11-01' });
    expect(byName.to!.attrs).toMatchObject({ type: 'date', value: '2026-11-30' });
    expect(byName.review!.attrs).toMatchObject({ type: 'checkbox', value: 'pending', checked: '' });
    const options = tags(out, 'option').filter((o) => o.attrs.value !== undefined && !o.attrs.value.includes('@'));
    expect(options.map((o) => o.attrs.value)).toEqual(['', ...CALL_STATUSES]);
    expect(options.find((o) => 'selected' in o.attrs)!.attrs.value).toBe('failed');
    const labelled = new Set(tags(out, 'label').map((l) => l.attrs.for));
    for (const t of Object.values(byName).filter((x) => x.attrs.type !== 'hidden')) expect(labelled.has(t.attrs.id), t.source).toBe(true);
  });

  it('says a backwards date range is backwards, with a link to the range the right way round, instead of "No calls match"', () => {
    const out = render({ query: { from: '2026-11-30', to: '2026-11-01' }, page: { calls: [], nextCursor: null } });
    expect(textOf(out)).toContain('The dates are the wrong way round: From (2026-11-30) is after To (2026-11-01).');
    expect(textOf(out)).not.toContain('No calls match');
    expect(tags(out, 'a').find((a) => a.attrs.href === '/?from=2026-11-01&to=2026-11-30')).toBeDefined();
  });

  it('has a skip link to the calls, and names each cell’s column for the stacked layout of a narrow screen', () => {
    const out = render();
    const skip = tags(out, 'a').find((a) => a.attrs.href === '#calls');
    expect(skip).toBeDefined();
    expect(tags(out, 'div').find((d) => d.attrs.id === 'calls')?.attrs.role).toBe('region');
    const row = out.match(/<tbody>[\s\S]*?<\/tr>/)![0];
    expect([...row.matchAll(/data-label="([^"]+)"/g)].map((m) => m[1])).toEqual(['When', 'Rep', 'Customer', 'Length', 'Status', 'Summary', 'Proposed stage', 'Pending']);
    // No calls, nothing to skip to.
    expect(tags(render({ page: { calls: [], nextCursor: null } }), 'a').find((a) => a.attrs.href === '#calls')).toBeUndefined();
  });

  it('says why each call waits (the kinds of its pending decisions) and, to a rep, which are theirs and what waits for a manager', () => {
    const [sample] = sampleListItems();
    const unreliable = { ...sample!, id: `${sample!.id.slice(0, -1)}9`, status: 'needs_review' as const, summary: null, pendingDecisions: 1, pendingKinds: ['transcript_unreliable' as const], pendingForRep: 0 };
    const manager = render({ page: { calls: [sample!, unreliable], nextCursor: null }, pendingReview: 11 });
    const rows = manager.match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1).map(textOf);
    expect(rows[0]).toContain('5 pending decisions Deal stage move, Contact to choose, New action item');
    expect(rows[1]).toContain('Not summarised: the transcript is unreliable and awaits a check');
    expect(rows[0]).not.toContain('you can make');
    expect(textOf(manager)).toContain('11 calls await review');
    const rep = render({ user: { email: 'priya@example.com', role: 'rep' }, page: { calls: [sample!, unreliable], nextCursor: null }, pendingReview: 11, pendingForRep: 2 });
    const repRows = rep.match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1).map(textOf);
    expect(repRows[0]).toContain('3 you can make; the rest wait for a manager');
    expect(repRows[1]).toContain('Waits for a manager');
    expect(textOf(rep)).toContain('2 calls have decisions you can make. 11 calls await review in all: what you cannot decide waits for a manager');
  });

  it('counts one pending decision in the singular, and tells a rep whose every waiting decision is theirs that none waits for a manager', () => {
    const [sample] = sampleListItems();
    const one = { ...sample!, pendingDecisions: 1, pendingKinds: ['choose_contact' as const], pendingForRep: 1 };
    const two = { ...sample!, id: `${sample!.id.slice(0, -1)}8`, pendingDecisions: 2, pendingKinds: ['choose_contact' as const, 'crm_hygiene' as const], pendingForRep: 2 };
    const rep = render({ user: { email: 'priya@example.com', role: 'rep' }, page: { calls: [one, two], nextCursor: null }, pendingReview: 2, pendingForRep: 2 });
    const rows = rep.match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1).map(textOf);
    expect(rows[0]).toContain('1 pending decision Contact to choose');
    expect(rows[0]).not.toContain('pending decisions');
    expect(rows[0]).toContain('You can make it');
    expect(rows[1]).toContain('2 pending decisions');
    expect(rows[1]).toContain('You can make them all');
    for (const row of rows) expect(row).not.toMatch(/the rest|wait for a manager/);
  });

  it('takes ?limit= within the API’s bounds (1 to 100), keeps it on the pager’s links, and names a limit it cannot take', () => {
    const { filters, dropped } = parseListFilters({ limit: '50', review: 'pending' });
    expect(filters.limit).toBe(50);
    expect(dropped).toEqual([]);
    expect(toCallListQuery(filters).limit).toBe(50);
    expect(toCallListQuery(parseListFilters({}).filters).limit).toBe(25);
    expect(listHref(filters, 'next-1')).toBe('/?review=pending&limit=50&cursor=next-1');
    for (const bad of ['0', '101', 'ten', '5.5']) expect(parseListFilters({ limit: bad }), bad).toEqual({ filters: {}, dropped: ['limit'] });
  });

  it('shows what became of a decided stage, and names a call that knows no customer by its recording’s file name', () => {
    const [sample] = sampleListItems();
    const rowsOf = (calls: typeof sample[]) => render({ page: { calls: calls as never, nextCursor: null } }).match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1).map(textOf);
    const rows = rowsOf([
      { ...sample!, stageDecision: { state: 'approved', stage: 'closedlost' } },
      { ...sample!, stageDecision: { state: 'approved', stage: 'contractsent' } },
      { ...sample!, stageDecision: { state: 'rejected', stage: null } },
      { ...sample!, customer: null, recordingName: 'juniper-2026-11-17.mp3' },
      { ...sample!, stageDecision: { state: 'undone', stage: 'contractsent' } },
    ]);
    expect(rows[0]).toContain('Closed lost (set instead of the proposed Contract sent)');
    expect(rows[1]).toContain('Contract sent (approved)');
    expect(rows[2]).toContain('Contract sent (rejected)');
    expect(rows[3]).toContain('File juniper-2026-11-17.mp3');
    expect(rows[4]).toContain('Contract sent (approved, then undone: the deal was moved back)');
    expect(rows[4]).not.toContain('(approved)');
  });

  it('says a call waiting to try its step again is retrying, with the last error’s code, under its status (not as failed)', () => {
    const [, , busy] = sampleListItems();
    const row = (c: typeof busy) => render({ page: { calls: [c!] as never, nextCursor: null } }).match(/<tbody>[\s\S]*<\/tbody>/)![0];
    const retrying = row({ ...busy!, status: 'received', retryingCode: 'RECORDING_DOWNLOAD_SLOW' });
    expect(textOf(retrying)).toContain('Received Retrying after RECORDING_DOWNLOAD_SLOW');
    expect(retrying).not.toContain('chip-failed');
    expect(textOf(row({ ...busy!, status: 'received' }))).not.toContain('Retrying');
  });

  it('says whether a row without a summary will get one: still in the works, not summarised, or failed', () => {
    const [sample] = sampleListItems();
    const calls = (['transcribing', 'needs_review', 'failed'] as const).map((status, i) => ({ ...sample!, id: `${sample!.id.slice(0, -1)}${i}`, status, summary: i === 1 ? '' : null }));
    const rows = render({ page: { calls, nextCursor: null } }).match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1).map(textOf);
    expect(rows[0]).toContain('No summary yet');
    expect(rows[1]).toContain('Not summarised; the call says why');
    expect(rows[2]).toContain('No summary: processing failed');
  });

  it('lists calls in a table with a caption and scoped headers; the first cell links to the call', () => {
    const out = render();
    expect(out).toMatch(/<table class="calls">\s*<caption id="calls-caption">Calls, newest first<\/caption>/);
    expect(tags(out, 'th').filter((t) => t.attrs.scope === 'col')).toHaveLength(8);
    const rows = out.match(/<tbody>[\s\S]*<\/tbody>/)![0].split('<tr>').slice(1);
    expect(rows).toHaveLength(4);
    expect(tags(rows[0]!, 'a')[0]!.attrs.href).toBe(`/calls/${SAMPLE_CALL_ID}`);
    const first = textOf(rows[0]!);
    expect(first).toContain('17 Nov 2026, 15:00 UTC');
    expect(first).toContain('Elena Novak, Brightline Foods');
    expect(first).toContain('0:35');
    expect(first).toContain('Needs review');
    expect(first).toContain('Contract sent');
    expect(first).toContain('5 pending decisions');
    expect(first).toContain('…'); // the summary is shortened
    expect(textOf(rows[1]!)).toContain('30:34');
    expect(textOf(rows[2]!)).toContain('16 Nov 2026, 13:00 UTC (received)');
    expect(textOf(rows[2]!)).toContain('tom@example.com');
  });

  it('says so when there are no calls, with or without filters', () => {
    expect(textOf(render({ page: { calls: [], nextCursor: null } }))).toContain('No calls yet.');
    expect(textOf(render({ page: { calls: [], nextCursor: null }, query: { status: 'failed' } }))).toContain('No calls match these filters.');
  });

  it('says when a broad search ranked only the newest matches', () => {
    expect(textOf(render({ query: { q: 'pricing' }, page: { calls: sampleListItems(), nextCursor: null, searchLimited: true } }))).toContain('the most relevant of the newest 1,000 matches');
    expect(textOf(render({ query: { q: 'pricing' } }))).not.toContain('newest 1,000');
  });

  it('keeps the filters in the next-page link', () => {
    const query = { status: 'needs_review' as const, reviewPending: true, rep: 'priya@example.com', from: '2026-11-01', to: '2026-11-30', q: 'contract & price', cursor: 'old' };
    const out = render({ query, page: { calls: sampleListItems(), nextCursor: 'eyJ0Ijoi&x=1' } });
    const next = tags(out, 'a').find((a) => a.attrs.rel === 'next')!;
    const url = new URL(next.attrs.href!, 'http://x');
    expect(url.pathname).toBe('/');
    expect(Object.fromEntries(url.searchParams)).toEqual({ status: 'needs_review', review: 'pending', rep: 'priya@example.com', from: '2026-11-01', to: '2026-11-30', q: 'contract & price', cursor: 'eyJ0Ijoi&x=1', back: 'old' });
    expect(out).toContain('&amp;cursor=eyJ0Ijoi%26x%3D1');
  });
});

describe('list filters', () => {
  it('reads the form, dropping what it cannot use', () => {
    const { filters, dropped } = parseListFilters({ status: 'failed', review: 'pending', rep: ' priya@example.com ', from: '2026-11-01', to: 'yesterday', q: 'contract', cursor: 'abc', extra: 'x' });
    expect(filters).toEqual({ status: 'failed', reviewPending: true, rep: 'priya@example.com', from: '2026-11-01', q: 'contract', cursor: 'abc' });
    expect(dropped).toEqual(['to']);
    expect(parseListFilters({ status: 'bogus', q: '' })).toEqual({ filters: {}, dropped: ['status'] });
  });

  it('makes the index query with the last day included', () => {
    expect(toCallListQuery({ from: '2026-11-01', to: '2026-11-30', reviewPending: true }, 50, ['priya@example.com'])).toEqual({
      limit: 50, reviewPending: true, from: '2026-11-01T00:00:00.000Z', to: '2026-11-30T23:59:59.999Z', visibleTo: ['priya@example.com'],
    });
    expect(listHref({})).toBe('/');
  });

  it('past the first page, links to the previous page and, further on, the first, with the same filters; each link carries the pages before it', () => {
    const first = render({ query: { status: 'done' }, page: { calls: sampleListItems(), nextCursor: 'c2' } });
    expect(first).toContain('<a href="/?status=done&amp;cursor=c2" rel="next">Next page</a>');
    expect(first).not.toMatch(/Previous page|First page/);
    // Page 2: its previous page is the first.
    const second = render({ query: { status: 'done', cursor: 'c2' }, page: { calls: sampleListItems(), nextCursor: 'c3' } });
    expect(second).toContain('<a href="/?status=done" rel="prev">Previous page</a>');
    expect(second).not.toContain('First page');
    expect(second).toContain('<a href="/?status=done&amp;cursor=c3&amp;back=c2" rel="next">Next page</a>');
    // Page 4, reached through pages 2 and 3.
    const fourth = render({ query: { cursor: 'c4' }, back: ['c2', 'c3'], page: { calls: sampleListItems(), nextCursor: null } });
    expect(fourth).toContain('<a href="/" rel="first">First page</a>');
    expect(fourth).toContain('<a href="/?cursor=c3&amp;back=c2" rel="prev">Previous page</a>');
    expect(fourth).not.toContain('Next page');
    expect(render()).not.toContain('class="pager"');
  });

  it('reads the earlier pages’ cursors from `back`, and anything else there as none', () => {
    expect(parseBackCursors({ back: 'eyJhIjoxfQ,eyJiIjoyfQ' })).toEqual(['eyJhIjoxfQ', 'eyJiIjoyfQ']);
    for (const back of ['a,,b', 'a b', '<script>', undefined, 7]) expect(parseBackCursors({ back }), String(back)).toEqual([]);
    expect(parseBackCursors({ back: Array.from({ length: 60 }, (_, i) => `c${i}`).join(',') })).toHaveLength(50);
  });

  it('lists the failed calls by cause with a labelled retry form for each code, the code escaped; none without causes', () => {
    const out = render({
      query: { status: 'failed' },
      failedCauses: [{ code: 'OPENAI_QUOTA_EXCEEDED', calls: 37 }, { code: '"><script>x</script>', calls: 2 }, { code: null, calls: 1 }],
    });
    expect(cspProblems(out)).toEqual([]);
    expect(out).not.toContain('<script>x');
    const forms = tags(out, 'form').filter((f) => f.attrs.action === '/calls/retry-failed');
    expect(forms.map((f) => f.attrs.method)).toEqual(['post']);
    const text = textOf(out);
    expect(text).toContain('OPENAI_QUOTA_EXCEEDED — 37 calls');
    expect(text).toContain('Retry these calls (37 calls that failed with OPENAI_QUOTA_EXCEEDED)');
    expect(text).toContain('"><script>x</script> — 2 calls');
    expect(text).toContain('No code recorded — 1 call');
    expect(out.match(/Retry these calls/g)).toHaveLength(1); // only a code a retry can name has a button
    expect(render({ query: { status: 'failed' }, failedCauses: [] })).not.toContain('failed-causes');
  });

  it('offers no retry for a cause in the recording itself: the count, and that only a new recording helps', () => {
    const out = render({ query: { status: 'failed' }, failedCauses: [{ code: 'AUDIO_NOT_AUDIO', calls: 4 }, { code: 'AUDIO_EMPTY', calls: 1 }, { code: 'CRM_UNAVAILABLE', calls: 2 }] });
    const text = textOf(out);
    expect(text).toContain('AUDIO_NOT_AUDIO — 4 calls (the recording itself is the problem: a retry fails the same way. Send a new recording of each call)');
    expect(text).toContain('AUDIO_EMPTY — 1 call (the recording itself is the problem');
    expect(tags(out, 'input').filter((i) => i.attrs.name === 'code').map((i) => i.attrs.value)).toEqual(['CRM_UNAVAILABLE']);
  });
});
