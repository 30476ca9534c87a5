/**
 * Where a build's wall time went, from the timestamps Astro prints (HH:MM:SS, so each
 * phase is good to about a second): start-up, content sync, build-start hooks (the
 * content check), bundling (Vite; Starlight's MDX is compiled here, ours when its page
 * renders), rendering the pages, the
 * build-done hooks (sitemap and the KaTeX CSS purge; Pagefind in Starlight's build), and,
 * in ours, what scripts/build.ts runs after Astro exits (Pagefind).
 */
export interface Phase {
  phase: string;
  seconds: number;
}

const MARKERS: [string, RegExp][] = [
  ['content sync + types', /\[content\] Syncing content/],
  ['build-start hooks (content check)', /\[types\] Generated|\[content\] Synced content/],
  ['bundle (Vite; Starlight: + MDX compile)', /Building static entrypoints/],
  ['render pages (ours: + MDX compile)', /generating static routes|\[vite\] ✓ built in/],
  ['build-done hooks (sitemap, KaTeX CSS purge; Pagefind in Starlight)', /^\S+ ✓ Completed in/],
  ['after Astro (scripts/build.ts: Pagefind)', /\[build\] Complete!/],
  ['end', /\[alphatree:build\] search index/],
];

function seconds(stamp: string): number {
  const [h, m, s] = stamp.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
}

/** Phases from a build log; `wall` is the measured wall time (the first phase runs from the process start). */
export function buildPhases(log: string, wall: number): Phase[] {
  const lines = log.split('\n');
  const stamps: number[] = [];
  let from = 0;
  for (const [, re] of MARKERS) {
    const index = lines.findIndex((line, i) => i >= from && /^\d\d:\d\d:\d\d /.test(line) && re.test(line));
    if (index < 0) {
      stamps.push(NaN);
      continue;
    }
    from = index + 1;
    stamps.push(seconds(lines[index]!.slice(0, 8)));
  }
  const known = stamps.filter((s) => !Number.isNaN(s));
  if (known.length < 2) return [{ phase: 'total', seconds: wall }];
  const end = known[known.length - 1]!;
  const start = end - wall; // the process started this long before the last stamp (to within a second)
  const phases: Phase[] = [];
  let previous = start;
  let label = 'start-up (config, integrations)';
  MARKERS.forEach(([next], i) => {
    const stamp = stamps[i]!;
    if (Number.isNaN(stamp)) return;
    phases.push({ phase: label, seconds: Math.max(0, Math.round(stamp - previous)) });
    previous = stamp;
    label = next;
  });
  return phases.filter((p) => p.seconds > 0 || p.phase.startsWith('render'));
}
