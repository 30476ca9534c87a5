/**
 * A network's stages as papers tabulate them: "3, 4, 6, 3" bottlenecks for ResNet-50,
 * "6, 12, 24, 16" layers per dense block for DenseNet-121, "2, 2, 3, 3, 3" convs for
 * VGG-16. The stages are the layers of the type that repeats most, in order.
 */
import type { Locale } from '../i18n';
import type { Architecture, Layer } from './types';
import { kernelText, typeName } from './labels';

export interface Stages {
  /** The first stage's layer: its type names the block, and its settings (a dense block's growth) describe it. */
  block: Layer;
  /** How many times each stage repeats its block, in order. */
  repeats: number[];
}

/** The spec's stages, or undefined when no layer repeats (nothing for a stage table to show). */
export function stagesOf(spec: Architecture): Stages | undefined {
  const most = spec.layers.reduce<Layer | undefined>((best, layer) => (layer.repeat > (best?.repeat ?? 1) ? layer : best), undefined);
  if (!most) return undefined;
  const stages = spec.layers.filter((layer) => layer.type === most.type);
  return { block: stages[0]!, repeats: stages.map((layer) => layer.repeat) };
}

/** The block's name with what tells one variant's block from another's: "dense block, k = 32". */
export function blockLabel(block: Layer, locale: Locale): string {
  const name = typeName(block, locale);
  const sep = locale === 'zh' ? '，' : ', ';
  if (block.type === 'dense-block') return `${name}${sep}k = ${block.growth}`;
  if (block.type === 'bottleneck' && block.groups > 1) return `${name}${sep}${locale === 'zh' ? `${block.groups} 组` : `${block.groups} groups`}`;
  if (block.type === 'conv') return `${name}${sep}${kernelText(block.kernel)}`;
  return name;
}
