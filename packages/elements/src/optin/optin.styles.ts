import { css } from 'lit';

export const optinStyles = css`
  :host {
    display: block;
    --_bg: var(--assent-optin-background, var(--_surface));
    --_fg: var(--assent-optin-color, var(--_text));
    --_padding: var(--assent-optin-padding, var(--_space));
    --_error: var(--assent-color-error, #b3261e);
  }

  :host([theme='dark']) {
    --_error: var(--assent-color-error, #ffb4ab);
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_error: var(--assent-color-error, #ffb4ab);
    }
  }

  .optin {
    padding: var(--_padding);
    border: var(--assent-optin-border, none);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    text-align: start;
  }

  .title {
    margin: 0 0 8px;
    font-size: 20px;
    line-height: 1.3;
  }

  p {
    margin: 0 0 12px;
  }

  .statement,
  .frequency {
    max-inline-size: 65ch;
  }

  .channels {
    display: grid;
    gap: 12px;
    margin-block: 16px;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 12px;
  }

  .choice .hint {
    grid-column: 2;
    margin: 0;
    color: var(--_muted);
    font-size: 15px;
  }

  input[type='checkbox'] {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .choice label {
    cursor: pointer;
    padding-block: 1px;
  }

  .topics {
    display: grid;
    gap: 8px;
    margin-block: 8px 0;
    margin-inline-start: 12px;
    padding-inline-start: 24px;
    border-inline-start: 4px solid var(--_subtle);
  }

  .topics-label {
    margin: 0;
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: 4px;
    margin-block: 16px;
    max-inline-size: 480px;
  }

  .field label {
    font-weight: 600;
  }

  .field input {
    min-block-size: 44px;
    padding: 8px 12px;
    border: 2px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  .field input[aria-invalid='true'] {
    border-color: var(--_error);
  }

  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  .channels > .error {
    padding-inline-start: 12px;
    border-inline-start: 4px solid var(--_error);
  }

  .actions {
    margin-block-start: 16px;
  }

  .result {
    padding: 12px 16px;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_subtle);
  }

  .result p {
    margin: 0;
  }

  .result:focus {
    outline: none;
  }

  .result:focus-visible {
    outline: 3px solid var(--_focus);
  }

  @media (forced-colors: active) {
    .field input[aria-invalid='true'],
    .channels > .error {
      border-color: Mark;
    }
    input[type='checkbox'] {
      forced-color-adjust: auto;
    }
  }
`;
