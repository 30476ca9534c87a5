/**
 * Architecture arithmetic and diagrams, computed from a model's `architecture` spec at
 * build time: shapes, parameter and mult-add counts, the comparison-table summary, the
 * static SVG diagram and its text alternative. Pure TypeScript, no Astro imports.
 */
export type { Architecture, Layer, LayerResult, Op, OpKind, Shape, Unit, Depth } from './types';
export { ArchitectureError, type ArchitectureProblem } from './errors';
export { analyzeArchitecture, findArchitectureProblems } from './analyze';
export { propagateShapes, formatShape, type LayerShape } from './shapes';
export { countParameters, countMultAdds, type LayerCount, type ParameterCount } from './count';
export { summarizeArchitecture, type ArchitectureSummary } from './summary';
export { architectureRows, architectureColumns, type ArchitectureRow } from './rows';
export { renderArchitectureSvg, type SvgOptions } from './svg';
export { layerLabel, layerSettings, typeName } from './labels';
export { blockLabel, stagesOf, type Stages } from './stages';
export { formatCount, formatSi } from './numbers';
export { outSize } from './size';
