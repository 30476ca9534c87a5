/** The bench's summary as plain-text tables, from the report (see scripts/bench.ts). */
import type { BenchReport } from './report.ts';
import { kb } from './page-weight.ts';

function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  const builds = Object.entries(report.builds);
  if (builds.length) {
    out.push('Builds (clean, incl. search index; peak RSS summed over the process tree)');
    out.push(
      table(
        ['site', 'pages', 'wall s', 'peak MB', 'largest proc MB'],
        builds.map(([name, b]) => [name, b.pages, b.wallSeconds.toFixed(1), b.peakRssMB, b.peakSingleRssMB]),
      ),
    );
    for (const [name, b] of builds) {
      if (b.phases.length > 1) out.push(`  ${name}: ${b.phases.map((p) => `${p.phase} ${p.seconds}s`).join(' · ')}`);
    }
    if (report.ratios) {
      const r = report.ratios;
      out.push(
        `  ${r.site} / starlight: wall ${r.wall.toFixed(2)} (goal <= 0.5), peak memory ${r.memory.toFixed(2)} (goal <= 0.5)` +
          ` -> ${r.wall <= 0.5 && r.memory <= 0.5 ? 'goal met' : 'goal NOT met'}`,
      );
    }
    out.push('');
  }
  for (const [site, pages] of Object.entries(report.pages)) {
    out.push(`First visit, cold cache (${site}): KB raw / gzip`);
    out.push(
      table(
        ['page', 'path', 'req', 'HTML', 'CSS', 'JS', 'fonts', 'total gzip'],
        pages.map((p) => {
          const k = p.weight.byKind;
          const pair = (b?: { raw: number; gzip: number }) => (b ? `${kb(b.raw)} / ${kb(b.gzip)}` : '0');
          return [p.type, p.path, p.weight.requests, pair(k.html), pair(k.css), pair(k.js), kb(k.font?.raw), kb(p.weight.total.gzip)];
        }),
      ),
    );
    out.push('');
  }
  for (const [site, searches] of Object.entries(report.search)) {
    out.push(`First search (${site}): open the dialog, type, wait for results`);
    out.push(
      table(
        ['locale', 'query', 'results', '/pagefind/ req', '/pagefind/ KB', 'all req', 'all KB (gzip)'],
        searches.map((s) => [s.locale, s.query, s.results, s.pagefind.requests, kb(s.pagefind.total.gzip), s.all.requests, kb(s.all.total.gzip)]),
      ),
    );
    out.push('');
  }
  if (report.lighthouse.length) {
    const speeds = report.lighthouse.map((l) => l.benchmarkIndex).filter((i) => i !== undefined);
    out.push(
      `Lighthouse (mobile preset): the median of ${report.lighthouse[0]!.performanceRuns.length} runs a page, every run's performance in brackets;` +
        ` the last row is a bare control page (Lighthouse's machine speed index: ${speeds.length ? `${Math.min(...speeds)}-${Math.max(...speeds)}` : 'n/a'}).` +
        ` Chinese text drawn in ${report.machine.chineseFont ?? 'n/a'}.` +
        ` "Paint after load" is per run: about 1,000 or 2,000 means headless Chromium held the first frame (see firstPaintAfterLoad in scripts/bench/lighthouse.ts)`,
    );
    out.push(
      table(
        ['path', 'perf', 'a11y', 'best pr.', 'SEO', 'paint after load, ms', 'below 100 because'],
        report.lighthouse.map((l) => [
          l.path,
          `${l.scores.performance ?? '-'} (${l.performanceRuns.map((p) => p ?? '-').join(' ')})`,
          l.scores.accessibility ?? '-',
          l.scores['best-practices'] ?? '-',
          l.scores.seo ?? '-',
          l.firstPaintAfterLoadMs.map((ms) => ms ?? '-').join(' '),
          Object.entries(l.failing)
            .filter(([category]) => (l.scores[category] ?? 0) < 100)
            .flatMap(([, audits]) => audits.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`))
            .join(', '),
        ]),
      ),
    );
    out.push('');
  }
  if (report.errors.length) out.push(`Errors:\n${report.errors.map((e) => `  - ${e}`).join('\n')}`);
  return out.join('\n');
}
