/**
 * Rounding of the numbers in generated SVG geometry. Observable Plot writes coordinates
 * to sixteen digits and Graphviz to two; a tenth of a user unit is far below a device
 * pixel at the sizes drawn here, and the rest is bytes every reader downloads and parses.
 */

/**
 * A decimal number in a geometry attribute. A number with a unit ("0.71em", a text
 * offset) or an exponent is not one: it is left as written. Global: for `match` and
 * `replace`, not `test` (which would keep its place between calls).
 */
export const GEOMETRY_DECIMAL = /-?\d*\.\d+(?![\d.%]|e[+-]?\d|[a-z]{2})/g;

/** Every decimal number in `value` (a coordinate list, a path, a transform) to `decimals` places. */
export function roundNumbersIn(value: string, decimals: number): string {
  const scale = 10 ** decimals;
  // String(-0) is "0", so "-0.04" comes out as "0", not "-0".
  return value.replace(GEOMETRY_DECIMAL, (n) => String(Math.round(Number(n) * scale) / scale));
}

/** The SVG attributes that hold geometry (positions, sizes, paths, transforms). */
export const GEOMETRY_ATTRIBUTES = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'points', 'transform'] as const;
