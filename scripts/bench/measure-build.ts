/**
 * Runs one build command and measures it: wall time, and peak memory of the whole
 * process tree (Astro's Node process plus every child it starts, e.g. Pagefind's
 * binary), sampled from /proc every 50 ms. RSS is summed over the tree, so pages
 * shared between processes count once per process (an upper bound, as `ps` would add).
 * The command runs in its own process group and is killed whole on timeout.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface BuildMeasure {
  command: string;
  wallSeconds: number;
  /** Peak of the summed RSS of the process tree, in MB (10^6 bytes). */
  peakRssMB: number;
  /** Peak RSS of the single largest process, in MB (what /usr/bin/time -v reports). */
  peakSingleRssMB: number;
  /** Summed RSS of the tree once a second: [seconds since start, MB]. */
  rssTimeline: [number, number][];
  exitCode: number | null;
  /** The build's whole output (Astro's timestamped phase lines among it). */
  log: string;
}

const PAGE = 4096;

function processTable(): Map<number, { ppid: number; rss: number }> {
  const table = new Map<number, { ppid: number; rss: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name "(...)": state ppid ... ; rss is field 24 (1-based).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      table.set(Number(name), { ppid: Number(fields[1]), rss: Number(fields[21]) * PAGE });
    } catch {
      // The process ended between readdir and read.
    }
  }
  return table;
}

function treeRss(root: number): { sum: number; max: number } {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of table) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let sum = 0;
  let max = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const rss = table.get(pid)?.rss ?? 0;
    sum += rss;
    max = Math.max(max, rss);
    stack.push(...(children.get(pid) ?? []));
  }
  return { sum, max };
}

export interface BuildOptions {
  cwd: string;
  env?: Record<string, string>;
  timeoutMs: number;
  /** Echo the build's output while it runs. */
  verbose?: boolean;
}

export function measureBuild(command: string, args: string[], options: BuildOptions): Promise<BuildMeasure> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...options.env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString();
      if (options.verbose) process.stdout.write(text);
      log += text;
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let peakSingle = 0;
    const timeline: [number, number][] = [];
    const sample = () => {
      if (child.pid === undefined) return;
      const { sum, max } = treeRss(child.pid);
      peak = Math.max(peak, sum);
      peakSingle = Math.max(peakSingle, max);
      const second = Math.floor(Number(process.hrtime.bigint() - started) / 1e9);
      const last = timeline[timeline.length - 1];
      if (last && last[0] === second) last[1] = Math.max(last[1], Math.round(sum / 1e6));
      else timeline.push([second, Math.round(sum / 1e6)]);
    };
    const sampler = setInterval(sample, 50);
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new Error(`${command} ${args.join(' ')} timed out after ${options.timeoutMs / 1000} s in ${options.cwd}\n${log.slice(-3000)}`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearInterval(sampler);
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(sampler);
      clearTimeout(timer);
      const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
      const result: BuildMeasure = {
        command: [command, ...args].join(' '),
        wallSeconds: Math.round(wallSeconds * 10) / 10,
        peakRssMB: Math.round(peak / 1e6),
        peakSingleRssMB: Math.round(peakSingle / 1e6),
        rssTimeline: timeline,
        exitCode: code,
        log,
      };
      if (code !== 0) reject(Object.assign(new Error(`${result.command} exited with ${code} in ${options.cwd}\n${log.slice(-4000)}`), { result }));
      else resolve(result);
    });
  });
}
