import { html, nothing } from 'lit';

/**
 * The status filter above a queue's table (deliveries, requests) with the error and notice
 * lines under it: `onStatus` gets the chosen status (`''` for any) when the form is sent.
 */
export function renderStatusFilter(options: {
  label: string;
  statuses: readonly string[];
  status: string;
  onStatus(status: string): void;
  error: string;
  notice: string;
}) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    options.onStatus(String(new FormData(event.target as HTMLFormElement).get('status') ?? ''));
  };
  return html`<form aria-label=${options.label} @submit=${submit}>
      <label
        >Status
        <select name="status">
          <option value="">Any</option>
          ${options.statuses.map(
            (s) => html`<option value=${s} ?selected=${options.status === s}>${s}</option>`,
          )}
        </select></label
      >
      <button type="submit">Show</button>
    </form>
    ${options.error ? html`<p class="error" role="alert">${options.error}</p>` : nothing}
    <p role="status">${options.notice}</p>`;
}
