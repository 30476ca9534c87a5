/** The shape of bench/report.json. */
import type { VisitResult } from './first-visit.ts';
import type { SearchResult } from './search-bytes.ts';
import type { LighthouseRun } from './lighthouse.ts';
import type { Phase } from './phases.ts';

export interface BuildReport {
  /** How the site was made, e.g. "real content" or "real content + 1000 generated articles". */
  what: string;
  command: string;
  wallSeconds: number;
  peakRssMB: number;
  peakSingleRssMB: number;
  phases: Phase[];
  /** Summed RSS of the build's process tree once a second: [seconds, MB]. */
  rssTimeline: [number, number][];
  pages: number;
  distMB: number;
}

export interface BenchReport {
  date: string;
  /** The command line the report came from. */
  command: string;
  machine: {
    cpus: number;
    memoryGB: number;
    node: string;
    chromium?: string;
    /** The font the Chinese pages were drawn in for Lighthouse; null when the machine has none (Lighthouse is then not run). */
    chineseFont?: string | null;
    loadBefore: number[];
    loadAfter?: number[];
  };
  articles: number;
  builds: Record<string, BuildReport>;
  /** The generated site against the Starlight peer, built in the same run. */
  ratios?: { site: string; wall: number; memory: number };
  pages: Record<string, VisitResult[]>;
  search: Record<string, SearchResult[]>;
  lighthouse: LighthouseRun[];
  errors: string[];
}
