/** Styles every view of the workspace shares (each view has its own shadow root). */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2 {
    font-size: 1.35rem;
    margin-block: 0.5rem 1rem;
  }
  h3 {
    font-size: 1.1rem;
    margin-block: 1.5rem 0.5rem;
  }
  form,
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 1rem;
  }
  label {
    display: flex;
    flex-direction: column;
    font-weight: 600;
    font-size: 0.9rem;
    gap: 0.15rem;
  }
  input,
  select,
  button,
  textarea {
    font: inherit;
    padding: 0.35rem 0.55rem;
    border-radius: 0.3rem;
  }
  input,
  select,
  textarea {
    border: 1px solid #666;
    background: Canvas;
    color: CanvasText;
  }
  button {
    cursor: pointer;
    border: 1px solid #0b5cad;
    background: #0b5cad;
    color: #fff;
  }
  button.secondary {
    background: transparent;
    color: inherit;
    border-color: currentColor;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid #1a73e8;
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block: 0.75rem;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  th,
  td {
    border: 1px solid #8888;
    padding: 0.3rem 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: #8881;
  }
  td.wording {
    white-space: pre-wrap;
    max-inline-size: 28rem;
  }
  td.hash {
    font-family: ui-monospace, monospace;
    font-size: 0.8rem;
    word-break: break-all;
  }
  .error {
    color: #b00020;
    font-weight: 600;
  }
  .ok {
    color: #0a6b2d;
    font-weight: 600;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .cards div {
    border: 1px solid #8886;
    border-radius: 0.5rem;
    padding: 0.6rem 0.8rem;
  }
  .cards dt {
    font-size: 0.85rem;
  }
  .cards dd {
    margin: 0;
    font-size: 1.6rem;
    font-weight: 700;
  }
  .grid2 {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr));
    gap: 1.5rem;
  }
  @media (prefers-color-scheme: dark) {
    .error {
      color: #ff8a80;
    }
    .ok {
      color: #7ee2a0;
    }
    button {
      background: #4d9de0;
      border-color: #4d9de0;
      color: #000;
    }
  }
`;
