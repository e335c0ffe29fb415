import { html, type SafeHtml } from './html.ts';

export interface Bar {
  label: string;
  value: number;
}

export interface BarChartOptions {
  /** The chart's accessible name (its `<title>`), also its `aria-labelledby` target. */
  id: string;
  title: string;
  /** What the chart shows, in words (its `<desc>`); the table beside it holds the figures. */
  description: string;
  bars: readonly Bar[];
  /** How a value is written on its bar, e.g. `12.5`. */
  format: (value: number) => string;
  /** `columns`: one vertical bar per label (weeks); `rows`: one horizontal bar per label (reps). */
  layout: 'columns' | 'rows';
}

const r = (n: number) => Math.round(n * 10) / 10;

/**
 * A bar chart as inline SVG, drawn on the server: no script, no style attributes (colours come from
 * app.css classes), so it passes the page's CSP and prints. Negative values go below (or left of) a zero
 * line. Each bar carries its value as text, and the figure is `role="img"` named by its title.
 */
export function barChartSvg(o: BarChartOptions): SafeHtml {
  const max = Math.max(0, ...o.bars.map((b) => b.value));
  const min = Math.min(0, ...o.bars.map((b) => b.value));
  const span = max - min || 1;
  return o.layout === 'columns' ? columns(o, max, min, span) : rows(o, max, min, span);
}

function columns(o: BarChartOptions, max: number, min: number, span: number): SafeHtml {
  const slot = Math.max(36, Math.min(72, 640 / Math.max(o.bars.length, 1)));
  const width = 48 + slot * o.bars.length + 16;
  const top = 24;
  const plot = 180;
  const height = top + plot + 40;
  const y = (v: number) => r(top + ((max - v) / span) * plot);
  const zero = y(0);
  return frame(o, width, height, html`<line class="chart-axis" x1="44" y1="${zero}" x2="${width - 8}" y2="${zero}"></line>
${o.bars.map((b, i) => {
    const x = r(48 + i * slot + slot * 0.15);
    const w = r(slot * 0.7);
    const y0 = Math.min(y(b.value), zero);
    const h = Math.max(r(Math.abs(y(b.value) - zero)), 0.5);
    const labelY = b.value < 0 ? r(y0 + h + 12) : r(y0 - 4);
    return html`<g><rect class="${b.value < 0 ? 'chart-bar chart-bar-negative' : 'chart-bar'}" x="${x}" y="${r(y0)}" width="${w}" height="${h}"></rect>
<text class="chart-value" x="${r(x + w / 2)}" y="${labelY}" text-anchor="middle">${o.format(b.value)}</text>
<text class="chart-label" x="${r(x + w / 2)}" y="${height - 18}" text-anchor="middle">${b.label}</text></g>`;
  })}`);
}

function rows(o: BarChartOptions, max: number, min: number, span: number): SafeHtml {
  const labelWidth = 200;
  const plot = 360;
  const rowHeight = 28;
  const width = labelWidth + plot + 72;
  const height = 12 + rowHeight * o.bars.length + 8;
  const x = (v: number) => r(labelWidth + ((v - min) / span) * plot);
  const zero = x(0);
  return frame(o, width, height, html`<line class="chart-axis" x1="${zero}" y1="4" x2="${zero}" y2="${height - 4}"></line>
${o.bars.map((b, i) => {
    const yTop = 12 + i * rowHeight;
    const x0 = Math.min(x(b.value), zero);
    const w = Math.max(r(Math.abs(x(b.value) - zero)), 0.5);
    return html`<g><text class="chart-label" x="${labelWidth - 8}" y="${yTop + 15}" text-anchor="end">${b.label}</text>
<rect class="${b.value < 0 ? 'chart-bar chart-bar-negative' : 'chart-bar'}" x="${r(x0)}" y="${yTop + 2}" width="${w}" height="${rowHeight - 8}"></rect>
<text class="chart-value" x="${r(Math.max(x(b.value), zero) + 4)}" y="${yTop + 15}">${o.format(b.value)}</text></g>`;
  })}`);
}

/** The chart's svg element, titled and described for screen readers (the title and description are its accessible name). */
function frame(o: BarChartOptions, width: number, height: number, body: SafeHtml): SafeHtml {
  return html`<svg class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" xmlns="http://www.w3.org/2000/svg">
<title id="${o.id}-title">${o.title}</title>
<desc id="${o.id}-desc">${o.description}</desc>
${body}
</svg>`;
}
