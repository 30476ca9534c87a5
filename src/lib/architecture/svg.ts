/**
 * The architecture diagram as a static SVG string: one box per layer or block, top to
 * bottom, and under each a bar whose length is the output's height×width side relative
 * to the input's (the shrinking bars show the downsampling; the text beside gives C×H×W).
 *
 * Why a single column: it is 360 units wide, so on a 360 px phone it is drawn at full
 * size with 10–12 px text, needs no horizontal scrolling (nor a focusable scroll region),
 * and its reading order is the network's order. Long networks stay short because
 * repeated blocks are one box with "×n".
 */
import type { Locale } from '../i18n';
import { analyzeArchitecture } from './analyze';
import { layerLabel, layerSettings } from './labels';
import { formatCount, formatSi } from './numbers';
import { formatShape } from './shapes';
import { familyColor, isBlock } from './svg-style';
import { COLORS, fill, stroke, type ColorToken } from '../svg-theme';
import { escapeXml as x } from '../escape';
import type { Architecture, LayerResult, Shape } from './types';

export interface SvgOptions {
  locale: Locale;
  /** The diagram's accessible name, e.g. "ResNet-50 architecture". */
  title: string;
  /** Unique on the page; derived from the title when omitted. */
  id?: string;
}

const WIDTH = 360;
const PAD = 8;
const BAR_X = 24;
const BAR_MAX = 230;
const BAR_H = 5;

function idFrom(title: string): string {
  let h = 0;
  for (const ch of title) h = (h * 31 + ch.codePointAt(0)!) >>> 0;
  return `arch-${h.toString(36)}`;
}

/** The bar and the shape text under a box; `top` is where the bar starts. */
function bar(shape: Shape, inputSide: number, top: number, color: ColorToken): string {
  const length = Math.max(2, Math.round((BAR_MAX * Math.max(shape[1], shape[2])) / inputSide));
  return (
    `<rect x="${BAR_X}" y="${top}" width="${length}" height="${BAR_H}" rx="1" class="${fill(color)}"/>` +
    `<text x="${WIDTH - PAD}" y="${top + BAR_H + 1}" text-anchor="end" font-size="10.5" class="${fill(COLORS.muted)}">${formatShape(shape)}</text>`
  );
}

/**
 * One layer's group, with the arrow that leads into it; returns the markup and the height it
 * takes. The group is moved into place by its transform and draws at y = 0, so layers of a
 * kind differ only in their words and bar, and gzip stores the repeats as references: with
 * each group at its own coordinates GoogLeNet's page was 0.79 KB larger gzipped, a
 * 30-layer YOLO diagram 3.3 KB where a model page has 15 KB in all.
 */
function layerGroup(r: LayerResult, inputSide: number, y: number, locale: Locale): [string, number] {
  const block = isBlock(r.layer);
  const boxH = block ? 36 : 22;
  const color = familyColor(r.layer);
  const label = layerLabel({ ...r.layer, repeat: 1 }, locale, ' · ');
  const settings = layerSettings(r.layer);
  const line1 = block || !settings ? label : `${label} ${settings}`;
  const w = WIDTH - 2 * PAD;
  const parts = [
    // No per-layer <title> tooltip: the layers table under the diagram holds the same facts
    // for every reader, not only a mouse user (and it cost GoogLeNet's page 0.37 KB gzipped).
    `<g class="layer" data-index="${r.index}" data-type="${r.layer.type}" transform="translate(0 ${y})">`,
    arrow(),
    r.layer.repeat > 1 ? `<rect x="${PAD + 3}" y="3" width="${w}" height="${boxH}" rx="4" class="${fill(COLORS.surface)} ${stroke(color)}"/>` : '',
    `<rect x="${PAD}" y="0" width="${w}" height="${boxH}" rx="4" class="${fill(COLORS.surface)} ${stroke(color)}"/>`,
    `<rect x="${PAD}" y="0" width="5" height="${boxH}" rx="2" class="${fill(color)}"/>`,
    `<text x="${PAD + 12}" y="15" font-size="12" class="${fill(COLORS.text)}">${x(line1)}</text>`,
    r.layer.repeat > 1
      ? `<text x="${WIDTH - PAD - 8}" y="15" text-anchor="end" font-size="12" font-weight="700" class="${fill(COLORS.accent)}">×${r.layer.repeat}</text>`
      : '',
    r.params > 0
      ? `<text x="${WIDTH - PAD - (r.layer.repeat > 1 ? 32 : 8)}" y="15" text-anchor="end" font-size="10.5" class="${fill(COLORS.muted)}">${formatSi(r.params, '')}</text>`
      : '',
    block ? `<text x="${PAD + 12}" y="29" font-size="11" class="${fill(COLORS.muted)}">${x(settings)}</text>` : '',
    bar(r.output, inputSide, boxH + 6, color),
    '</g>',
  ];
  return [parts.join(''), boxH + 6 + BAR_H + 14];
}

/** The downward arrow into a layer's box, from the row above (drawn in the layer's group, whose top is y = 0). */
function arrow(): string {
  return `<path d="M16 -12 V-3" class="${stroke(COLORS.muted)}" fill="none"/><path d="M13 -4 L16 0 L19 -4 Z" class="${fill(COLORS.muted)}"/>`;
}

export function renderArchitectureSvg(spec: Architecture, options: SvgOptions): string {
  const { locale, title } = options;
  const id = options.id ?? idFrom(title);
  const results = analyzeArchitecture(spec);
  const inputSide = Math.max(spec.input[1], spec.input[2]);
  const inputLabel = locale === 'zh' ? '输入' : 'input';
  const body: string[] = [
    `<g class="input"><text x="${PAD + 12}" y="${PAD + 12}" font-size="12" class="${fill(COLORS.text)}">${inputLabel}</text>`,
    bar(spec.input, inputSide, PAD + 18, COLORS.accent),
    '</g>',
  ];
  let y = PAD + 40;
  for (const r of results) {
    const [markup, height] = layerGroup(r, inputSide, y, locale);
    body.push(markup);
    y += height;
  }
  const legend =
    locale === 'zh' ? '横条：输出特征图边长（相对输入）· 右侧数字：参数量' : 'bar: output side (relative to input) · number: parameters';
  body.push(`<text x="${PAD}" y="${y + 4}" font-size="10.5" class="${fill(COLORS.muted)}">${legend}</text>`);
  const height = y + 12;
  const desc = describe(spec, results, title, locale);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}"`,
    ` role="img" aria-labelledby="${id}-title ${id}-desc" id="${id}" class="architecture-svg">`,
    `<title id="${id}-title">${x(title)}</title><desc id="${id}-desc">${x(desc)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}

function describe(spec: Architecture, results: LayerResult[], title: string, locale: Locale): string {
  const params = formatCount(results.reduce((s, r) => s + r.params, 0), locale);
  const multAdds = formatSi(results.reduce((s, r) => s + r.multAdds, 0));
  const from = formatShape(spec.input);
  const to = formatShape(results[results.length - 1]!.output);
  return locale === 'zh'
    ? `${title}：从输入 ${from} 到输出 ${to}，共 ${results.length} 个层或模块；参数 ${params} 个，乘加 ${multAdds} 次。每个方框是一层或一个模块（×n 表示重复 n 次），右侧数字是它的参数量，下方横条的长度表示输出特征图的边长相对输入的大小。`
    : `${title}: ${results.length} layers and blocks from input ${from} to output ${to}; ${params} parameters, ${multAdds} mult-adds. Each box is a layer or a block (×n: repeated n times) with its parameter count at the right; the bar under it shows the side of its output feature map relative to the input.`;
}
