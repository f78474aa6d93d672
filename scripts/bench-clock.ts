/**
 * Two clocks. Wall time is what a caller waits; on this shared 2-core machine it also counts
 * the time other developers' processes hold the cores (at a load average of 20 a CPU-bound loop
 * takes 4–5× its on-CPU time). The main thread's own on-CPU time (Linux: the first field of
 * /proc/thread-self/schedstat, in ns, updated at scheduler ticks: time spans of tens of ms) is
 * what the code costs whatever the neighbours do, bar their effect on shared caches; on an idle
 * machine it equals the wall time of single-threaded work. Where /proc is not there
 * the CPU clock falls back to wall time and says so.
 */
import { existsSync, readFileSync } from 'node:fs';

const SCHEDSTAT = '/proc/thread-self/schedstat';

export const CPU_CLOCK: 'thread-cpu' | 'wall' = existsSync(SCHEDSTAT) ? 'thread-cpu' : 'wall';

/** On-CPU time of the calling thread, ms (wall time where /proc/thread-self is missing). */
export function cpuMs(): number {
  if (CPU_CLOCK === 'wall') return performance.now();
  return Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6;
}

/** The same clock as an expression, for the cold-start child (an ES module that has imported `readFileSync`). */
export const CPU_MS_SOURCE =
  CPU_CLOCK === 'wall' ? 'performance.now()' : `(Number(readFileSync(${JSON.stringify(SCHEDSTAT)}, 'utf8').split(' ')[0]) / 1e6)`;
