import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    display: contents;
    --_bg: var(--assent-preferences-background, var(--_surface));
    --_fg: var(--assent-preferences-color, var(--_text));
    --_width: var(--assent-preferences-width, 42rem);
  }

  .dialog {
    inline-size: min(var(--_width), calc(100% - 1rem));
    max-inline-size: 100%;
    max-block-size: min(calc(100dvh - 1rem), 48rem);
    margin: auto;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    font: inherit;
    text-align: start;
    overflow: hidden;
  }

  .dialog[open] {
    display: flex;
    flex-direction: column;
  }

  .dialog::backdrop {
    background: var(--assent-backdrop, rgb(0 0 0 / 0.5));
  }

  .header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
    padding: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  .title {
    margin: 0;
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .close {
    flex: none;
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }

  .body {
    flex: 1 1 auto;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_space);
  }

  .text,
  .notice {
    margin: 0 0 var(--_space);
    overflow-wrap: anywhere;
  }

  .notice {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .categories {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .category {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .row {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    flex-wrap: wrap;
  }

  .row > :first-child {
    flex: 1 1 10rem;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .category-title {
    margin: 0;
    font-size: 1.0625rem;
  }

  .always-on {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .category-description,
  .service-description {
    margin: 0.5rem 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .services {
    display: grid;
    gap: 0.75rem;
    margin: 0.75rem 0 0;
    padding: 0.75rem 0 0;
    border-block-start: 1px solid var(--_border);
    list-style: none;
  }

  .services-label {
    margin: 0.75rem 0 0;
    font-size: 0.875rem;
    font-weight: 600;
  }

  .service-title {
    font-weight: 600;
  }

  .details-button {
    min-block-size: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 0;
    background: transparent;
    color: var(--_accent);
    font: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }

  .details {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(24rem, calc(100vw - 1rem));
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    font: inherit;
    font-size: 0.9375rem;
    overflow: auto;
  }

  .details-title {
    margin: 0 0 0.5rem;
    font-size: 1rem;
  }

  .provider {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    margin: 0 0 0.5rem;
  }

  .provider a {
    color: var(--_accent);
  }

  .cookies {
    inline-size: 100%;
    border-collapse: collapse;
    table-layout: fixed;
  }

  .cookies th,
  .cookies td {
    padding: 0.25rem 0.5rem 0.25rem 0;
    padding-inline: 0 0.5rem;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  .cookies thead th {
    border-block-end: 1px solid var(--_border);
  }

  .footer {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10rem), 1fr));
    gap: 0.5rem;
    padding: var(--_space);
    border-block-start: 1px solid var(--_border);
  }

  @media (forced-colors: active) {
    .dialog,
    .details {
      border: 2px solid CanvasText;
    }
  }
`;
