/**
 * kashif in a real browser (issue 13.2, 13.3). The built library (dist/index.js) is bundled
 * for browsers with esbuild (`platform: 'browser'`: a `node:` import or a file-system read would
 * not resolve), served from 127.0.0.1 and run in headless Chromium (Debian's `chromium`,
 * driven by playwright-core) on the reference article and several fixtures, on the page's main
 * thread and in a web worker: the JSON must be identical to Node's. Then the entity view
 * (toHtml) of the reference article is loaded: every mention is one highlighted, focusable
 * element whose text is input.slice(start, end), focus shows its details, and a screenshot is
 * written to build/test-artifacts/ (a copy is committed as docs/entity-view.png). The bundle's
 * size and the time to the first extract in a fresh page are printed (not judged).
 *
 * Skipped, with a message, only where no Chromium is installed (`.ci/run` installs it).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

// The browser globals the page callbacks use (this file is compiled without the DOM library,
// which would hide a DOM dependency in src/).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const getComputedStyle: (e: any, pseudo?: string) => any;
declare const Worker: new (url: string) => any;
declare const performance: { now(): number };
type HTMLElement = any;

const root = join(__dirname, '..');
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const DIST = join(root, 'dist', 'index.js');
const DIST_CJS = join(root, 'dist', 'index.cjs');
const ARTIFACTS = join(root, 'build', 'test-artifacts');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const REFERENCE = 'dw-kazakhstan-2022-01.txt';
const TEXTS = readdirSync(join(root, 'fixtures'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 4);
if (!TEXTS.includes(REFERENCE)) TEXTS.unshift(REFERENCE);
const MIXED = 'قال الرئيس الفرنسي Emmanuel Macron في باريس يوم الأحد 9 يناير 2022 إن 12.5% من الناخبين‏ (نحو 3 ملايين) صوّتوا لحزب "النهضة" <script>&amp;';

type Api = { extract: (t: string) => unknown; toHtml: (r: unknown, t: string, o?: unknown) => string };

const describeChromium = CHROMIUM ? describe : describe.skip;
if (!CHROMIUM) {
  // eslint-disable-next-line no-console
  console.warn('browser.test: SKIPPED, no Chromium at /usr/bin/chromium (apt-get install -y chromium; .ci/run does)');
}

describeChromium('kashif in headless Chromium', () => {
  let server: Server;
  let base: string;
  let browser: BrowserContext;
  let profile: string;
  let page: Page;
  let node: Api;
  let bundle: string;

  beforeAll(async () => {
    if (!existsSync(DIST)) throw new Error('dist/index.js is missing: run `npm run build` first (npm test builds before jest)');
    node = require(DIST_CJS) as Api; // Node's own output (the CommonJS build of the same code)
    // The library as any browser bundler sees it: no configuration, no shims.
    const out = await build({
      stdin: { contents: `export * from ${JSON.stringify(DIST)};`, resolveDir: root, loader: 'js' },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'kashif',
      write: false,
      logLevel: 'silent',
      charset: 'utf8',
    });
    bundle = out.outputFiles[0].text;
    const files: Record<string, [string, string]> = {
      '/kashif.js': ['text/javascript', bundle],
      // A cold page: the bundle under a fresh URL each time (no cache, no V8 code cache).
      '/cold.html': ['text/html', '<!doctype html><html><head><meta charset="utf-8"></head><body><script>const s = document.createElement("script"); s.src = "/kashif.js?cold=" + Math.random(); s.onload = () => { window.loaded = performance.now(); }; document.head.append(s);</script></body></html>'],
      '/worker.js': ['text/javascript', "importScripts('/kashif.js');\nonmessage = (e) => postMessage(JSON.stringify(kashif.extract(e.data)));\n"],
      '/': ['text/html', '<!doctype html><html><head><meta charset="utf-8"><script src="/kashif.js"></script></head><body></body></html>'],
    };
    server = createServer((req, res) => {
      const f = files[(req.url ?? '').replace(/\?.*/, '')];
      if (!f) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': `${f[0]}; charset=utf-8`, 'cache-control': 'no-store' }).end(f[1]);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'kashif-chromium-')); // a fresh --user-data-dir
    browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1200, height: 900 } });
    page = await browser.newPage();
    await page.goto(base + '/');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test('the browser bundle imports no Node built-in and carries the model', () => {
    expect(bundle).not.toMatch(/require\(["'](node:)?(fs|path|url|module|os|worker_threads)["']\)/);
    expect(bundle).toContain('ner-rows.i16');
  });

  // The figures the README gives (printed, not judged: wall-clock time on a shared machine).
  test('cold start in a fresh page: bundle size, time to load it and to the first extract (reported)', async () => {
    const text = readFileSync(join(root, 'fixtures', REFERENCE), 'utf8');
    const expected = JSON.stringify(node.extract(text));
    const runs: Array<{ loaded: number; first: number; second: number }> = [];
    for (let i = 0; i < 3; i++) {
      const cold = await browser.newPage();
      await cold.goto(base + '/cold.html');
      await cold.waitForFunction(() => typeof (globalThis as unknown as { loaded?: number }).loaded === 'number', undefined, { timeout: 60_000 });
      const r = await cold.evaluate((t) => {
        const g = globalThis as unknown as { kashif: Api; loaded: number };
        const t0 = performance.now();
        const json = JSON.stringify(g.kashif.extract(t));
        const t1 = performance.now();
        g.kashif.extract(t);
        return { json, loaded: g.loaded, first: t1 - t0, second: performance.now() - t1 };
      }, text);
      expect(r.json).toBe(expected);
      runs.push({ loaded: r.loaded, first: r.first, second: r.second });
      await cold.close();
    }
    const median = (k: 'loaded' | 'first' | 'second') => runs.map((r) => r[k]).sort((a, b) => a - b)[1].toFixed(0);
    const raw = Buffer.byteLength(bundle);
    // eslint-disable-next-line no-console
    console.log(
      `browser.test: bundle (esbuild, platform browser, not minified) ${(raw / 1e6).toFixed(2)} MB raw, ${(gzipSync(bundle).length / 1e6).toFixed(2)} MB gzip; ` +
        `cold page, median of 3: bundle loaded and evaluated ${median('loaded')} ms after navigation, first extract of the reference article ${median('first')} ms, second ${median('second')} ms`,
    );
  }, 180_000);

  const cases: Array<[string, () => string]> = [
    ...TEXTS.map((f): [string, () => string] => [f, () => readFileSync(join(root, 'fixtures', f), 'utf8')]),
    ['mixed Arabic and Latin, bidi mark, markup characters', () => MIXED],
  ];

  test.each(cases)('%s: page and web worker give the JSON Node gives', async (_name, read) => {
    const text = read();
    const expected = JSON.stringify(node.extract(text));
    const inPage = await page.evaluate((t) => JSON.stringify((globalThis as unknown as { kashif: Api }).kashif.extract(t)), text);
    const inWorker = await page.evaluate(
      (t) =>
        new Promise<string>((ok, fail) => {
          const w = new Worker('/worker.js');
          w.onmessage = (e: any) => {
            ok(e.data as string);
            w.terminate();
          };
          w.onerror = (e: any) => fail(new Error(e.message));
          w.postMessage(t);
        }),
      text,
    );
    expect(inPage).toBe(expected);
    expect(inWorker).toBe(expected);
  }, 120_000);

  describe('entity view of the reference article', () => {
    const text = readFileSync(join(root, 'fixtures', REFERENCE), 'utf8');
    let result: { entities: Array<{ id: string; start: number; end: number; type: string; source: string }> };
    let view: Page;

    beforeAll(async () => {
      result = node.extract(text) as typeof result;
      view = await browser.newPage();
      await view.setContent(node.toHtml(result, text, { scheme: 'light' }));
    }, 60_000);

    test('the page is right-to-left and has a legend, the records, the document date and the warnings', async () => {
      expect(await view.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await view.locator('.legend li').count()).toBe(5);
      for (const h of ['تاريخ الوثيقة', 'الأشخاص', 'المنظمات', 'الأماكن', 'التنبيهات']) expect(await view.locator('aside h2', { hasText: h }).count()).toBe(1);
    });

    test('every mention is one highlighted element whose text is input.slice(start, end)', async () => {
      const marks = await view.evaluate(() =>
        Array.from(document.querySelectorAll('mark.ent') as ArrayLike<any>).map((m) => ({
          id: m.id,
          text: m.textContent,
          start: Number((m as HTMLElement).dataset.start),
          end: Number((m as HTMLElement).dataset.end),
          bg: getComputedStyle(m).backgroundColor,
          tab: (m as HTMLElement).tabIndex,
        })),
      );
      expect(marks.map((m) => m.id)).toEqual(result.entities.map((m) => `k-${m.id}`));
      for (const m of marks) {
        expect(m.text).toBe(text.slice(m.start, m.end));
        expect(m.bg).not.toBe('rgba(0, 0, 0, 0)');
        expect(m.tab).toBe(0);
      }
      // Outside the marks, the page text is the input itself.
      const plain = await view.evaluate(() => document.getElementById('kashif-text')!.textContent);
      expect(plain).toBe(text);
    });

    test('keyboard focus shows the details of a mention', async () => {
      const first = view.locator('mark.ent').first();
      await view.keyboard.press('Tab'); // skip link
      await view.keyboard.press('Tab');
      expect(await first.evaluate((m) => document.activeElement === m)).toBe(true);
      const tip = await first.evaluate((m) => ({ display: getComputedStyle(m, '::after').display, content: getComputedStyle(m, '::after').content }));
      expect(tip.display).toBe('block');
      expect(tip.content).toContain(result.entities[0].source); // the first mention's rule id
    });

    test('screenshots (light and dark) are written as test artefacts', async () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      await view.locator('mark.t-person').first().focus();
      const light = await view.screenshot({ path: join(ARTIFACTS, 'entity-view.png') });
      expect(light.length).toBeGreaterThan(10_000);
      await view.setContent(node.toHtml(result, text, { scheme: 'dark' }));
      const bg = await view.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe('rgb(21, 23, 26)');
      await view.screenshot({ path: join(ARTIFACTS, 'entity-view-dark.png') });
    });
  });

  test('mixed text: markup characters are escaped, Latin and bidi marks kept', async () => {
    const r = node.extract(MIXED) as { entities: Array<{ start: number; end: number }> };
    const view = await browser.newPage();
    await view.setContent(node.toHtml(r, MIXED));
    expect(await view.evaluate(() => document.querySelectorAll('script').length)).toBe(0);
    expect(await view.evaluate(() => document.getElementById('kashif-text')!.textContent)).toBe(MIXED);
    const texts = await view.evaluate(() => Array.from(document.querySelectorAll('mark.ent') as ArrayLike<any>).map((m) => m.textContent as string));
    expect(texts).toEqual(r.entities.map((m) => MIXED.slice(m.start, m.end)));
    await view.close();
  });
});

// Keep a copy next to the docs when asked (UPDATE_DOCS=1 npx jest __tests__/browser.test.ts).
afterAll(() => {
  const shot = join(ARTIFACTS, 'entity-view.png');
  if (process.env.UPDATE_DOCS === '1' && existsSync(shot)) writeFileSync(join(root, 'docs', 'entity-view.png'), readFileSync(shot));
});
