import type { ResolvedConfig } from '@assent/core';

/** `bar` across the page, `box` in a corner or the centre, or `inline` in the page's flow. */
export type BannerLayout = 'bar' | 'box' | 'inline';
export type BannerPosition =
  'top' | 'bottom' | 'center' | 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';
export type BannerAction = 'accept' | 'reject' | 'manage';

const LAYOUTS: readonly string[] = ['bar', 'box', 'inline'];
const POSITIONS: readonly string[] = [
  'top',
  'bottom',
  'center',
  'top-start',
  'top-end',
  'bottom-start',
  'bottom-end',
];
const ACTIONS: readonly string[] = ['accept', 'reject', 'manage'];

type BannerConfig = ResolvedConfig['banner'] | undefined;

/** The layout in use: the attribute if valid, else the config. */
export function layoutOf(attribute: string | undefined, config: BannerConfig): BannerLayout {
  if (attribute && LAYOUTS.includes(attribute)) return attribute as BannerLayout;
  return config?.layout ?? 'bar';
}

/**
 * The position in use, fitted to the layout: a bar is at the top or the bottom, an inline
 * banner stands where it is (reported as `top`: it is the top of the page's content).
 */
export function positionOf(
  attribute: string | undefined,
  layout: BannerLayout,
  config: BannerConfig,
): BannerPosition {
  if (layout === 'inline') return 'top';
  const fromAttribute = attribute && POSITIONS.includes(attribute) ? attribute : undefined;
  const wanted = (fromAttribute ??
    (config && config.layout === layout ? config.position : undefined)) as
    BannerPosition | undefined;
  if (layout === 'bar') return wanted?.startsWith('top') ? 'top' : 'bottom';
  return wanted ?? 'bottom-end';
}

/** The configured order of the three buttons, or the default one. */
export function orderOf(config: BannerConfig): BannerAction[] {
  const order = config?.buttonOrder ?? [];
  const valid = order.filter((action) => ACTIONS.includes(action));
  return valid.length === 3 ? valid : ['reject', 'accept', 'manage'];
}

/** Whether nothing visible follows the element in `<body>` (room may be added under it). */
export function isLastInBody(element: Element): boolean {
  if (element.parentElement !== document.body) return false;
  for (let next = element.nextElementSibling; next; next = next.nextElementSibling) {
    if (
      !['SCRIPT', 'STYLE', 'TEMPLATE', 'LINK'].includes(next.tagName) &&
      !next.hasAttribute('hidden')
    ) {
      return false;
    }
  }
  return true;
}
