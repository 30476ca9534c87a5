/**
 * Places dot labels so they do not overlap each other or other dots. Plot draws text
 * where it is told and has no collision avoidance, and a scatter of models crowds
 * labels (GoogLeNet and ResNet-18 sit at almost the same spot), so each label tries a
 * few positions around its dot and takes the first free one (greedy, in the order given).
 */

export interface Placement {
  dx: number;
  dy: number;
  anchor: 'start' | 'end' | 'middle';
}

/** Right, left, above, below, the four diagonals, then farther out for crowded spots. */
export const PLACEMENTS: readonly Placement[] = [
  { dx: 7, dy: 0, anchor: 'start' },
  { dx: -7, dy: 0, anchor: 'end' },
  { dx: 0, dy: -11, anchor: 'middle' },
  { dx: 0, dy: 12, anchor: 'middle' },
  { dx: 5, dy: -10, anchor: 'start' },
  { dx: 5, dy: 11, anchor: 'start' },
  { dx: -5, dy: -10, anchor: 'end' },
  { dx: -5, dy: 11, anchor: 'end' },
  { dx: 6, dy: -18, anchor: 'start' },
  { dx: 6, dy: 19, anchor: 'start' },
  { dx: -6, dy: -18, anchor: 'end' },
  { dx: -6, dy: 19, anchor: 'end' },
];

export interface LabelItem {
  /** The dot's position in pixels. */
  x: number;
  y: number;
  text: string;
}

export interface LayoutOptions {
  fontSize: number;
  dotRadius: number;
  /** The plotting area in pixels; a label must stay inside it. */
  bounds: { left: number; right: number; top: number; bottom: number };
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Width of a text in pixels, roughly: CJK characters are square, Latin ones about half as wide. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += /[\u2E80-\u9FFF\uFF00-\uFFEF]/.test(ch) ? 1 : 0.58;
  return units * fontSize;
}

export function labelBox(item: LabelItem, placement: Placement, fontSize: number, width = estimateTextWidth(item.text, fontSize)): Box {
  const ax = item.x + placement.dx;
  const x0 = placement.anchor === 'start' ? ax : placement.anchor === 'end' ? ax - width : ax - width / 2;
  const cy = item.y + placement.dy;
  return { x0, x1: x0 + width, y0: cy - fontSize / 2, y1: cy + fontSize / 2 };
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

/** What both layouts measure once: label widths, dot boxes, and each item's neighbours. */
interface Geometry {
  widths: number[];
  dots: Box[];
  /**
   * For each item, the other items whose label or dot could touch its label in any
   * placement. Only these can add to its cost, so looking at them alone gives the same
   * layout as comparing with every item, in near-linear time for spread-out charts
   * (500 models took seconds the other way).
   */
  near: number[][];
}

function measure(items: readonly LabelItem[], fontSize: number, dotRadius: number): Geometry {
  const r = dotRadius + 1;
  const widths = items.map((item) => estimateTextWidth(item.text, fontSize));
  const dots = items.map((d) => ({ x0: d.x - r, x1: d.x + r, y0: d.y - r, y1: d.y + r }));
  const maxDx = Math.max(...PLACEMENTS.map((p) => Math.abs(p.dx)));
  const maxDy = Math.max(...PLACEMENTS.map((p) => Math.abs(p.dy)));
  const reach = widths.map((width) => width + maxDx + maxDy + fontSize + r);
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.x - items[b]!.x);
  const maxReach = Math.max(0, ...reach);
  const near: number[][] = items.map(() => []);
  for (let a = 0; a < order.length; a++) {
    const i = order[a]!;
    for (let b = a + 1; b < order.length; b++) {
      const j = order[b]!;
      const dx = items[j]!.x - items[i]!.x;
      if (dx > reach[i]! + maxReach) break;
      const limit = reach[i]! + reach[j]!;
      if (dx <= limit && Math.abs(items[j]!.y - items[i]!.y) <= limit) {
        near[i]!.push(j);
        near[j]!.push(i);
      }
    }
  }
  return { widths, dots, near };
}

