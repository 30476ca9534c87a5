/**
 * Words and short notations for layers, in both locales: the type's name ("卷积" / "conv")
 * and its settings in the notation of papers' tables ("7×7/2, 64": kernel, stride, channels).
 */
import type { Locale } from '../i18n';
import type { Layer } from './types';

type Words = { zh: string; en: string };

const TYPE_NAMES: Record<string, Words> = {
  conv: { zh: '卷积', en: 'conv' },
  'pool-max': { zh: '最大池化', en: 'max pool' },
  'pool-avg': { zh: '平均池化', en: 'avg pool' },
  subsample: { zh: '可训练下采样', en: 'subsampling' },
  'global-pool-avg': { zh: '全局平均池化', en: 'global avg pool' },
  'global-pool-max': { zh: '全局最大池化', en: 'global max pool' },
  fc: { zh: '全连接', en: 'fc' },
  rbf: { zh: 'RBF 输出', en: 'RBF output' },
  lrn: { zh: '局部响应归一化', en: 'LRN' },
  dropout: { zh: 'Dropout', en: 'dropout' },
  bn: { zh: '批归一化', en: 'batch norm' },
  flatten: { zh: '展平', en: 'flatten' },
  basic: { zh: '残差块', en: 'basic block' },
  bottleneck: { zh: '瓶颈残差块', en: 'bottleneck' },
  inception: { zh: 'Inception 模块', en: 'inception' },
  'dense-block': { zh: '稠密块', en: 'dense block' },
  transition: { zh: '过渡层', en: 'transition' },
  fire: { zh: 'Fire 模块', en: 'fire' },
  'dw-separable': { zh: '深度可分离卷积', en: 'dw separable' },
  'inverted-residual': { zh: '倒残差块', en: 'inverted residual' },
  'shuffle-unit': { zh: 'ShuffleNet v2 单元', en: 'shuffle unit' },
};

/** The name of the layer's type, e.g. "max pool" / "最大池化". */
export function typeName(layer: Layer, locale: Locale): string {
  const key =
    layer.type === 'pool'
      ? layer.trainable
        ? 'subsample'
        : `pool-${layer.mode}`
      : layer.type === 'global-pool'
        ? `global-pool-${layer.mode}`
        : layer.type;
  return TYPE_NAMES[key]![locale];
}

/**
 * "conv1 (conv) ×2" / "conv1（卷积）×2": a layer's label in the table; the type alone when
 * the layer has no name or is named after its type. `separator: ' · '` gives the
 * diagram's shorter "conv1 · conv".
 */
export function layerLabel(layer: Layer, locale: Locale, separator?: string): string {
  const type = typeName(layer, locale);
  const named = layer.name && layer.name.toLowerCase() !== type.toLowerCase();
  const base = !named
    ? type
    : separator
      ? `${layer.name}${separator}${type}`
      : locale === 'zh'
        ? `${layer.name}（${type}）`
        : `${layer.name} (${type})`;
  return layer.repeat > 1 ? `${base} ×${layer.repeat}` : base;
}

/** A kernel in papers' notation: "3×3", or "1×7" for a non-square one. */
export const kernelText = (size: number | readonly [number, number]): string => (typeof size === 'number' ? `${size}×${size}` : size.join('×'));
const k = kernelText;
const s = (stride: number | undefined) => (stride && stride > 1 ? `/${stride}` : '');

/** Kernel, stride and channels in papers' notation: "11×11/4, 64"; for a block, its inner layers. */
export function layerSettings(layer: Layer): string {
  switch (layer.type) {
    case 'conv': {
      const extra = [layer.depthwise ? 'dw' : '', layer.groups > 1 ? `g=${layer.groups}` : '', layer.bn ? 'BN' : ''];
      return [`${k(layer.kernel)}${s(layer.stride)}`, String(layer.out), ...extra].filter(Boolean).join(', ');
    }
    case 'pool':
      return `${k(layer.kernel)}${s(layer.stride ?? (typeof layer.kernel === 'number' ? layer.kernel : layer.kernel[0]))}`;
    case 'fc':
    case 'rbf':
      return String(layer.out);
    case 'lrn':
      return `n=${layer.size}`;
    case 'dropout':
      return `p=${layer.p}`;
    case 'basic':
      return `3×3${s(layer.stride)}, ${layer.out} · 3×3, ${layer.out}${layer.se ? ' · SE' : ''}`;
    case 'bottleneck': {
      const g = layer.groups > 1 ? `, g=${layer.groups}` : '';
      return `1×1, ${layer.width} · 3×3${s(layer.stride)}, ${layer.width}${g} · 1×1, ${layer.out}${layer.se ? ' · SE' : ''}`;
    }
    case 'inception':
      return `1×1 ${layer.b1} | 3×3 ${layer.b3.join('→')} | ${k(layer.b5Kernel)} ${layer.b5.join('→')} | pool→${layer.pool}`;
    case 'dense-block':
      return `${layer.bottleneck ? `1×1, ${layer.bottleneck * layer.growth} · ` : ''}3×3, ${layer.growth} (k=${layer.growth})`;
    case 'transition':
      return `1×1, ${layer.out} · avg 2×2/2`;
    case 'fire':
      return `1×1, ${layer.squeeze} → 1×1, ${layer.expand} + 3×3, ${layer.expand}`;
    case 'dw-separable':
      return `${k(layer.kernel)}${s(layer.stride)} dw · 1×1, ${layer.out}`;
    case 'inverted-residual':
      return `t=${layer.expand} · ${k(layer.kernel)}${s(layer.stride)} dw · 1×1, ${layer.out}${layer.se ? ' · SE' : ''}`;
    case 'shuffle-unit':
      return `1×1 · 3×3${s(layer.stride)} dw · 1×1 → ${layer.out}`;
    default:
      return '';
  }
}
