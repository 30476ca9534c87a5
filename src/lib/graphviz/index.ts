/** Lineage drawings, laid out by Graphviz at build time. Pages import from here. */
export { renderLineageSvg, type LineageSvgOptions } from './lineage-svg';
export { describeLineage, lineageEdgeRows, type LineageEdgeRow, type LineageEndpoint } from './text-alternative';
export { lineageDot, type DotOptions } from './dot';
