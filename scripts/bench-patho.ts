/**
 * Pathological inputs: 100k-character runs of one unit (letters, diacritics, digits, titles…),
 * each timed in a worker thread with a time limit, as MB/s relative to ordinary text. A pass
 * that turns quadratic on such a run is hundreds of times slower per MB than ordinary text.
 */
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

export interface PathoResult {
  name: string;
  chars: number;
  ms: number | null;
  mbPerSec: number | null;
  relative: number | null;
  note?: string;
}

export const PATHOLOGICAL: Array<[string, string]> = [
  ['letters', 'ب'],
  ['diacritics', '\u064E'],
  ['letter+shadda+fatha', 'ب\u0651\u064E'],
  ['tatweel', 'ـ'],
  ['digits', '7'],
  ['arabic-indic digits', '٣'],
  ['digit groups', '1,234.5 '],
  ['separators', '، '],
  ['dots and dashes', '.-/'],
  ['title words', 'الرئيس '],
  ['name triggers', 'الشيخ بن عبد '],
  ['date words', '9 يناير '],
  ['number words', 'ألف مليون '],
  ['bidi marks', '\u200F\u200E'],
];

/**
 * The cases run one after another in a worker thread with a time limit per case, so a
 * catastrophic case is reported (and the worker replaced) instead of hanging the bench. Each
 * case is warmed on its first tenth, then timed as the median of three runs: the figure is the
 * per-MB cost at scale (is it linear?), not the JIT's first compile of an unusual code path.
 */
export async function pathological(distIndex: string, ordinaryMbPerSec: number, timeoutMs: number): Promise<PathoResult[]> {
  const url = pathToFileURL(distIndex).href;
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.url).then((k) => {
      k.extract('أعلن الرئيس يوم 9 يناير 2022 عن 3 ملايين دولار');
      parentPort.postMessage({ ready: true });
      parentPort.on('message', (text) => {
        // Warm the code paths this input takes on a tenth of it (ordinary text is measured warm
        // too), then time the whole input three times and keep the median.
        k.extract(text.slice(0, text.length / 10));
        const ms = [];
        for (let r = 0; r < 3; r++) {
          const t0 = performance.now();
          k.extract(text);
          ms.push(performance.now() - t0);
        }
        ms.sort((a, b) => a - b);
        parentPort.postMessage({ ms: ms[1] });
      });
    }, (e) => parentPort.postMessage({ error: e.message }));`;
  const texts = PATHOLOGICAL.map(([, unit]) => unit.repeat(Math.ceil(100000 / unit.length)).slice(0, 100000));
  const out: PathoResult[] = [];
  let worker: Worker | null = null;
  let pendingMsg: ((m: { ready?: boolean; ms?: number; error?: string }) => void) | null = null;
  const start = () =>
    new Promise<string | null>((resolveStart) => {
      worker = new Worker(code, { eval: true, workerData: { url } });
      pendingMsg = (m) => resolveStart(m.error ?? null);
      worker.on('message', (m: { ready?: boolean; ms?: number; error?: string }) => pendingMsg?.(m));
      worker.on('error', (e) => pendingMsg?.({ error: e.message }));
    });
  const runCase = (text: string) =>
    new Promise<number | string>((resolveRun) => {
      const timer = setTimeout(() => {
        pendingMsg = null;
        void worker?.terminate();
        worker = null;
        resolveRun(`timeout (> ${timeoutMs / 1000} s)`);
      }, timeoutMs);
      pendingMsg = (m) => {
        clearTimeout(timer);
        resolveRun(m.ms ?? `error: ${m.error ?? 'unknown'}`);
      };
      worker!.postMessage(text);
    });
  for (let i = 0; i < PATHOLOGICAL.length; i++) {
    const name = PATHOLOGICAL[i][0];
    const text = texts[i];
    if (!worker) {
      const err = await start();
      if (err) {
        out.push({ name, chars: text.length, ms: null, mbPerSec: null, relative: null, note: `error: ${err}` });
        worker = null;
        continue;
      }
    }
    const res = await runCase(text);
    if (typeof res === 'number') {
      const mbps = bytes(text) / 1e6 / (res / 1000);
      out.push({ name, chars: text.length, ms: res, mbPerSec: mbps, relative: mbps / ordinaryMbPerSec });
    } else out.push({ name, chars: text.length, ms: null, mbPerSec: null, relative: null, note: res });
  }
  if (worker) await (worker as Worker).terminate();
  return out;
}
