import { describe, expect, it } from 'vitest';
import { emptyWorkCounts, timeSaved } from '../../../../src/domain/time-saved.ts';
import { DEFAULT_TYPING_TIMES } from '../../../../src/domain/typing-times.ts';
import { barChartSvg } from '../../../../src/http/ui/bar-chart.svg.ts';
import { renderCallPage } from '../../../../src/http/ui/call-page.page.ts';
import { renderTimeSavedPage } from '../../../../src/http/ui/time-saved.page.ts';
import { countWork } from '../../../../src/pipeline/count-work.ts';
import type { TimeSavedReport } from '../../../../src/review/time-saved-report.ts';
import { sampleCallView } from '../../../helpers/call-view-sample.ts';
import { cspProblems, tags, textOf } from '../../../helpers/html-scan.ts';

const user = { email: 'lee@example.com', role: 'manager' as const };
const figures = (net: number) => ({ callsLogged: 2, itemsWritten: 20, corrections: 1, reviews: 1, minutesWritten: net + 1, minutesCorrecting: 1, netMinutesSaved: net });
const hostile = '"><script>alert(1)</script>';

function sampleReport(): TimeSavedReport {
  return {
    from: '2026-11-01', to: '2026-11-30', typingTimes: DEFAULT_TYPING_TIMES, totals: figures(11),
    rows: [
      { rep: { email: 'priya@example.com', name: 'Priya Raman' }, weekStart: '2026-11-16', ...figures(12.5) },
      { rep: { email: 'tom@example.com', name: hostile }, weekStart: '2026-11-23', ...figures(-1.5) },
    ],
    reps: [{ rep: { email: 'priya@example.com', name: 'Priya Raman' }, ...figures(12.5) }, { rep: { email: 'tom@example.com', name: hostile }, ...figures(-1.5) }],
    weeks: [{ weekStart: '2026-11-16', ...figures(12.5) }, { weekStart: '2026-11-23', ...figures(-1.5) }],
  };
}

describe('the manual-entry-saved page', () => {
  it('escapes every name, has no inline script or style, and names its charts', () => {
    const out = renderTimeSavedPage({ user, csrf: 'tok', filters: { rep: hostile }, report: sampleReport() });
    expect(cspProblems(out)).toEqual([]);
    expect(out).not.toContain('<script>alert');
    const svgs = tags(out, 'svg');
    expect(svgs.map((s) => s.attrs['aria-labelledby'])).toEqual(['chart-weeks-title chart-weeks-desc', 'chart-reps-title chart-reps-desc']);
    const ids = new Set(tags(out).map((t) => t.attrs.id).filter(Boolean));
    for (const s of svgs) for (const id of s.attrs['aria-labelledby']!.split(' ')) expect(ids.has(id), id).toBe(true);
  });

  it('tables every rep and week with scoped headers, and the seconds per item', () => {
    const out = renderTimeSavedPage({ user, csrf: null, filters: {}, report: sampleReport() });
    const text = textOf(out);
    expect(text).toContain('11.0 min saved over 2 calls logged');
    expect(text).toContain('−1.5');
    expect(tags(out, 'caption').length).toBe(3);
    expect(tags(out, 'th').filter((t) => t.attrs.scope === 'row').length).toBe(2 + 2 + 13);
    expect(text).toContain('M P BB H 8K H');
  });

  it('says so when nothing was logged, and shows a refusal without a report', () => {
    const empty = { ...sampleReport(), rows: [], reps: [], weeks: [] };
    expect(textOf(renderTimeSavedPage({ user, csrf: null, filters: {}, report: empty }))).toContain('No calls were logged to the CRM from 2026-11-01 to 2026-11-30.');
    const refused = renderTimeSavedPage({ user, csrf: null, filters: { from: 'x' }, report: null, error: 'Check from (QUERY_INVALID).' });
    expect(tags(refused, 'svg')).toEqual([]);
    expect(textOf(refused)).toContain('Check from (QUERY_INVALID).');
  });
});

describe('barChartSvg', () => {
  it('draws positive bars above the zero line and negative ones below, each with its value', () => {
    const svg = barChartSvg({ id: 'c', title: 'T', description: 'D', layout: 'columns', format: (v) => v.toFixed(1), bars: [{ label: 'a', value: 10 }, { label: 'b', value: -5 }] }).value;
    const [axis] = tags(svg, 'line');
    const zero = Number(axis!.attrs.y1);
    const [up, down] = tags(svg, 'rect');
    expect(Number(up!.attrs.y) + Number(up!.attrs.height)).toBeCloseTo(zero, 0);
    expect(Number(down!.attrs.y)).toBeCloseTo(zero, 0);
    expect(Number(up!.attrs.height)).toBeCloseTo(2 * Number(down!.attrs.height), 0);
    expect(down!.attrs.class).toContain('chart-bar-negative');
    expect(textOf(svg)).toContain('10.0');
    expect(textOf(svg)).toContain('-5.0');
  });

  it('draws rows from the zero line, and an empty chart without failing', () => {
    const svg = barChartSvg({ id: 'r', title: 'T', description: 'D', layout: 'rows', format: String, bars: [{ label: 'Priya', value: 3 }] }).value;
    expect(tags(svg, 'rect')).toHaveLength(1);
    expect(cspProblems(svg)).toEqual([]);
    expect(tags(barChartSvg({ id: 'e', title: 'T', description: 'D', layout: 'columns', format: String, bars: [] }).value, 'svg')).toHaveLength(1);
  });
});

describe('the call page’s manual entry saved', () => {
  it('shows the net minutes and, in a closed details, the items behind them', () => {
    const view = sampleCallView();
    const work = countWork({ call: view.call, insights: view.insights, crm: view.crm, decisions: view.review, audit: view.audit });
    const figures = timeSaved(work, DEFAULT_TYPING_TIMES);
    const out = renderCallPage({ user, csrf: 'tok', view, audioUrl: null, timeSaved: { work, figures, times: DEFAULT_TYPING_TIMES } });
    expect(cspProblems(out)).toEqual([]);
    // Its table's scroll region is named by the table's caption, not "Manual entry saved" again inside the section of that name.
    const sections = new Set(tags(out, 'section').map((t) => t.attrs['aria-labelledby']).filter(Boolean));
    const regions = tags(out, 'div').filter((t) => t.attrs.role === 'region').map((t) => t.attrs['aria-labelledby']);
    expect(regions).toContain('saved-caption');
    expect(regions.filter((id) => id && sections.has(id))).toEqual([]);
    const net = tags(out, 'strong').find((t) => t.attrs['data-net-minutes'] !== undefined)!;
    expect(Number(net.attrs['data-net-minutes'])).toBe(figures.netMinutesSaved);
    expect(textOf(out)).toContain('Manual entry saved');
    expect(tags(out, 'details').some((d) => !('open' in d.attrs))).toBe(true);
  });

  it('says nothing was written before sync logged the call', () => {
    const view = sampleCallView();
    const out = renderCallPage({ user, csrf: 'tok', view, audioUrl: null, timeSaved: { work: emptyWorkCounts(), figures: timeSaved(emptyWorkCounts(), DEFAULT_TYPING_TIMES), times: DEFAULT_TYPING_TIMES } });
    expect(textOf(out)).toContain('Nothing has been written to the CRM for this call yet.');
  });
});