/**
 * Above this many dots a chart is a cloud: no layout can label every dot legibly, and
 * the search for the least-bad one grows with the square of the count (seconds per
 * chart at 1,000 dots). There a dot is labelled only where its label fits without
 * touching another label, a dot or the frame, and otherwise keeps its tooltip and its
 * row in the table under the chart.
 */
export const CROWDED = 150;

/** Marks a dot left without a label (see CROWDED). */
export const NO_LABEL = -1;

/**
 * For each item, the index in PLACEMENTS of the position chosen for its label, or
 * NO_LABEL (only in a chart of more than CROWDED dots).
 */
export function placeLabels(items: readonly LabelItem[], options: LayoutOptions): number[] {
  return items.length > CROWDED ? placeFreeLabels(items, options) : placeAllLabels(items, options);
}

/** Crowded charts: one greedy pass, a label only where it touches nothing. */
function placeFreeLabels(items: readonly LabelItem[], { fontSize, dotRadius, bounds }: LayoutOptions): number[] {
  const { widths, dots, near } = measure(items, fontSize, dotRadius);
  const boxes: (Box | undefined)[] = items.map(() => undefined);
  return items.map((item, i) => {
    const width = widths[i]!;
    const free = PLACEMENTS.findIndex((placement) => {
      const box = labelBox(item, placement, fontSize, width);
      if (box.x0 < bounds.left || box.x1 > bounds.right || box.y0 < bounds.top || box.y1 > bounds.bottom) return false;
      if (overlap(box, dots[i]!)) return false;
      return near[i]!.every((j) => !overlap(box, dots[j]!) && !(boxes[j] && overlap(box, boxes[j]!)));
    });
    if (free === -1) return NO_LABEL;
    boxes[i] = labelBox(item, PLACEMENTS[free]!, fontSize, width);
    return free;
  });
}

/** Every dot labelled, each label moved until it overlaps the least. */
function placeAllLabels(items: readonly LabelItem[], { fontSize, dotRadius, bounds }: LayoutOptions): number[] {
  const { widths, dots, near } = measure(items, fontSize, dotRadius);
  const boxes: (Box | undefined)[] = items.map(() => undefined);
  const chosen: number[] = items.map(() => 0);

  /**
   * The cost of putting label i at PLACEMENTS[index], or any value >= `bound` as soon as
   * it is clear that it cannot beat `bound` (every term is >= 0): in a crowded chart most
   * placements are ruled out after a few neighbours. The result is the same layout.
   */
  const cost = (i: number, index: number, bound = Infinity): number => {
    const box = labelBox(items[i]!, PLACEMENTS[index]!, fontSize, widths[i]);
    const outside =
      Math.max(0, bounds.left - box.x0) + Math.max(0, box.x1 - bounds.right) +
      Math.max(0, bounds.top - box.y0) + Math.max(0, box.y1 - bounds.bottom);
    // A small preference for the nearer placements breaks ties without outweighing any overlap.
    const preference = index * 0.5;
    let total = outside * fontSize * 4 + overlap(box, dots[i]!);
    for (const j of near[i]!) {
      if (total + preference >= bound) return total + preference;
      const other = boxes[j];
      if (other) total += overlap(box, other);
      total += overlap(box, dots[j]!);
    }
    return total + preference;
  };

  // A greedy first pass, then a few passes that move each label given all the others:
  // a label placed early can make room for a crowded one placed later. A pass that
  // moves nothing would be repeated identically, so the passes stop there.
  for (let pass = 0; pass < 4; pass++) {
    let moved = false;
    items.forEach((item, i) => {
      let best = chosen[i]!;
      let bestCost = boxes[i] ? cost(i, best) : Infinity;
      PLACEMENTS.forEach((_, index) => {
        const c = cost(i, index, bestCost);
        if (c < bestCost) {
          bestCost = c;
          best = index;
        }
      });
      if (!boxes[i] || best !== chosen[i]) moved = true;
      chosen[i] = best;
      boxes[i] = labelBox(item, PLACEMENTS[best]!, fontSize, widths[i]);
    });
    if (!moved) break;
  }
  return chosen;
}
