/**
 * The shape a placeholder takes from the content it stands for, so the page does not jump
 * when the content loads: the iframe's width (its `width` attribute in pixels or `%`, or the
 * width it is rendered at) and its aspect ratio (`width`/`height`, CSS `aspect-ratio`, or its
 * rendered box). Content laid out by a responsive-embed wrapper (WordPress's
 * `.wp-block-embed__wrapper`, Bootstrap's `.ratio`: an absolutely positioned iframe inside a
 * padded box) is filled instead, so no empty gap is left.
 */
export interface EmbedBox {
  /** A CSS width (`560px`, `100%`), kept within the container. */
  width?: string;
  /** A CSS height, when the content has a fixed height but no fixed width (`100%` × `450`). */
  height?: string;
  /** A CSS aspect ratio (`560 / 315`). */
  aspectRatio?: string;
  /** Fill the positioned box the content was laid out in. */
  fill?: boolean;
}

const dimension = (value: string | null) => {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px|%)?\s*$/.exec(value ?? '');
  return match ? { value: Number(match[1]), percent: match[2] === '%' } : undefined;
};

/** The box of an element (measured when it is rendered, from its attributes otherwise). */
export function boxOf(element: Element): EmbedBox {
  const box: EmbedBox = {};
  const width = dimension(element.getAttribute('width'));
  const height = dimension(element.getAttribute('height'));
  if (width) box.width = width.percent ? `${width.value}%` : `${width.value}px`;
  if (width && height && !width.percent && !height.percent && height.value > 0)
    box.aspectRatio = `${width.value} / ${height.value}`;
  else if (height && !height.percent) box.height = `${height.value}px`;
  const rendered = element.getClientRects().length > 0;
  const style = element.isConnected ? getComputedStyle(element) : undefined;
  if (style && (style.position === 'absolute' || style.position === 'fixed') && rendered) {
    return { fill: true };
  }
  const ratio = style?.aspectRatio.replace(/^auto\s*/, '');
  if (ratio && ratio !== 'auto') box.aspectRatio = ratio;
  if (!rendered) return box;
  const rect = element.getBoundingClientRect();
  const parent = element.parentElement;
  if (!box.width && parent) {
    const parentStyle = getComputedStyle(parent);
    const inner =
      parent.clientWidth -
      parseFloat(parentStyle.paddingLeft || '0') -
      parseFloat(parentStyle.paddingRight || '0');
    box.width = Math.abs(rect.width - inner) < 1 ? '100%' : `${Math.round(rect.width)}px`;
  }
  if (!box.aspectRatio && !box.height && rect.width > 0 && rect.height > 0)
    box.aspectRatio = `${Math.round(rect.width)} / ${Math.round(rect.height)}`;
  return box;
}
