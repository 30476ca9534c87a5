/** The accuracy chart: ImageNet top-1 accuracy against parameters (log x), one labelled dot per point. */
import * as Plot from '@observablehq/plot';
import type { Locale } from '../i18n';
import { formatCompact } from '../format';
import { CHART_COLORS, seriesColor } from './colors';
import { chartLabels } from './labels';
import { PLACEMENTS, placeLabels } from './label-layout';
import type { AccuracyPoint } from './points';
import { renderPlot } from './render';

// Fixed frame, so label positions can be worked out in pixels before Plot draws.
const WIDTH = 640;
const HEIGHT = 500;
const MARGIN = { top: 28, right: 24, bottom: 40, left: 48 };
const FONT_SIZE = 9;
const DOT_RADIUS = 4;

/** Branch id -> series colour, in order of first appearance; the page's legend uses the same map. */
export function branchColors(points: readonly AccuracyPoint[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const p of points) if (!colors.has(p.branch)) colors.set(p.branch, seriesColor(colors.size));
  return colors;
}

export function accuracyVsParamsChart(points: readonly AccuracyPoint[], locale: Locale, id = 'chart-accuracy-vs-params'): string {
  const t = chartLabels(locale);
  const colors = branchColors(points);
  const params = points.map((p) => p.params);
  const top1 = points.map((p) => p.top1);
  // A log scale needs a positive domain even before any point exists.
  const xDomain: [number, number] = params.length ? [Math.min(...params) / 1.6, Math.max(...params) * 2.5] : [1e6, 1e8];
  const yDomain: [number, number] = top1.length ? [Math.floor(Math.min(...top1) - 2), Math.ceil(Math.max(...top1) + 2)] : [50, 90];
  const tip = (p: AccuracyPoint) => `${p.label}: ${p.top1} %, ${formatCompact(p.params)}`;

  // Same mapping Plot uses for these domains and margins (log x, linear y, no nice).
  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const top = MARGIN.top;
  const bottom = HEIGHT - MARGIN.bottom;
  const px = (v: number) => left + ((Math.log(v) - Math.log(xDomain[0])) / (Math.log(xDomain[1]) - Math.log(xDomain[0]))) * (right - left);
  const py = (v: number) => top + ((yDomain[1] - v) / (yDomain[1] - yDomain[0])) * (bottom - top);
  const placement = placeLabels(
    points.map((p) => ({ x: px(p.params), y: py(p.top1), text: p.label })),
    { fontSize: FONT_SIZE, dotRadius: DOT_RADIUS, bounds: { left, right, top, bottom } },
  );

  return renderPlot({
    id,
    title: t.accuracyTitle,
    desc: accuracyDescription(points, locale),
    plot: {
      width: WIDTH,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      x: { type: 'log', label: t.paramsAxis, domain: xDomain, tickFormat: (d: number) => formatCompact(d) },
      y: { label: t.top1Accuracy, domain: yDomain, grid: true },
      marks: [
        Plot.frame({ stroke: CHART_COLORS.border }),
        // One dot mark per branch so every fill is a constant theme colour (no colour scale).
        ...[...colors].map(([branch, color]) =>
          Plot.dot(
            points.filter((p) => p.branch === branch),
            { x: 'params', y: 'top1', r: DOT_RADIUS, fill: color, stroke: CHART_COLORS.text, strokeWidth: 0.5, title: tip },
          ),
        ),
        // One text mark per label position (Plot's dx, dy and anchor are per mark, not per datum).
        ...PLACEMENTS.map((pos, index) =>
          Plot.text(
            points.filter((_, i) => placement[i] === index),
            { x: 'params', y: 'top1', text: 'label', dx: pos.dx, dy: pos.dy, textAnchor: pos.anchor, fontSize: FONT_SIZE, fill: CHART_COLORS.text },
          ),
        ),
      ],
    },
  });
}

function accuracyDescription(points: readonly AccuracyPoint[], locale: Locale): string {
  if (!points.length) return locale === 'zh' ? '暂无同时具备准确率与参数量的模型。' : 'No model has both numbers yet.';
  const best = points.reduce((a, b) => (b.top1 > a.top1 ? b : a));
  const smallest = points.reduce((a, b) => (b.params < a.params ? b : a));
  return locale === 'zh'
    ? `${points.length} 个模型或变体，ImageNet 验证集单裁剪 Top-1 准确率对参数量（横轴为对数坐标）。最准的是 ${best.label}（${best.top1} %，${formatCompact(best.params)} 参数），参数最少的是 ${smallest.label}（${formatCompact(smallest.params)}，${smallest.top1} %）。`
    : `${points.length} models and variants: single-crop ImageNet val top-1 accuracy against parameters (log x axis). The most accurate is ${best.label} (${best.top1} %, ${formatCompact(best.params)} parameters); the smallest is ${smallest.label} (${formatCompact(smallest.params)}, ${smallest.top1} %).`;
}
