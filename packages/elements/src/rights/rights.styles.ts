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
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
  }

  fieldset {
    border: 0;
    margin: 1rem 0;
    padding: 0;
  }

  legend {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
  }

  .choice input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: var(--_accent);
  }

  label.field {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  input[type='email'] {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 28rem;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
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
    margin: 0.25rem 0 0;
  }

  :host([theme='dark']) .error {
    color: #ffb4ab;
  }

  .actions {
    margin-block-start: 1rem;
  }
`;
