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
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  p {
    margin: 0 0 0.75rem;
  }

  .statement,
  .frequency {
    max-inline-size: 65ch;
  }

  .channels {
    display: grid;
    gap: 0.75rem;
    margin-block: 1rem;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    column-gap: 0.75rem;
  }

  .choice .hint {
    grid-column: 2;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }

  .choice label {
    cursor: pointer;
    padding-block: 0.0625rem;
  }

  .topics {
    display: grid;
    gap: 0.5rem;
    margin-block: 0.5rem 0;
    margin-inline-start: 0.75rem;
    padding-inline-start: 1.5rem;
    border-inline-start: 4px solid var(--_subtle);
  }

  .topics-label {
    margin: 0;
    font-weight: 600;
  }

  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 1rem;
    max-inline-size: 30rem;
  }

  .field label {
    font-weight: 600;
  }

  .field input {
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
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
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_error);
  }

  .actions {
    margin-block-start: 1rem;
  }

  .result {
    padding: 0.75rem 1rem;
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
