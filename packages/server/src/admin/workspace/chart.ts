/**
 * A small chart drawn with Lit and SVG: stacked columns over time, or horizontal bars of a
 * share. Every chart has a text alternative (an SVG title and a summary) and a table view
 * with the same figures, one button away.
 */
import { LitElement, css, html, svg, nothing, unsafeCSS } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatNumber, formatPercent } from './format.js';
import { baseStyles } from './styles.js';

/** One coloured series; `values` line up with the chart's `labels`. */
export interface ChartSeries {
  name: string;
  values: number[];
}

// Distinguishable in the common colour-vision deficiencies (Okabe–Ito), darker for contrast.
const COLOURS = ['#0b6fb8', '#c75b00', '#00876c', '#b8418c', '#6c5a00', '#5e4fa2'];

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { top: 10, right: 10, bottom: 28, left: 48 };

@customElement('assent-admin-chart')
export class AssentAdminChart extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      figure {
        margin: 0;
      }
      figcaption {
        font-weight: 600;
        margin-block-end: 0.25rem;
      }
      svg {
        inline-size: 100%;
        block-size: auto;
        max-block-size: 16rem;
      }
      .axis {
        font-size: 11px;
        fill: currentColor;
      }
      .grid {
        stroke: #8886;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        padding: 0;
        margin: 0.25rem 0;
        list-style: none;
      }
      .swatch {
        display: inline-block;
        inline-size: 0.8rem;
        block-size: 0.8rem;
        margin-inline-end: 0.3rem;
        vertical-align: -0.1rem;
        border: 1px solid #0006;
      }
      ${unsafeCSS(COLOURS.map((colour, index) => `.s${index} { background: ${colour}; fill: ${colour}; }`).join('\n'))}
      .summary {
        margin: 0.25rem 0;
      }
      button {
        font: inherit;
        padding: 0.2rem 0.6rem;
        border: 1px solid currentColor;
        border-radius: 0.3rem;
        background: transparent;
        color: inherit;
        cursor: pointer;
      }
      button:focus-visible {
        outline: 3px solid #1a73e8;
        outline-offset: 2px;
      }
      table {
        border-collapse: collapse;
        margin-block: 0.5rem;
        font-size: 0.9rem;
      }
      th,
      td {
        border: 1px solid #8888;
        padding: 0.15rem 0.4rem;
        text-align: end;
      }
      th:first-child {
        text-align: start;
      }
      .scroll {
        max-block-size: 20rem;
        overflow: auto;
      }
    `,
  ];

  /** The chart's title (its accessible name too). */
  @property() label = '';
  /** `columns`: stacked counts over `labels`; `share`: one bar per label, values 0–1. */
  @property() kind: 'columns' | 'share' = 'columns';
  /** The x-axis (columns) or row (share) labels. */
  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: ChartSeries[] = [];

  @state() private showTable = false;

  private total(series: ChartSeries) {
    return series.values.reduce((sum, value) => sum + value, 0);
  }

  /** What a screen reader hears instead of the picture. */
  private summary(): string {
    if (this.labels.length === 0 || this.series.length === 0) return 'No data for this period.';
    if (this.kind === 'share') {
      const [first] = this.series;
      return this.labels
        .map((label, index) => `${label}: ${formatPercent(first!.values[index] ?? 0)}`)
        .join('; ');
    }
    const parts = this.series.map((series) => {
      const total = this.total(series);
      let peak = 0;
      series.values.forEach((value, index) => {
        if (value > (series.values[peak] ?? 0)) peak = index;
      });
      return `${series.name}: ${formatNumber(total)} in all${total ? `, most on ${this.labels[peak]} (${formatNumber(series.values[peak] ?? 0)})` : ''}`;
    });
    return `${this.labels[0]} to ${this.labels.at(-1)}. ${parts.join('. ')}.`;
  }

  private renderColumns() {
    const count = this.labels.length;
    const totals = this.labels.map((_, index) =>
      this.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
    );
    const max = Math.max(1, ...totals);
    const plotWidth = WIDTH - PAD.left - PAD.right;
    const plotHeight = HEIGHT - PAD.top - PAD.bottom;
    const step = plotWidth / Math.max(count, 1);
    const barWidth = Math.max(1, step * 0.8);
    const y = (value: number) => PAD.top + plotHeight - (value / max) * plotHeight;
    const ticks = [0, max / 2, max].map((value) => Math.round(value));
    const labelEvery = Math.ceil(count / 6);
    return svg`
      ${ticks.map(
        (
          tick,
        ) => svg`<line class="grid" x1=${PAD.left} x2=${WIDTH - PAD.right} y1=${y(tick)} y2=${y(tick)}></line>
          <text class="axis" x=${PAD.left - 6} y=${y(tick) + 4} text-anchor="end">${formatNumber(tick)}</text>`,
      )}
      ${this.labels.map((label, index) => {
        let base = 0;
        const x = PAD.left + index * step + (step - barWidth) / 2;
        return svg`<g>
          ${this.series.map((series, s) => {
            const value = series.values[index] ?? 0;
            if (value === 0) return nothing;
            const top = y(base + value);
            const height = y(base) - top;
            base += value;
            return svg`<rect class=${`s${s % COLOURS.length}`} x=${x} y=${top} width=${barWidth} height=${Math.max(height, 0.5)}>
              <title>${label}, ${series.name}: ${formatNumber(value)}</title></rect>`;
          })}
          ${
            index % labelEvery === 0
              ? svg`<text class="axis" x=${x + barWidth / 2} y=${HEIGHT - 8} text-anchor="middle">${label.slice(5)}</text>`
              : nothing
          }
        </g>`;
      })}`;
  }

  private renderShare() {
    const rowHeight = 26;
    const labelWidth = 200;
    const plotWidth = WIDTH - labelWidth - 70;
    const [first] = this.series;
    return svg`${this.labels.map((label, index) => {
      const value = first?.values[index] ?? 0;
      const top = index * rowHeight + 4;
      return svg`<g>
        <text class="axis" x=${labelWidth - 8} y=${top + 15} text-anchor="end">${label}</text>
        <rect class="grid" x=${labelWidth} y=${top} width=${plotWidth} height=${rowHeight - 8} fill="none"></rect>
        <rect class="s0" x=${labelWidth} y=${top} width=${Math.max(value * plotWidth, 0.5)} height=${rowHeight - 8}>
          <title>${label}: ${formatPercent(value)}</title></rect>
        <text class="axis" x=${labelWidth + plotWidth + 6} y=${top + 15}>${formatPercent(value)}</text>
      </g>`;
    })}`;
  }

  private renderTable() {
    if (this.kind === 'share') {
      return html`<table>
        <caption class="visually-hidden">
          ${this.label}
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">${this.series[0]?.name ?? 'Share'}</th>
          </tr>
        </thead>
        <tbody>
          ${this.labels.map(
            (label, index) =>
              html`<tr>
                <th scope="row">${label}</th>
                <td>${formatPercent(this.series[0]?.values[index] ?? 0)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`;
    }
    return html`<div
      class="scroll"
      tabindex="0"
      role="region"
      aria-label=${`${this.label} (table)`}
    >
      <table>
        <thead>
          <tr>
            <th scope="col">Day</th>
            ${this.series.map((s) => html`<th scope="col">${s.name}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${this.labels.map(
            (label, index) =>
              html`<tr>
                <th scope="row">${label}</th>
                ${this.series.map((s) => html`<td>${formatNumber(s.values[index] ?? 0)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  override render() {
    const height = this.kind === 'share' ? Math.max(this.labels.length * 26 + 8, 34) : HEIGHT;
    const summary = this.summary();
    return html`<figure>
      <figcaption>${this.label}</figcaption>
      ${
        this.kind === 'columns' && this.series.length > 1
          ? html`<ul class="legend">
              ${this.series.map(
                (s, index) =>
                  html`<li>
                    <span class=${`swatch s${index % COLOURS.length}`}></span>${s.name}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <svg viewBox=${`0 0 ${WIDTH} ${height}`} role="img" aria-label=${`${this.label}. ${summary}`}>
        ${this.kind === 'share' ? this.renderShare() : this.renderColumns()}
      </svg>
      <p class="summary">${summary}</p>
      <button
        type="button"
        aria-expanded=${this.showTable ? 'true' : 'false'}
        aria-label=${`${this.showTable ? 'Hide table' : 'Show as table'}: ${this.label}`}
        @click=${() => (this.showTable = !this.showTable)}
      >
        ${this.showTable ? 'Hide table' : 'Show as table'}
      </button>
      ${this.showTable ? this.renderTable() : nothing}
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-chart': AssentAdminChart;
  }
}
