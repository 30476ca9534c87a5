/**
 * Rounding of the numbers in generated SVG geometry. Chart and graph layouts compute
 * coordinates to sixteen digits; a tenth of a user unit is far below a device pixel at
 * the sizes drawn here, and the rest is bytes every reader downloads and parses.
 */

/** Every decimal number in `value` (a coordinate list, a path, a transform) to `decimals` places. */
export function roundNumbersIn(value: string, decimals: number): string {
  const scale = 10 ** decimals;
  // A number with a unit ("0.71em", a text offset) or an exponent is left as written.
  // String(-0) is "0", so "-0.04" comes out as "0", not "-0".
  return value.replace(/-?\d*\.\d+(?![\d.%]|e[+-]?\d|[a-z]{2})/g, (n) => String(Math.round(Number(n) * scale) / scale));
}

/** The SVG attributes that hold geometry (positions, sizes, paths, transforms). */
export const GEOMETRY_ATTRIBUTES = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'd', 'points', 'transform'] as const;
