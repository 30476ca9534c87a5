/**
 * Number formats of the diagram and the layer table: the site's own (src/lib/format.ts),
 * under the names the architecture code uses.
 */
export { formatInteger as formatCount, formatSi } from '../format';
