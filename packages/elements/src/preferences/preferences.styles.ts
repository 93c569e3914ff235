import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    display: contents;
    --_bg: var(--assent-preferences-background, var(--_surface));
    --_fg: var(--assent-preferences-color, var(--_text));
    --_width: var(--assent-preferences-width, 672px);
  }

  .dialog {
    inline-size: min(var(--_width), calc(100% - 16px));
    max-inline-size: 100%;
    max-block-size: min(calc(100dvh - 16px), 768px);
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
    font-size: 20px;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }

  .close {
    flex: none;
    min-block-size: 44px;
    padding: 4px 12px;
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
    padding: 12px;
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
    gap: 12px;
    flex-wrap: wrap;
  }

  .row > :first-child {
    flex: 1 1 160px;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  .category-title {
    margin: 0;
    font-size: 17px;
  }

  .always-on {
    color: var(--_muted);
    font-size: 14px;
  }

  .category-description,
  .category-basis,
  .service-description {
    margin: 8px 0 0;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }

  .services {
    display: grid;
    gap: 12px;
    margin: 12px 0 0;
    padding: 12px 0 0;
    border-block-start: 1px solid var(--_border);
    list-style: none;
  }

  .services-label {
    margin: 12px 0 0;
    font-size: 14px;
    font-weight: 600;
  }

  .service-title {
    font-weight: 600;
  }

  .details-button {
    min-block-size: 44px;
    padding: 4px 12px;
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
    max-inline-size: min(384px, calc(100vw - 16px));
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    font: inherit;
    font-size: 15px;
    overflow: auto;
  }

  .details-title {
    margin: 0 0 8px;
    font-size: 16px;
  }

  .provider {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0 0 8px;
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
    padding: 4px 8px 4px 0;
    padding-inline: 0 8px;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }

  .cookies thead th {
    border-block-end: 1px solid var(--_border);
  }

  .footer {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 160px), 1fr));
    gap: 8px;
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
