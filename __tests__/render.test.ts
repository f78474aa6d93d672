/**
 * The entity view as a string (issue 13.3): toHtml() from source and `kashif render` from the
 * built CLI. The page itself is checked in headless Chromium by browser.test.ts; here: every
 * mention becomes one mark with its offsets, all text is escaped, the side panel and the
 * options work, and bad input or options are typed errors.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml, extract, toHtml, type ExtractResult } from '../src/index';
import { codeOf } from './helpers/error-code';

const root = join(__dirname, '..');
const CLI = join(root, 'dist', 'cli.js');
const ARTICLE = readFileSync(join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt'), 'utf8');

function marks(html: string): Array<{ id: string; start: number; end: number; inner: string }> {
  return [...html.matchAll(/<mark class="ent [^"]*" id="k-([^"]+)"[^>]*data-start="(\d+)" data-end="(\d+)"[^>]*>([^<]*)<\/mark>/g)].map((m) => ({ id: m[1], start: Number(m[2]), end: Number(m[3]), inner: m[4] }));
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}


const TEXTS: Array<[string, string]> = [
  ['the reference article', ARTICLE],
  ['diacritics and tatweel', 'قالَ الرَّئِيسُ المِصْريُّ عبد الفتاح السيسي يومَ الخميسِ إنّ ٣٥٪ من الشــباب…'],
  ['bidi marks and mixed Latin', '\u200fزار Emmanuel Macron\u200e باريس في 9 يناير 2022 مع وفد من (UN)\u202b.'],
  ['markup characters in the text', 'قال <b>"الرئيس"</b> & وزير الخارجية \'سامح شكري\' في القاهرة <script>alert(1)</script>'],
  ['empty text', ''],
];

describe('toHtml', () => {
  test.each(TEXTS)('%s: one mark per mention, with its text and offsets, all escaped', (_name, text) => {
    const r = extract(text);
    const html = toHtml(r, text);
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="ar" dir="rtl"');
    const ms = marks(html);
    expect(ms.map((m) => m.id)).toEqual(r.entities.map((m) => m.id));
    for (const m of ms) expect(unescape(m.inner)).toBe(text.slice(m.start, m.end));
    // No markup from the text survives: the only tags are kashif's own.
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    // The text between the marks, unescaped, is the input.
    const body = html.slice(html.indexOf('<div id="kashif-text"'), html.indexOf('</div></main>'));
    expect(unescape(body.replace(/<[^>]*>/g, ''))).toBe(text);
  });

  test('the side panel lists the records, the document date and the warnings', () => {
    const r = extract(ARTICLE);
    const html = toHtml(r, ARTICLE);
    for (const p of [...r.people, ...r.organizations, ...r.locations]) expect(html).toContain(`id="k-${p.id}"`);
    expect(html).toContain(r.documentDate!.value);
    for (const w of r.warnings) expect(html).toContain(`<code dir="ltr">${w.code}</code>`);
    expect(toHtml(r, ARTICLE, { panel: false })).not.toContain('<aside');
  });

  test('tooltips carry type, value or canonical form, record and source', () => {
    const r = extract(ARTICLE);
    const html = toHtml(r, ARTICLE);
    const date = r.entities.find((m) => m.type === 'date')!;
    const person = r.entities.find((m) => m.type === 'person' && m.entityId)!;
    const tip = (id: string) => unescape(new RegExp(`id="k-${id}"[^>]*data-tip="([^"]*)"`).exec(html)![1]);
    expect(tip(date.id)).toContain(date.type === 'date' ? date.value : '');
    expect(tip(date.id)).toContain(date.source);
    expect(tip(person.id)).toContain(person.type === 'person' ? person.entityId! : '');
    expect(tip(person.id)).toContain(person.source);
  });

  test.each([
    ['light', 'scheme-light', 'content="light"'],
    ['dark', 'scheme-dark', 'content="dark"'],
    ['auto', 'scheme-auto', 'content="light dark"'],
  ] as const)('scheme %s', (scheme, cls, meta) => {
    const html = toHtml(extract('قال الرئيس'), 'قال الرئيس', { scheme });
    expect(html).toContain(cls);
    expect(html).toContain(meta);
  });

  test('the title is escaped', () => {
    expect(toHtml(extract('نص'), 'نص', { title: '<i>x</i> & "y"' })).toContain('<title>&lt;i&gt;x&lt;/i&gt; &amp; &quot;y&quot;</title>');
  });

  test('escapeHtml', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  const r = extract('قال الرئيس الروسي فلاديمير بوتين');
  test.each([
    ['text not a string', 'INVALID_INPUT', () => toHtml(r, 42 as unknown as string)],
    ['not a result', 'INVALID_INPUT', () => toHtml({ entities: 3 } as unknown as ExtractResult, 'x')],
    ['the result of another text', 'INVALID_INPUT', () => toHtml(r, 'نص آخر تماما لا علاقة له بالنتيجة')],
    ['unknown option', 'INVALID_OPTIONS', () => toHtml(r, 'قال الرئيس الروسي فلاديمير بوتين', { colour: 'red' } as never)],
    ['bad scheme', 'INVALID_OPTIONS', () => toHtml(r, 'قال الرئيس الروسي فلاديمير بوتين', { scheme: 'sepia' } as never)],
    ['options not an object', 'INVALID_OPTIONS', () => toHtml(r, 'قال الرئيس الروسي فلاديمير بوتين', 'dark' as never)],
  ] as const)('%s gives %s', (_name, code, fn) => {
    expect(codeOf(fn)).toBe(code);
  });
});

describe('kashif render', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (npm test builds before jest)');
  });

  test('FILE --out page.html writes the page; stdin to stdout gives the same page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kashif-render-'));
    try {
      const out = join(dir, 'page.html');
      const file = join(root, 'fixtures', 'dw-kazakhstan-2022-01.txt');
      const a = spawnSync(process.execPath, [CLI, 'render', file, '--out', out], { encoding: 'utf8' });
      expect(a.status).toBe(0);
      const page = readFileSync(out, 'utf8');
      expect(page).toBe(toHtml(extract(ARTICLE), ARTICLE));
      const b = spawnSync(process.execPath, [CLI, 'render', '-'], { input: ARTICLE, encoding: 'utf8' });
      expect(b.status).toBe(0);
      expect(b.stdout).toBe(page);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    ['an unknown scheme', ['render', '-', '--scheme', 'sepia']],
    ['an unwritable --out', ['render', '-', '--out', '/nonexistent-dir/page.html']],
    ['bad types', ['render', '-', '--types', 'people']],
  ])('%s: exit 2', (_name, args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { input: 'قال الرئيس', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.length).toBeGreaterThan(0);
  });
});
