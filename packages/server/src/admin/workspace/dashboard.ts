/** The dashboard: totals at a glance, and charts of opt-ins and cookie decisions over time. */
import { LitElement, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminApi, Stats } from './api.js';
import './chart.js';
import type { ChartSeries } from './chart.js';
import { CHANNEL_NAMES, daysAgo, formatNumber, isoDay, lastMonth } from './format.js';
import { baseStyles } from './styles.js';

type Outcomes = Stats['marketing'][string][string];

@customElement('assent-admin-dashboard')
export class AssentAdminDashboard extends LitElement {
  static override styles = baseStyles;

  @property({ attribute: false }) api!: AdminApi;

  @state() private from = daysAgo(89);
  @state() private to = isoDay(new Date());
  @state() private channel = 'email';
  @state() private topic = '*';
  @state() private stats: Stats | null = null;
  @state() private error = '';
  @state() private loading = false;

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  private async load() {
    this.loading = true;
    this.error = '';
    try {
      this.stats = await this.api.stats(this.from, this.to);
    } catch (error) {
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }

  private onPeriod(event: SubmitEvent) {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    this.from = String(form.get('from'));
    this.to = String(form.get('to'));
    void this.load();
  }

  private setPeriod(period: { from: string; to: string }) {
    this.from = period.from;
    this.to = period.to;
    void this.load();
  }

  private outcomes(day: Stats['marketing'] | undefined): Outcomes | undefined {
    return day?.[this.channel]?.[this.topic];
  }

  private renderTotals(stats: Stats) {
    const totals = this.outcomes(stats.marketing);
    const now = stats.current[this.channel]?.[this.topic];
    const scope = `${CHANNEL_NAMES[this.channel] ?? this.channel}${this.topic === '*' ? '' : ` · ${this.topic}`}`;
    const cards: [string, number][] = [
      [`Opt-ins (${scope})`, (totals?.granted ?? 0) + (totals?.pending ?? 0)],
      [`Confirmations (${scope})`, totals?.confirmed ?? 0],
      // Kept on a PECR soft opt-in: not a consent, so counted apart from the opt-ins.
      [`Soft opt-ins (${scope})`, totals?.['soft-opt-in'] ?? 0],
      [`Unsubscribes (${scope})`, (totals?.unsubscribed ?? 0) + (totals?.denied ?? 0)],
      [`Opted in now (${scope})`, now?.granted ?? 0],
      ['Cookie decisions', stats.cookies.decisions],
    ];
    return html`<dl class="cards" aria-label="Totals for the period">
      ${cards.map(
        ([name, value]) =>
          html`<div>
            <dt>${name}</dt>
            <dd>${formatNumber(value)}</dd>
          </div>`,
      )}
    </dl>`;
  }

  private shares(tallies: Record<string, Record<string, { granted: number; denied: number }>>) {
    const labels: string[] = [];
    const values: number[] = [];
    for (const [group, categories] of Object.entries(tallies).sort()) {
      for (const [category, { granted, denied }] of Object.entries(categories).sort()) {
        if (category === 'necessary') continue;
        labels.push(`${category} · ${group}`);
        values.push(granted + denied ? granted / (granted + denied) : 0);
      }
    }
    return { labels, series: [{ name: 'Share granting', values }] satisfies ChartSeries[] };
  }

  private renderCharts(stats: Stats) {
    const days = stats.days.map((day) => day.date);
    const daily = stats.days.map((day) => this.outcomes(day.marketing));
    const scope = `${CHANNEL_NAMES[this.channel] ?? this.channel}${this.topic === '*' ? '' : ` · ${this.topic}`}`;
    const marketing: ChartSeries[] = [
      { name: 'Opt-ins', values: daily.map((o) => (o?.granted ?? 0) + (o?.pending ?? 0)) },
      { name: 'Confirmations', values: daily.map((o) => o?.confirmed ?? 0) },
      { name: 'Unsubscribes', values: daily.map((o) => (o?.unsubscribed ?? 0) + (o?.denied ?? 0)) },
    ];
    const categories = Object.keys(stats.cookies.categories)
      .filter((c) => c !== 'necessary')
      .sort();
    const cookieDays: ChartSeries[] = [
      { name: 'Decisions', values: stats.days.map((day) => day.cookies.decisions) },
    ];
    const byRevision = this.shares(stats.cookies.categoriesByRevision);
    const byMethod = this.shares(stats.cookies.categoriesByMethod);
    return html` <div class="grid2">
      <assent-admin-chart
        label=${`Opt-ins, confirmations and unsubscribes per day: ${scope}`}
        .labels=${days}
        .series=${marketing}
      ></assent-admin-chart>
      <assent-admin-chart
        label="Cookie decisions per day"
        .labels=${days}
        .series=${cookieDays}
      ></assent-admin-chart>
      <assent-admin-chart
        kind="share"
        label="Share of visitors granting each category"
        .labels=${categories}
        .series=${[
          {
            name: 'Share granting',
            values: categories.map((c) => {
              const t = stats.cookies.categories[c]!;
              return t.granted + t.denied ? t.granted / (t.granted + t.denied) : 0;
            }),
          },
        ]}
      ></assent-admin-chart>
      <assent-admin-chart
        kind="share"
        label="Share granting each category by revision"
        .labels=${byRevision.labels}
        .series=${byRevision.series}
      ></assent-admin-chart>
      <assent-admin-chart
        kind="share"
        label="Share granting each category by method"
        .labels=${byMethod.labels}
        .series=${byMethod.series}
      ></assent-admin-chart>
    </div>`;
  }

  private renderCurrent(stats: Stats) {
    const rows = Object.entries(stats.current)
      .sort()
      .flatMap(([channel, topics]) =>
        Object.entries(topics)
          .sort()
          .map(([topic, counts]) => ({ channel, topic, counts })),
      );
    return html`<table>
      <caption>
        Contacts per channel and topic
      </caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">Topic</th>
          <th scope="col">Opted in</th>
          <th scope="col">Pending</th>
          <th scope="col">Opted out</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({ channel, topic, counts }) =>
            html`<tr>
              <th scope="row">${channel}</th>
              <td>${topic === '*' ? '(whole channel)' : topic}</td>
              <td>${counts.granted}</td>
              <td>${counts.pending}</td>
              <td>${counts.denied}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    const stats = this.stats;
    const topics = Object.keys(stats?.marketing[this.channel] ?? {})
      .filter((t) => t !== '*')
      .sort();
    return html`<h2>Dashboard</h2>
      <form @submit=${this.onPeriod} aria-label="Period">
        <label>From <input name="from" type="date" .value=${this.from} required /></label>
        <label>To <input name="to" type="date" .value=${this.to} required /></label>
        <button type="submit">Show</button>
        <button type="button" class="secondary" @click=${() => this.setPeriod(lastMonth())}>
          Last month
        </button>
        <button
          type="button"
          class="secondary"
          @click=${() => this.setPeriod({ from: daysAgo(89), to: isoDay(new Date()) })}
        >
          Last 90 days
        </button>
      </form>
      <div class="row">
        <label
          >Channel
          <select
            @change=${(e: Event) => {
              this.channel = (e.target as HTMLSelectElement).value;
              this.topic = '*';
            }}
          >
            ${Object.entries(CHANNEL_NAMES).map(([id, name]) => html`<option value=${id} ?selected=${id === this.channel}>${name}</option>`)}
          </select>
        </label>
        <label
          >Topic
          <select @change=${(e: Event) => (this.topic = (e.target as HTMLSelectElement).value)}>
            <option value="*" ?selected=${this.topic === '*'}>All topics</option>
            ${topics.map((t) => html`<option value=${t} ?selected=${t === this.topic}>${t}</option>`)}
          </select>
        </label>
      </div>
      <p role="status">
        ${this.loading ? 'Loading…' : stats ? `Figures for ${stats.from} to ${stats.to}.` : ''}
      </p>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      ${stats ? html`${this.renderTotals(stats)} ${this.renderCharts(stats)} ${this.renderCurrent(stats)}` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'assent-admin-dashboard': AssentAdminDashboard;
  }
}
