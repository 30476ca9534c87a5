/** Output-size arithmetic of convolution and pooling windows, as PyTorch computes it. */
import { ArchitectureError } from './errors';

/**
 * Output length of a window of `kernel` sliding with `stride` over `size` with `padding`
 * on each side. `ceil` is PyTorch's ceil_mode: round up, but never start a window in
 * the right padding.
 */
export function outSize(size: number, kernel: number, stride: number, padding: number, ceil = false): number {
  const span = size + 2 * padding - kernel;
  if (span < 0) {
    throw new ArchitectureError(`kernel ${kernel} is larger than the ${size}-pixel input (with padding ${padding})`, 'kernel');
  }
  let out = (ceil ? Math.ceil(span / stride) : Math.floor(span / stride)) + 1;
  if (ceil && (out - 1) * stride >= size + padding) out -= 1;
  return out;
}

/** A kernel written as 3 or [h, w], as [h, w]. */
export function pair(value: number | readonly [number, number]): readonly [number, number] {
  return typeof value === 'number' ? [value, value] : value;
}
