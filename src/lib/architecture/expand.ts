/** Expands one layer or block of the spec, with its repetitions, into units of primitive operations. */
import { basicUnit, bottleneckUnit } from './blocks-residual';
import { denseUnit, fireUnit, inceptionUnit, transitionUnit } from './blocks-modules';
import { dwSeparableUnit, invertedResidualUnit, shuffleUnit } from './blocks-mobile';
import type { Path } from './path';
import { isPlain, plainUnit } from './plain';
import type { Layer, Shape, Unit } from './types';

function oneUnit(layer: Layer, input: Shape, first: boolean): Path {
  if (isPlain(layer)) return plainUnit(layer, input, first);
  switch (layer.type) {
    case 'basic':
      return basicUnit(layer, input, first);
    case 'bottleneck':
      return bottleneckUnit(layer, input, first);
    case 'inception':
      return inceptionUnit(layer, input);
    case 'dense-block':
      return denseUnit(layer, input);
    case 'transition':
      return transitionUnit(layer, input);
    case 'fire':
      return fireUnit(layer, input);
    case 'dw-separable':
      return dwSeparableUnit(layer, input, first);
    case 'inverted-residual':
      return invertedResidualUnit(layer, input, first);
    case 'shuffle-unit':
      return shuffleUnit(layer, input, first);
  }
}

/** All repetitions of `layer`, each starting where the previous one ended. */
export function expandLayer(layer: Layer, input: Shape): Unit[] {
  const units: Unit[] = [];
  let shape = input;
  for (let i = 0; i < layer.repeat; i++) {
    const unit = oneUnit(layer, shape, i === 0).unit();
    units.push(unit);
    shape = unit.output;
  }
  return units;
}
