/**
 * Graphviz draws a `style=rounded` box as a path: four straight sides written as flat
 * curves and four corner curves, 25 points in all. The same box as a `<rect rx>` is about
 * a fifth of the bytes; on the tree page, with 166 models and 16 branches, that is about
 * 10 KB of the gzipped HTML. The corner differs from Graphviz's curve by a third of a pixel
 * at most (control points at half the radius instead of 0.55 of it).
 */

type Point = readonly [number, number];

/** Graphviz writes two decimals; a point matches when it is within rounding of that. */
const TOLERANCE = 0.011;

/**
 * The eight curves of Graphviz's rounded box with corners x0,y0 (top left) and x1,y1 and
 * radius r, each as [start, control, control, end], going round anticlockwise (on screen)
 * from the top side. Sides are flat curves; corners have their control points at r / 2.
 */
function graphvizRoundedBox(x0: number, y0: number, x1: number, y1: number, r: number): Point[][] {
  const h = r / 2;
  return [
    [[x1 - r, y0], [x1 - r, y0], [x0 + r, y0], [x0 + r, y0]],
    [[x0 + r, y0], [x0 + h, y0], [x0, y0 + h], [x0, y0 + r]],
    [[x0, y0 + r], [x0, y0 + r], [x0, y1 - r], [x0, y1 - r]],
    [[x0, y1 - r], [x0, y1 - h], [x0 + h, y1], [x0 + r, y1]],
    [[x0 + r, y1], [x0 + r, y1], [x1 - r, y1], [x1 - r, y1]],
    [[x1 - r, y1], [x1 - h, y1], [x1, y1 - h], [x1, y1 - r]],
    [[x1, y1 - r], [x1, y1 - r], [x1, y0 + r], [x1, y0 + r]],
    [[x1, y0 + r], [x1, y0 + h], [x1 - h, y0], [x1 - r, y0]],
  ];
}

/** The path's points if it starts at curve `first` of the box: its start, then each curve's other three. */
function startingAt(curves: Point[][], first: number): Point[] {
  return [curves[first]![0]!, ...curves.flatMap((_, i) => curves[(first + i) % curves.length]!.slice(1))];
}

/**
 * The box a path draws, if it is exactly Graphviz's rounded box (nodes start on the top
 * side, branch boxes on the bottom one); otherwise undefined.
 */
export function roundedBoxOf(d: string): { x: number; y: number; width: number; height: number; r: number } | undefined {
  const match = d.match(/^M(-?[\d.]+),(-?[\d.]+)C([-\d., ]+)$/);
  if (!match) return undefined;
  const numbers = [match[1]!, match[2]!, ...match[3]!.trim().split(/[\s,]+/)].map(Number);
  if (numbers.length !== 50 || numbers.some(Number.isNaN)) return undefined;
  const points: Point[] = [];
  for (let i = 0; i < numbers.length; i += 2) points.push([numbers[i]!, numbers[i + 1]!]);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // The path starts where a side meets a corner: r from the nearest corner along that side.
  const [sx, sy] = points[0]!;
  const r = Math.min(...[sx - x0, x1 - sx, sy - y0, y1 - sy].filter((distance) => distance > TOLERANCE));
  if (!(r > 0) || 2 * r > x1 - x0 + TOLERANCE || 2 * r > y1 - y0 + TOLERANCE) return undefined;
  const curves = graphvizRoundedBox(x0, y0, x1, y1, r);
  const matches = (expected: Point[]) =>
    expected.every(([x, y], i) => Math.abs(x - points[i]![0]) <= TOLERANCE && Math.abs(y - points[i]![1]) <= TOLERANCE);
  return curves.some((_, first) => matches(startingAt(curves, first)))
    ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0, r }
    : undefined;
}

/**
 * A `<path>` tag that draws Graphviz's rounded box, as a `<rect>` with the same other
 * attributes; any other tag as it is. Sizes are whole pixels, as the paths' coordinates
 * are once rounded (svg.ts).
 */
export function roundedBoxAsRect(tag: string): string {
  const d = tag.match(/^<path\b[^>]* d="([^"]*)"/)?.[1];
  const box = d === undefined ? undefined : roundedBoxOf(d);
  if (!box) return tag;
  const x = Math.round(box.x);
  const y = Math.round(box.y);
  const geometry =
    ` x="${x}" y="${y}" width="${Math.round(box.x + box.width) - x}" height="${Math.round(box.y + box.height) - y}"` +
    ` rx="${Math.round(box.r)}"`;
  return tag.replace(/^<path\b/, '<rect').replace(/ d="[^"]*"/, geometry);
}
