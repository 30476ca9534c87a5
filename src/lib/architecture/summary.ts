/** The facts comparison tables show about an architecture, computed from its spec. */
import { analyzeArchitecture } from './analyze';
import type { Architecture } from './types';

export interface ArchitectureSummary {
  /** Layers with weights along the deepest path: how papers count depth (AlexNet 8, VGG-16 16, ResNet-50 50). */
  weightedLayers: number;
  /** Conv layers along that path (shortcut projections and side branches not counted). */
  convLayers: number;
  /** Fully connected (and RBF) layers along that path. */
  fcLayers: number;
  /** Distinct conv kernel sizes, largest first (the longer side of a non-square kernel). */
  kernelSizes: number[];
  /** Output sizes of the fully connected layers, in order. */
  fcSizes: number[];
  hasLRN: boolean;
  hasDropout: boolean;
  hasBatchNorm: boolean;
  hasInception: boolean;
}

export function summarizeArchitecture(spec: Architecture): ArchitectureSummary {
  const results = analyzeArchitecture(spec);
  const ops = results.flatMap((r) => r.units.flatMap((u) => u.ops));
  const depth = results.reduce(
    (d, r) => ({ conv: d.conv + r.depth.conv, fc: d.fc + r.depth.fc, other: d.other + r.depth.other }),
    { conv: 0, fc: 0, other: 0 },
  );
  const kernels = new Set(ops.flatMap((o) => (o.kernel ? [Math.max(...o.kernel)] : [])));
  const has = (kind: string) => ops.some((o) => o.kind === kind);
  return {
    weightedLayers: depth.conv + depth.fc + depth.other,
    convLayers: depth.conv,
    fcLayers: depth.fc,
    kernelSizes: [...kernels].sort((a, b) => b - a),
    fcSizes: ops.flatMap((o) => ((o.kind === 'fc' || o.kind === 'rbf') && o.out ? [o.out] : [])),
    hasLRN: has('lrn'),
    hasDropout: has('dropout'),
    hasBatchNorm: has('bn'),
    hasInception: spec.layers.some((l) => l.type === 'inception'),
  };
}
