/** The ILSVRC chart: top-5 error by year, one dot per result row, winners labelled with the team. */
import * as Plot from '@observablehq/plot';
import type { Competition } from '../../schemas/competition';
import type { Locale } from '../i18n';
import { CHART_COLORS } from './colors';
import { chartLabels } from './labels';
import { renderPlot } from './render';
import { withUnit } from '../format';

/** The fields of a competition row the chart reads. */
export type IlsvrcRow = Pick<Competition['results'][number], 'year' | 'team' | 'value' | 'winner'>;

export function ilsvrcErrorChart(results: readonly IlsvrcRow[], locale: Locale, id = 'chart-ilsvrc-top5'): string {
  const t = chartLabels(locale);
  const rows = [...results].sort((a, b) => a.year - b.year);
  const winners = rows.filter((r) => r.winner);
  const others = rows.filter((r) => !r.winner);
  const years = [...new Set(rows.map((r) => r.year))];
  const maxValue = Math.max(1, ...rows.map((r) => r.value));
  const tip = (r: IlsvrcRow) => `${r.year} ${r.team}: ${withUnit(r.value, '%')}`;

  return renderPlot({
    id,
    title: t.ilsvrcTitle,
    desc: ilsvrcDescription(winners, locale),
    plot: {
      width: 640,
      height: 360,
      marginLeft: 48,
      marginRight: 48,
      marginTop: 28,
      x: {
        label: t.year,
        domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5],
        ticks: years,
        tickFormat: (d: number) => String(d),
      },
      // Extra headroom above the highest dot for its label.
      y: { label: t.top5Error, domain: [0, maxValue * 1.15], grid: true },
      marks: [
        Plot.ruleY([0], { stroke: CHART_COLORS.border }),
        Plot.line(winners, { x: 'year', y: 'value', stroke: CHART_COLORS.muted, strokeWidth: 1.5 }),
        // Winners filled, other entries of the same team hollow: one circle per row.
        Plot.dot(winners, { x: 'year', y: 'value', r: 4.5, fill: CHART_COLORS.accent, stroke: CHART_COLORS.accent, title: tip }),
        Plot.dot(others, { x: 'year', y: 'value', r: 4.5, fill: 'none', stroke: CHART_COLORS.accent, title: tip }),
        // Labels up and to the right: the curve falls to the right, so that corner is free;
        // the last winner has no neighbour on its right and takes the spot beside its dot.
        Plot.text(winners.slice(0, -1), { x: 'year', y: 'value', text: 'team', dx: 8, dy: -10, textAnchor: 'start', fill: CHART_COLORS.text, fontSize: 10 }),
        Plot.text(winners.slice(-1), { x: 'year', y: 'value', text: 'team', dx: 9, textAnchor: 'start', fill: CHART_COLORS.text, fontSize: 10 }),
      ],
    },
  });
}

/** One sentence from the first to the last winner, computed so it never disagrees with the data. */
function ilsvrcDescription(winners: readonly IlsvrcRow[], locale: Locale): string {
  const first = winners[0];
  const last = winners[winners.length - 1];
  if (!first || !last) return '';
  return locale === 'zh'
    ? `冠军的 Top-5 错误率从 ${first.year} 年 ${first.team} 的 ${first.value} % 降到 ${last.year} 年 ${last.team} 的 ${last.value} %。空心点是同一队伍的另一次提交。`
    : `The winning top-5 error fell from ${first.value} % (${first.team}, ${first.year}) to ${last.value} % (${last.team}, ${last.year}). Hollow dots are other entries of the same team.`;
}
