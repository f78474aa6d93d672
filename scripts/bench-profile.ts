/**
 * V8's own profilers through the inspector, in process: the CPU sampling profiler (what
 * `node --cpu-prof` records) and the sampling heap profiler with collected objects included,
 * which estimates every byte allocated during a run (not only what survives), by function.
 */
import { Session } from 'node:inspector';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

interface SamplingHeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingHeapNode[];
}

export interface FunctionShare {
  fn: string;
  /** ms of self time (CPU) or bytes allocated (heap). */
  amount: number;
  share: number;
}

function connect(): { post: (method: string, params?: object) => Promise<unknown>; close: () => void } {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((ok, fail) => session.post(method, params ?? {}, (err, res) => (err ? fail(err) : ok(res))));
  return { post, close: () => session.disconnect() };
}

const frameKey = (f: { functionName: string; url: string; lineNumber: number }) => {
  const file = f.url ? f.url.split('/').slice(-2).join('/') : '';
  return `${f.functionName || '(anonymous)'}${file ? ` ${file}:${f.lineNumber + 1}` : ''}`;
};

/** Start the CPU sampling profiler (200 µs interval); the returned function stops it. */
export async function startCpuProfile(): Promise<() => Promise<CpuProfile>> {
  const s = connect();
  await s.post('Profiler.enable');
  await s.post('Profiler.setSamplingInterval', { interval: 200 });
  await s.post('Profiler.start');
  return async () => {
    const res = (await s.post('Profiler.stop')) as { profile: CpuProfile };
    s.close();
    return res.profile;
  };
}

/** The bench's own code (its floor passes): left out of profiles of kashif. */
const isBench = (url: string) => /\/scripts\/bench[^/]*\.(js|ts)$/.test(url);

/** Self time per function (name, file, line), largest first; the bench's own frames left out. */
export function selfTimes(p: CpuProfile): FunctionShare[] {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const n = byId.get(p.samples[i]);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    if (!n || isBench(n.callFrame.url)) continue;
    const key = frameKey(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  }
  return [...self].map(([fn, amount]) => ({ fn, amount, share: amount / (total || 1) })).sort((a, b) => b.amount - a.amount);
}

export interface AllocProfile {
  /** Estimated bytes allocated during the run, garbage included. */
  bytes: number;
  /** By allocating function, largest first. */
  top: FunctionShare[];
}

/**
 * Start the sampling heap profiler (one sample per 8 KB allocated on average) keeping the
 * samples of objects the GC has since collected, so the total is what was allocated.
 */
export async function startAllocProfile(): Promise<() => Promise<AllocProfile>> {
  const s = connect();
  await s.post('HeapProfiler.enable');
  await s.post('HeapProfiler.startSampling', { samplingInterval: 8192, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  return async () => {
    const res = (await s.post('HeapProfiler.stopSampling')) as { profile: { head: SamplingHeapNode } };
    await s.post('HeapProfiler.disable');
    s.close();
    const by = new Map<string, number>();
    let bytes = 0;
    const stack: SamplingHeapNode[] = [res.profile.head];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.selfSize && !isBench(n.callFrame.url)) {
        const key = frameKey(n.callFrame);
        by.set(key, (by.get(key) ?? 0) + n.selfSize);
        bytes += n.selfSize;
      }
      for (const c of n.children) stack.push(c);
    }
    const top = [...by].map(([fn, amount]) => ({ fn, amount, share: amount / (bytes || 1) })).sort((a, b) => b.amount - a.amount);
    return { bytes, top };
  };
}
