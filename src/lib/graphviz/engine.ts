/**
 * Graphviz `dot` in WebAssembly (@hpcc-js/wasm-graphviz), about 6 ms a graph. The
 * module is loaded once per process and reused; every layout is cached by its DOT
 * source, so a graph asked for by several pages is laid out once per build.
 */
import { Graphviz } from '@hpcc-js/wasm-graphviz';

let loading: Promise<Graphviz> | undefined;
const layouts = new Map<string, string>();

function graphviz(): Promise<Graphviz> {
  loading ??= Graphviz.load();
  return loading;
}

/** The raw SVG Graphviz draws for `dot` (laid out with the `dot` engine). */
export async function layoutSvg(dot: string): Promise<string> {
  const cached = layouts.get(dot);
  if (cached !== undefined) return cached;
  const svg = (await graphviz()).dot(dot, 'svg');
  layouts.set(dot, svg);
  return svg;
}
