import { css } from 'lit';

export const rightsStyles = css`
  :host {
    display: block;
  }

  [part='base'] {
    background: var(--assent-rights-background, var(--_surface));
    color: var(--assent-rights-color, var(--_text));
    padding: var(--assent-rights-padding, var(--_space));
    border-radius: var(--_radius);
  }

  h2 {
    margin: 0 0 8px;
    font-size: 20px;
  }

  fieldset {
    border: 0;
    margin: 16px 0;
    padding: 0;
  }

  legend {
    font-weight: 600;
    margin-block-end: 4px;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 8px;
    min-block-size: 44px;
  }

  .choice input {
    inline-size: 20px;
    block-size: 20px;
    margin: 0;
    accent-color: var(--_accent);
  }

  label.field {
    display: block;
    font-weight: 600;
    margin-block-end: 4px;
  }

  input[type='email'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 448px;
    min-block-size: 44px;
    padding: 8px 12px;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  input[aria-invalid='true'] {
    border-color: #b3261e;
  }

  .error {
    color: #b3261e;
    margin: 4px 0 0;
  }

  :host([theme='dark']) .error {
    color: #ffb4ab;
  }

  .actions {
    margin-block-start: 16px;
  }
`;
