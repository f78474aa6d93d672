/**
 * V8's own profilers through the inspector, in process: the CPU sampling profiler (what
 * `node --cpu-prof` records) and the sampling heap profiler with collected objects included,
 * which estimates every byte allocated during a run (not only what survives), by function.
 */
import { Session } from 'node:inspector';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: Frame; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

interface SamplingHeapNode {
  callFrame: Frame;
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

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** Source maps of the bundle files, by path (null: none next to the file). */
const maps = new Map<string, SourceMap | null>();
function sourceMapOf(path: string): SourceMap | null {
  let m = maps.get(path);
  if (m === undefined) {
    const mapPath = `${path}.map`;
    m = existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8')) as SourceMapPayload) : null;
    maps.set(path, m);
  }
  return m;
}

/** `name file:line`, mapped back to the TypeScript source when the bundle has a source map. */
const frameKey = (f: Frame) => {
  const name = f.functionName || '(anonymous)';
  if (!f.url) return name;
  const path = f.url.startsWith('file://') ? fileURLToPath(f.url) : f.url;
  const sm = path.includes('/dist/') && path.endsWith('.js') ? sourceMapOf(path) : null;
  if (sm) {
    const e = sm.findEntry(f.lineNumber, f.columnNumber ?? 0) as { originalSource?: string; originalLine?: number };
    if (e.originalSource && e.originalLine !== undefined) {
      const src = e.originalSource.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, '');
      return `${name} ${src}:${e.originalLine + 1}`;
    }
  }
  return `${name} ${path.split('/').slice(-2).join('/')}:${f.lineNumber + 1}`;
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
    // Frames are mapped to sources after sampling has stopped (the source maps allocate).
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
