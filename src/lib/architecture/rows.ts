/** The diagram's text alternative: one row per layer or block, for the table under the diagram. */
import type { Locale } from '../i18n';
import { analyzeArchitecture } from './analyze';
import { layerLabel, layerSettings } from './labels';
import { formatCount } from './numbers';
import { formatShape } from './shapes';
import type { Architecture } from './types';

export interface ArchitectureRow {
  index: number;
  /** "layer1 (bottleneck) ×3". */
  name: string;
  /** Kernel/stride and channels, e.g. "7×7/2, 64, BN"; for a block its inner layers. */
  settings: string;
  /** Output shape, "256×56×56". */
  output: string;
  params: number;
  /** `params` formatted for the locale. */
  paramsText: string;
}

/** Column headings of the table, in the order of the row fields. */
export function architectureColumns(locale: Locale): { name: string; settings: string; output: string; params: string } {
  return locale === 'zh'
    ? { name: '层', settings: '卷积核/步长，通道', output: '输出 (C×H×W)', params: '参数量' }
    : { name: 'Layer', settings: 'Kernel/stride, channels', output: 'Output (C×H×W)', params: 'Parameters' };
}

export function architectureRows(spec: Architecture, locale: Locale): ArchitectureRow[] {
  return analyzeArchitecture(spec).map((r) => ({
    index: r.index,
    name: layerLabel(r.layer, locale),
    settings: layerSettings(r.layer),
    output: formatShape(r.output),
    params: r.params,
    paramsText: formatCount(r.params, locale),
  }));
}
