/**
 * The package as a user gets it (issue 13.5): `npm pack` (the dist/ that `npm test` built;
 * `prepack` builds it on a real `npm pack`/`npm publish`), then the tarball is installed into a
 * fresh temporary project, offline (dependencies from the npm cache), and used the ways people
 * use it: an ESM import, a CommonJS require, `kashif/node` beside `kashif` from ESM and from
 * CommonJS (one library: the same classes and functions, extractMany on worker threads),
 * TypeScript with `node16` (ESM and CJS files) and `bundler` resolution under `strict` with the
 * library's .d.ts checked (no skipLibCheck), consuming both entries, the
 * `kashif` binary, a browser bundle built by esbuild with no configuration, and Deno and Bun
 * (installed from the npm registry as devDependencies: their binaries ship inside registry
 * packages) importing `kashif` with output identical to Node's; Deno with no permission at all
 * (`--no-prompt`, no `--allow-*`), and the edge runtimes: Vercel Edge (the `edge-runtime`
 * package) and Cloudflare Workers (`workerd serve`), each running a fetch handler bundled the way
 * its platform bundles (platform `neutral`, its export conditions). The tarball's contents are checked too: no source maps, no
 * development scripts, the licence files, the library code once per module format.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = join(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const TSC = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const ARTICLE = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');
const MIXED = 'قال الرئيس الفرنسي Emmanuel Macron في باريس يوم الأحد 9 يناير 2022 إن 12.5% من الناخبين\u200f صوّتوا لحزب "النهضة".';
const RUNTIMES: Array<[string, string, string[]]> = [
  ['deno', join(root, 'node_modules', '.bin', 'deno'), ['run', '--no-prompt']],
  // The platform binary itself: the \`bun\` wrapper needs its postinstall script, which npm does
  // not run here (allowScripts), while the binary ships inside the registry package.
  ['bun', join(root, 'node_modules', '@oven', 'bun-linux-x64', 'bin', 'bun'), ['run']],
];
const RUNTIME_TEXTS: Array<[string, () => string]> = [
  ['reference article', () => ARTICLE],
  ['mixed Arabic and Latin (compromise)', () => MIXED],
];
// Cloudflare's workerd: the binary of the platform package the \`workerd\` wrapper depends on
// (run directly, as Bun: the wrapper's postinstall is not run here).
const WORKERD_PLATFORM = `${({ linux: 'linux', darwin: 'darwin', win32: 'windows' } as Record<string, string>)[process.platform] ?? process.platform}-${process.arch === 'x64' ? '64' : process.arch}`;
const WORKERD = join(root, 'node_modules', '@cloudflare', `workerd-${WORKERD_PLATFORM}`, 'bin', process.platform === 'win32' ? 'workerd.exe' : 'workerd');
const RUNTIME_SCRIPT = `import { extract } from 'kashif';
const dec = new TextDecoder();
let text = '';
const input = typeof Deno !== 'undefined' ? Deno.stdin.readable : process.stdin;
for await (const c of input) text += dec.decode(c, { stream: true });
text += dec.decode();
console.log(JSON.stringify(extract(text)));
`;

let dir: string;
let project: string;
let files: string[];
let tarball: string;
let expected: string;

function run(cmd: string, args: string[], cwd = project, input?: string): string {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: 240_000, env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test builds before jest)');
  dir = mkdtempSync(join(tmpdir(), 'kashif-pack-'));
  const packed = JSON.parse(run(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], root)) as Array<{ filename: string; size: number; unpackedSize: number; files: Array<{ path: string }> }>;
  files = packed[0].files.map((f) => f.path);
  tarball = join(dir, packed[0].filename);
  // eslint-disable-next-line no-console
  console.log(`pack.test: ${packed[0].filename} ${(packed[0].size / 1e6).toFixed(2)} MB packed, ${(packed[0].unpackedSize / 1e6).toFixed(2)} MB unpacked, ${files.length} files`);
  project = join(dir, 'consumer');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  // kashif comes from the tarball; its dependencies from the npm cache (`npm ci` filled it with
  // their tarballs). A cache that lacks their metadata makes npm ask the registry, once.
  const install = ['install', tarball, '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'];
  try {
    run(NPM, [...install, '--offline']);
  } catch (e) {
    if (!/ENOTCACHED/.test(String(e))) throw e;
    // eslint-disable-next-line no-console
    console.log('pack.test: dependency metadata not in the npm cache; installing with --prefer-offline');
    run(NPM, [...install, '--prefer-offline']);
  }
  expected = JSON.stringify((require(join(root, 'dist', 'index.cjs')) as { extract: (t: string) => unknown }).extract(ARTICLE));
  writeFileSync(join(project, 'article.txt'), ARTICLE);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('tarball contents', () => {
  test('licence, notice, changelog, readme and the built library are in', () => {
    for (const f of ['LICENSE', 'NOTICE.md', 'CHANGELOG.md', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/model-data.cjs', 'dist/model-files.cjs', 'dist/compromise-lib.cjs', 'dist/kashif.schema.json']) {
      expect(files).toContain(f);
    }
  });
  test('no source maps, no development scripts, no sources, no loose model files', () => {
    const bad = files.filter((f) => f.endsWith('.map') || f.startsWith('dist/scripts/') || f.startsWith('src/') || f.startsWith('scripts/') || f.startsWith('build/') || f.startsWith('dist/model/') || f.startsWith('__tests__/'));
    expect(bad).toEqual([]);
  });
  test('the library code ships once per format: the CLI, its worker and the Node entries hold no copy of it', () => {
    // ESM: every entry imports the one library chunk; CommonJS: node.cjs requires index.cjs.
    for (const f of ['cli.js', 'cli-worker.js', 'node.js', 'node.cjs']) {
      const code = readFileSync(join(root, 'dist', f), 'utf8');
      expect([f, code.length < 100_000]).toEqual([f, true]);
      expect(code).not.toContain('ner-rows.i16');
      expect(code).not.toContain('function extract(');
    }
    const big = files.filter((f) => /\.(c?js)$/.test(f) && statSync(join(root, f)).size > 100_000);
    expect(big.sort()).toEqual(['dist/index.cjs', 'dist/model-data.cjs', expect.stringMatching(/^dist\/chunk-[\w-]+\.js$/)].sort());
  });
  test('every name dist/node.cjs reads from dist/index.cjs is exported there, and both entries share one module', () => {
    const code = readFileSync(join(root, 'dist', 'node.cjs'), 'utf8');
    const vars = [...code.matchAll(/var (\w+) = require\("\.\/index\.cjs"\);/g)].map((m) => m[1]);
    expect(vars.length).toBeGreaterThan(0);
    const used = new Set(vars.flatMap((v) => [...code.matchAll(new RegExp(`\\b${v}\\.(\\w+)`, 'g'))].map((m) => m[1])));
    expect(used.size).toBeGreaterThan(0);
    const lib = require(join(root, 'dist', 'index.cjs')) as Record<string, unknown>;
    expect([...used].filter((n) => !(n in lib))).toEqual([]);
    const node = require(join(root, 'dist', 'node.cjs')) as Record<string, unknown>;
    for (const n of Object.keys(lib)) if (n !== 'extractMany') expect([n, node[n] === lib[n]]).toEqual([n, true]);
    expect(node.extractMany).not.toBe(lib.extractMany); // the pool version
  });
  test('package.json: SPDX licence covering the data, repository, prepack that builds, runtime dependencies only', () => {
    const pj = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, any>;
    expect(pj.license).toBe('MIT AND CC-BY-SA-4.0 AND CC-BY-SA-3.0 AND Apache-2.0 AND CC0-1.0');
    expect(pj.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pj.homepage).toMatch(/^https:\/\//);
    expect(pj.bugs?.url).toMatch(/^https:\/\//);
    expect(pj.scripts.prepack).toMatch(/npm run build/);
    // franc is bundled into dist and imported by nothing at run time.
    expect(Object.keys(pj.dependencies).sort()).toEqual(['cli-progress', 'commander', 'compromise', 'compromise-dates', 'zod']);
  });
  test('README links are absolute (they must work on npmjs.com), and those into the repository name files it has', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)\s]+)\)|<(?:a|img)\b[^>]*\b(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
    expect(links.filter((u) => !/^(https?:|mailto:|#)/.test(u))).toEqual([]);
    // A link into the repository (package.json `homepage`'s, e.g. .../blob/main/PATH) must name
    // a file of this checkout, so it resolves once the repository is published there.
    const repo = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { homepage: string }).homepage.replace(/#.*$/, '');
    const inRepo = links.filter((u) => u.startsWith(repo + '/'));
    const missing = inRepo.map((u) => u.slice(repo.length).replace(/^\/(blob|raw|tree)\/main\//, '')).filter((f) => !existsSync(join(root, f)));
    expect(missing).toEqual([]);
  });
});

describe('installed from the tarball', () => {
  test('ESM import', () => {
    writeFileSync(join(project, 'esm.mjs'), "import { readFileSync } from 'node:fs';\nimport { extract } from 'kashif';\nconsole.log(JSON.stringify(extract(readFileSync('article.txt', 'utf8'))));\n");
    expect(run(process.execPath, ['esm.mjs']).trim()).toBe(expected);
  });

  test('CommonJS require', () => {
    writeFileSync(join(project, 'cjs.cjs'), "const { readFileSync } = require('node:fs');\nconst { extract } = require('kashif');\nconsole.log(JSON.stringify(extract(readFileSync('article.txt', 'utf8'))));\n");
    expect(run(process.execPath, ['cjs.cjs']).trim()).toBe(expected);
  });

  // kashif/node beside kashif: one library (the same KashifError class, the same functions),
  // extractMany with two threads (the worker thread is the ESM cli-worker.js, also for a CJS
  // caller) gives the lines the core's sequential extractManySync gives.
  const NODE_BODY = `const texts = [readFileSync('article.txt', 'utf8'), 42, { id: 'mixed', text: 'قال الرئيس الفرنسي Emmanuel Macron في باريس' }];
const lines = [];
for await (const l of node.extractMany(texts, { workers: 2, chunkSize: 1, startAfterBytes: 0 })) lines.push(l);
let err;
try { node.extractMany(texts, { workers: 0 }); } catch (e) { err = e; }
console.log(JSON.stringify({
  same: node.extract === kashif.extract && node.KashifError === kashif.KashifError && node.extractManySync === kashif.extractManySync,
  instance: err instanceof kashif.KashifError && kashif.isKashifError(err) && err.code,
  lines: JSON.stringify(lines) === JSON.stringify([...kashif.extractManySync(texts)]),
  errorLine: lines[1].line === 2 && lines[1].error.code,
}));
`;
  const NODE_EXPECTED = { same: true, instance: 'INVALID_OPTIONS', lines: true, errorLine: 'INVALID_INPUT' };

  test('kashif/node from ESM', () => {
    writeFileSync(join(project, 'node-esm.mjs'), `import { readFileSync } from 'node:fs';\nimport * as kashif from 'kashif';\nimport * as node from 'kashif/node';\n${NODE_BODY}`);
    expect(JSON.parse(run(process.execPath, ['node-esm.mjs']))).toEqual(NODE_EXPECTED);
  }, 120_000);

  test('kashif/node from CommonJS', () => {
    writeFileSync(join(project, 'node-cjs.cjs'), `const { readFileSync } = require('node:fs');\nconst kashif = require('kashif');\nconst node = require('kashif/node');\n(async () => {\n${NODE_BODY}})();\n`);
    expect(JSON.parse(run(process.execPath, ['node-cjs.cjs']))).toEqual(NODE_EXPECTED);
  }, 120_000);

  test('the kashif binary', () => {
    const out = run(join(project, 'node_modules', '.bin', 'kashif'), ['extract', '-', '--format', 'jsonl'], project, ARTICLE);
    expect(out.trim()).toBe(expected);
    const html = run(join(project, 'node_modules', '.bin', 'kashif'), ['render', '-'], project, ARTICLE);
    expect(html).toMatch(/^<!doctype html>/);
  });

  const TS_SOURCE = `import { extract, createExtractor, defaultModel, toHtml, isKashifError, type ExtractResult, type Mention } from 'kashif';
const text: string = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس';
const r: ExtractResult = createExtractor({ model: defaultModel() }).extract(text, { types: ['person', 'location'] });
const first: Mention | undefined = r.entities[0];
const page: string = toHtml(extract(text), text, { scheme: 'dark' });
// @ts-expect-error: an unknown option is a type error
extract(text, { nope: true });
export const out = [first?.type, page.length > 0, isKashifError(null)];
// kashif/node: the same types as kashif (one declaration of each), plus the pool options.
import { extractMany, KashifError as NodeKashifError, type NodeExtractManyOptions } from 'kashif/node';
import { KashifError, type BatchLine } from 'kashif';
const options: NodeExtractManyOptions = { workers: 2, chunkSize: 8, referenceDate: '2022-01-05' };
const lines: AsyncGenerator<BatchLine, void, undefined> = extractMany([text, { id: 1, text }], options);
const fromNode: KashifError = new NodeKashifError('INVALID_INPUT', 'x');
const fromCore: NodeKashifError = new KashifError('INVALID_INPUT', 'x');
// @ts-expect-error: not a pool option
extractMany([text], { workers: 'many' });
export const more = [lines, fromNode, fromCore];
`;

  test.each([
    ['node16, ESM file', 'node16', 'node16', 'esm.mts'],
    ['node16, CommonJS file', 'node16', 'node16', 'cjs.cts'],
    ['bundler', 'esnext', 'bundler', 'bundler.ts'],
  ])('TypeScript consumer (%s) type-checks against the .d.ts', (_name, module, resolution, file) => {
    const sub = join(project, `ts-${resolution}-${file.replace('.', '-')}`);
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, file), TS_SOURCE);
    writeFileSync(
      join(sub, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: [file] }),
    );
    run(process.execPath, [TSC, '-p', sub]);
  }, 120_000);

  test('a browser bundle needs no configuration (esbuild, platform browser)', async () => {
    const { build } = await import('esbuild');
    writeFileSync(join(project, 'app.js'), "import { extract } from 'kashif';\nglobalThis.run = (t) => extract(t);\n");
    const out = await build({ entryPoints: [join(project, 'app.js')], absWorkingDir: project, bundle: true, minify: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent', charset: 'utf8' });
    const code = out.outputFiles[0].contents;
    // eslint-disable-next-line no-console
    console.log(`pack.test: browser bundle (minified) ${(code.length / 1e6).toFixed(2)} MB raw, ${(gzipSync(code).length / 1e6).toFixed(2)} MB gzip`);
    expect(code.length).toBeGreaterThan(1_000_000); // the model is in it
  }, 120_000);

  describe.each(RUNTIMES)('%s', (name, bin, args) => {
    const available = existsSync(bin);
    if (!available) {
      // eslint-disable-next-line no-console
      console.warn(`pack.test: ${name} SKIPPED, ${bin} missing (npm ci installs it from the registry)`);
    }
    (available ? test.each(RUNTIME_TEXTS) : test.skip.each(RUNTIME_TEXTS))('%s: JSON identical to Node', (_label, read) => {
      const text = read();
      writeFileSync(join(project, 'runtime.mjs'), RUNTIME_SCRIPT);
      const out = run(bin, [...args, 'runtime.mjs'], project, text);
      const node = require(join(root, 'dist', 'index.cjs')) as { extract: (t: string) => unknown };
      expect(out.trim()).toBe(JSON.stringify(node.extract(text)));
    }, 150_000);
  });

  // Edge runtimes, each running the bundle its own tooling makes of \`import { extract } from
  // 'kashif'\`: esbuild with platform \`neutral\` (a Node built-in would not resolve) and the
  // platform's export conditions (Vercel: edge-light; wrangler: workerd), then served the way
  // the platform serves a function: a fetch handler answering a POST of the text.
  async function edgeBundle(name: string, source: string, conditions: string[], format: 'esm' | 'iife'): Promise<string> {
    const { build } = await import('esbuild');
    writeFileSync(join(project, `${name}.js`), source);
    const out = await build({ entryPoints: [join(project, `${name}.js`)], absWorkingDir: project, bundle: true, platform: 'neutral', conditions, mainFields: ['browser', 'module', 'main'], format, write: false, logLevel: 'silent', charset: 'utf8' });
    return out.outputFiles[0].text;
  }
  const HANDLER = "async (request) => new Response(JSON.stringify(extract(await request.text())), { headers: { 'content-type': 'application/json; charset=utf-8' } })";

  describe('Vercel Edge (the edge-runtime package)', () => {
    let EdgeRuntime: (new (o: { initialCode: string }) => { evaluate(code: string): unknown; dispatchFetch(url: string, init: { method: string; body: string }): Promise<{ text(): Promise<string> }> }) | undefined;
    try {
      EdgeRuntime = (require('edge-runtime') as { EdgeRuntime: NonNullable<typeof EdgeRuntime> }).EdgeRuntime;
    } catch (e) {
      // eslint-disable-next-line no-console
      console.warn(`pack.test: Vercel Edge SKIPPED, the edge-runtime package cannot be loaded (npm ci installs it from the registry): ${String(e)}`);
    }
    let runtime: InstanceType<NonNullable<typeof EdgeRuntime>>;
    beforeAll(async () => {
      if (!EdgeRuntime) return;
      const code = await edgeBundle('edge-light', `import { extract } from 'kashif';\naddEventListener('fetch', (event) => event.respondWith((${HANDLER})(event.request)));\n`, ['edge-light', 'worker', 'browser'], 'iife');
      runtime = new EdgeRuntime({ initialCode: code });
    }, 120_000);
    (EdgeRuntime ? test : test.skip)('the runtime has no Node globals', () => {
      expect(runtime.evaluate('[typeof process, typeof require, typeof Buffer, typeof TextDecoder].join()')).toBe('undefined,undefined,undefined,function');
    });
    (EdgeRuntime ? test.each(RUNTIME_TEXTS) : test.skip.each(RUNTIME_TEXTS))('%s: JSON identical to Node', async (_label, read) => {
      const text = read();
      const res = await runtime.dispatchFetch('http://localhost/', { method: 'POST', body: text });
      const node = require(join(root, 'dist', 'index.cjs')) as { extract: (t: string) => unknown };
      expect(await res.text()).toBe(JSON.stringify(node.extract(text)));
    }, 120_000);
  });

  describe('Cloudflare Workers (workerd)', () => {
    const version = existsSync(WORKERD) ? spawnSync(WORKERD, ['--version'], { encoding: 'utf8' }) : null;
    const available = version?.status === 0;
    if (!available) {
      // eslint-disable-next-line no-console
      console.warn(`pack.test: workerd SKIPPED, ${WORKERD} ${version ? `does not run here: ${version.error ?? version.stderr}` : 'missing (npm ci installs it with the workerd devDependency, on the platforms Cloudflare builds it for)'}`);
    }
    let server: ChildProcess | undefined;
    let socket: string;
    let stderr = '';
    const post = (text: string) =>
      new Promise<{ status: number; body: string }>((ok, fail) => {
        const req = request({ socketPath: socket, method: 'POST', path: '/', headers: { 'content-type': 'text/plain; charset=utf-8' } }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c));
          res.on('end', () => ok({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
        });
        req.on('error', fail);
        req.end(text);
      });
    beforeAll(async () => {
      if (!available) return;
      const edge = join(project, 'workerd');
      mkdirSync(edge);
      writeFileSync(join(edge, 'worker.js'), await edgeBundle('workerd-app', `import { extract } from 'kashif';\nexport default { fetch: ${HANDLER} };\n`, ['workerd', 'worker', 'browser'], 'esm'));
      socket = join(edge, 'http.sock'); // a Unix socket: no port to pick
      writeFileSync(
        join(edge, 'config.capnp'),
        `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "kashif", worker = .kashif) ],
  sockets = [ (name = "http", address = "unix:${socket}", http = (), service = "kashif") ],
);
const kashif :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.js") ],
  compatibilityDate = "2024-09-23",
);
`,
      );
      server = spawn(WORKERD, ['serve', 'config.capnp'], { cwd: edge, stdio: ['ignore', 'ignore', 'pipe'] });
      server.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
      // Ready when it answers (it parses the worker first); a workerd that exits fails the suite.
      let running = true;
      const exited = new Promise<never>((_ok, fail) =>
        server!.once('exit', (code, signal) => {
          running = false;
          fail(new Error(`workerd exited (${code ?? signal}):\n${stderr}`));
        }),
      );
      exited.catch(() => undefined); // its exit after the tests (afterAll kills it) is expected
      const ready = (async () => {
        while (running) {
          if (existsSync(socket) && (await post('').then((r) => r.status === 200, () => false))) return;
          await new Promise((ok) => setTimeout(ok, 100));
        }
      })();
      await Promise.race([ready, exited]);
    }, 120_000);
    afterAll(() => {
      server?.kill();
    });
    (available ? test.each(RUNTIME_TEXTS) : test.skip.each(RUNTIME_TEXTS))('%s: JSON identical to Node', async (_label, read) => {
      const text = read();
      const res = await post(text);
      const node = require(join(root, 'dist', 'index.cjs')) as { extract: (t: string) => unknown };
      expect([res.status, res.body]).toEqual([200, JSON.stringify(node.extract(text))]);
    }, 120_000);
  });
});
