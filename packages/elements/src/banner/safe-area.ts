/**
 * How far fixed or sticky host elements (a fixed footer, a bottom navigation bar, a fixed
 * header) reach in from one edge of the viewport, so a banner on that edge can sit clear of
 * them. Elements covering more than half the viewport are overlays, not bars, and are ignored.
 * The banner's own element is skipped.
 */
export function edgeObstruction(side: 'top' | 'bottom', self: Element): number {
  const height = innerHeight;
  const width = document.documentElement.clientWidth || innerWidth;
  // A row of points just inside the edge: a bar usually spans it, a button may sit at one end.
  const y = side === 'bottom' ? height - 2 : 1;
  const xs = [4, width / 4, width / 2, (3 * width) / 4, width - 4];
  let reach = 0;
  const seen = new Set<Element>();
  for (const x of xs) {
    for (const hit of document.elementsFromPoint(x, y)) {
      const bar = pinnedAncestor(hit, self);
      if (!bar || seen.has(bar)) continue;
      seen.add(bar);
      const rect = bar.getBoundingClientRect();
      if (rect.height === 0 || rect.height > height / 2) continue;
      const from = side === 'bottom' ? height - rect.top : rect.bottom;
      reach = Math.max(reach, Math.ceil(from));
    }
  }
  return reach;
}

/** The element itself or its nearest ancestor that is `fixed` or `sticky`, outside `self`. */
function pinnedAncestor(start: Element, self: Element): Element | undefined {
  for (
    let node: Element | null = start;
    node && node !== document.body;
    node = node.parentElement
  ) {
    if (node === self || self.contains(node) || node.contains(self)) return undefined;
    const { position } = getComputedStyle(node);
    if (position === 'fixed' || position === 'sticky') return node;
  }
  return undefined;
}
