/**
 * The entity view: one self-contained, right-to-left HTML page (no script, no external file)
 * showing an {@link ExtractResult} over its text, in the manner of displaCy. Every mention is a
 * focusable `<mark>` whose text is exactly `text.slice(start, end)`; its type, value, canonical
 * form, record and source show on hover and on keyboard focus (CSS only). A side panel lists the
 * people, organisations and places with links to their mentions, the document date and the
 * warnings. Light and dark schemes follow the reader's setting unless `scheme` fixes one.
 * Pure string building: runs in any JavaScript runtime.
 */
import * as z from 'zod';
import { KashifError } from '../errors.js';
import { ExtractResultSchema, type ExtractResult } from '../schema/result.js';
import type { EntityType, Mention } from '../schema/mention.js';

/** Options of {@link toHtml}. */
export const ToHtmlOptionsSchema = z
  .object({
    title: z.string().max(500).optional().describe('Page title (default: the first line of the text, shortened)'),
    scheme: z.enum(['auto', 'light', 'dark']).default('auto').describe("Colour scheme: the reader's setting, or fixed"),
    panel: z.boolean().default(true).describe('Show the side panel (records, document date, warnings)'),
  })
  .strict();

/** Options of {@link toHtml} as written by the caller. */
export type ToHtmlOptions = z.input<typeof ToHtmlOptionsSchema>;

const LABEL: Record<EntityType, { ar: string; en: string }> = {
  person: { ar: 'شخص', en: 'person' },
  organization: { ar: 'منظمة', en: 'organisation' },
  location: { ar: 'مكان', en: 'place' },
  date: { ar: 'تاريخ', en: 'date' },
  number: { ar: 'عدد', en: 'number' },
};
const TYPES = Object.keys(LABEL) as EntityType[];

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/**
 * Render an extraction result over its text as a self-contained HTML page (RTL, displaCy-like).
 *
 * @param result - what `extract(text)` returned
 * @param text - the text it was extracted from (the same string: offsets index into it)
 * @param options - {@link ToHtmlOptions}
 * @returns a complete HTML document
 * @throws {@link KashifError} `INVALID_INPUT` when `text` is not a string, `result` is not a
 * valid result, or a mention's text is not `text.slice(start, end)`; `INVALID_OPTIONS` for bad
 * options.
 * @example
 * ```ts
 * const html = toHtml(extract(text), text, { title: 'DW, 9 January 2022' });
 * ```
 */
export function toHtml(result: ExtractResult, text: string, options?: ToHtmlOptions): string {
  if (typeof text !== 'string') throw new KashifError('INVALID_INPUT', 'toHtml expects the text as a string');
  const parsed = ExtractResultSchema.safeParse(result);
  if (!parsed.success) throw new KashifError('INVALID_INPUT', `toHtml: not an extract() result: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
  if (options !== undefined && (options === null || typeof options !== 'object' || Array.isArray(options))) throw new KashifError('INVALID_OPTIONS', 'toHtml options must be an object');
  const opts = ToHtmlOptionsSchema.safeParse(options ?? {});
  if (!opts.success) throw new KashifError('INVALID_OPTIONS', `invalid toHtml options: ${opts.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ')}`);
  const r = parsed.data;
  const o = opts.data;
  const mentions = [...r.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of mentions) {
    if (m.end > text.length || text.slice(m.start, m.end) !== m.text) throw new KashifError('INVALID_INPUT', `toHtml: mention ${m.id} is not text.slice(${m.start}, ${m.end}): pass the text the result was extracted from`);
  }
  const records = new Map<string, { canonical: string; kind: string }>();
  for (const p of r.people) records.set(p.id, { canonical: p.canonical, kind: LABEL.person.ar });
  for (const p of r.organizations) records.set(p.id, { canonical: p.canonical, kind: LABEL.organization.ar });
  for (const p of r.locations) records.set(p.id, { canonical: p.canonical, kind: LABEL.location.ar });

  // The text with its mentions: plain runs escaped, each mention one <mark>.
  let body = '';
  let at = 0;
  const counts = new Map<EntityType, number>();
  for (const m of mentions) {
    if (m.start < at) continue; // results never overlap; a hand-made one is shown without the overlap
    body += escapeHtml(text.slice(at, m.start));
    counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    const tip = tooltip(m, records);
    body += `<mark class="ent t-${m.type}" id="k-${escapeHtml(m.id)}" tabindex="0" data-type="${m.type}" data-label="${LABEL[m.type].ar}" data-start="${m.start}" data-end="${m.end}" data-tip="${escapeHtml(tip)}" aria-label="${escapeHtml(`${m.text} — ${tip.replace(/\n/g, '، ')}`)}">${escapeHtml(m.text)}</mark>`;
    at = m.end;
  }
  body += escapeHtml(text.slice(at));

  const title = o.title ?? (text.split('\n').find((l) => l.trim().length > 0)?.trim().slice(0, 80) || 'kashif');
  const legend = TYPES.map((t) => `<li><span class="swatch t-${t}" aria-hidden="true"></span>${LABEL[t].ar} <span class="en" lang="en" dir="ltr">${LABEL[t].en}</span> <span class="count">${counts.get(t) ?? 0}</span></li>`).join('');
  const panel = o.panel ? sidePanel(r, mentions) : '';
  const scheme = o.scheme === 'auto' ? 'light dark' : o.scheme;
  return `<!doctype html>
<html lang="ar" dir="rtl" class="scheme-${o.scheme}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="${scheme}">
<meta name="generator" content="kashif">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#kashif-text">انتقل إلى النص</a>
<header>
<h1 dir="auto">${escapeHtml(title)}</h1>
<ul class="legend" aria-label="أنواع الكيانات">${legend}</ul>
</header>
<div class="layout">
<main><div id="kashif-text" class="text" dir="rtl">${body}</div></main>
${panel}
</div>
</body>
</html>
`;
}

function tooltip(m: Mention, records: Map<string, { canonical: string; kind: string }>): string {
  const lines = [`${LABEL[m.type].ar} (${LABEL[m.type].en})`];
  if (m.type === 'date') {
    lines.push(`القيمة: ${m.value}`);
    if (m.hijri) lines.push(`هجري: ${m.hijri}`);
  } else if (m.type === 'number') {
    lines.push(`القيمة: ${m.value}${m.unit ? ' ' + m.unit : ''}${m.currency ? ' ' + m.currency : ''}`);
  } else {
    lines.push(`الصيغة المعيارية: ${m.canonical}`);
    if (m.entityId) {
      const rec = records.get(m.entityId);
      lines.push(`السجل: ${m.entityId}${rec ? ' — ' + rec.canonical : ''}`);
    }
  }
  lines.push(`المصدر: ${m.source}`, `الثقة: ${m.confidence}`);
  return lines.join('\n');
}

function sidePanel(r: ExtractResult, mentions: Mention[]): string {
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const link = (id: string) => {
    const m = byId.get(id);
    return m ? `<a href="#k-${escapeHtml(id)}">${escapeHtml(m.text)}</a>` : escapeHtml(id);
  };
  // Each distinct surface form once, linked to its first mention, with its count.
  const mentionLinks = (ids: string[]) => {
    const forms = new Map<string, { id: string; n: number }>();
    for (const id of ids) {
      const key = byId.get(id)?.text ?? id;
      const f = forms.get(key);
      if (f) f.n++;
      else forms.set(key, { id, n: 1 });
    }
    return [...forms.values()].map((f) => link(f.id) + (f.n > 1 ? ` <span class="count">×${f.n}</span>` : '')).join('، ');
  };
  const section = (heading: string, type: 'person' | 'organization' | 'location', recs: ExtractResult['people'] | ExtractResult['organizations'] | ExtractResult['locations'], extra: (x: any) => string) => {
    if (recs.length === 0) return `<section><h2>${heading}</h2><p class="none">لا شيء</p></section>`;
    const items = recs
      .map((x) => `<li class="rec r-${type}" id="k-${escapeHtml(x.id)}"><span class="canon" dir="auto">${escapeHtml(x.canonical)}</span> <span class="rid" dir="ltr">${escapeHtml(x.id)}</span>${extra(x)}<div class="mentions">${mentionLinks(x.mentionIds)}</div></li>`)
      .join('');
    return `<section><h2>${heading} <span class="count">${recs.length}</span></h2><ul>${items}</ul></section>`;
  };
  const meta = (label: string, v: string | null | undefined) => (v ? `<div class="meta">${label}: <span dir="auto">${escapeHtml(v)}</span></div>` : '');
  const people = section('الأشخاص', 'person', r.people, (p) => meta('الألقاب', p.titles.join('، ')) + meta('الجنسية', p.nationality) + meta('أسماء أخرى', p.aliases.join('، ')));
  const orgs = section('المنظمات', 'organization', r.organizations, (p) => meta('النوع', p.kind) + meta('اختصارات', p.acronyms.join('، ')) + meta('أسماء أخرى', p.aliases.join('، ')));
  const places = section('الأماكن', 'location', r.locations, (p) => meta('البلد', p.country) + meta('أسماء أخرى', p.aliases.join('، ')));
  const dd = r.documentDate;
  const date = `<section><h2>تاريخ الوثيقة</h2>${dd ? `<p><span dir="ltr">${escapeHtml(dd.value)}</span> <span class="meta">(${escapeHtml(dd.source)}${dd.mentionId ? '، ' + link(dd.mentionId) : ''})</span></p>` : '<p class="none">غير معروف</p>'}</section>`;
  const warnings = `<section><h2>التنبيهات <span class="count">${r.warnings.length}</span></h2>${
    r.warnings.length ? `<ul>${r.warnings.map((w) => `<li class="warn"><code dir="ltr">${escapeHtml(w.code)}</code> <span dir="auto">${escapeHtml(w.message)}</span></li>`).join('')}</ul>` : '<p class="none">لا شيء</p>'
  }</section>`;
  return `<aside aria-label="الكيانات">${date}${people}${orgs}${places}${warnings}</aside>`;
}

const CSS = `
:root{--bg:#fff;--fg:#1d1d1f;--muted:#5f6368;--panel:#f6f7f9;--border:#d9dce1;--focus:#1a56db;
--person:#ffd7a8;--organization:#b9e3ff;--location:#c8f0c0;--date:#e8d2ff;--number:#ffe98f;--tipbg:#1d1d1f;--tipfg:#fff}
@media (prefers-color-scheme:dark){html.scheme-auto{--bg:#15171a;--fg:#e8eaed;--muted:#a0a6ad;--panel:#1f2226;--border:#3a3f45;--focus:#8ab4f8;
--person:#7a4a12;--organization:#124a6e;--location:#1f5a26;--date:#4d2a73;--number:#6b5a00;--tipbg:#e8eaed;--tipfg:#15171a}}
html.scheme-dark{--bg:#15171a;--fg:#e8eaed;--muted:#a0a6ad;--panel:#1f2226;--border:#3a3f45;--focus:#8ab4f8;
--person:#7a4a12;--organization:#124a6e;--location:#1f5a26;--date:#4d2a73;--number:#6b5a00;--tipbg:#e8eaed;--tipfg:#15171a}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.9 "Noto Naskh Arabic","Noto Sans Arabic","Amiri","Segoe UI",Tahoma,sans-serif}
header{padding:12px 20px;border-bottom:1px solid var(--border)}
h1{font-size:1.25rem;margin:0 0 6px}
h2{font-size:1rem;margin:14px 0 6px}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px;font-size:.9rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:3px;margin-inline-end:4px;vertical-align:-.1em;border:1px solid var(--border)}
.en{color:var(--muted);font-size:.8em}
.count{color:var(--muted);font-size:.8em}
.layout{display:flex;gap:20px;padding:16px 20px;align-items:flex-start}
main{flex:1 1 62%;min-width:0}
aside{flex:0 0 34%;background:var(--panel);border:1px solid var(--border);border-radius:8px;padding:4px 14px 12px;font-size:.92rem}
@media (max-width:800px){.layout{flex-direction:column}aside{width:100%}}
.text{white-space:pre-wrap;overflow-wrap:anywhere}
.ent{position:relative;unicode-bidi:isolate;color:inherit;border-radius:4px;padding:1px 3px;margin:0 1px;cursor:help;outline:none}
.ent::before{content:attr(data-label);font-size:.62em;font-weight:bold;opacity:.75;margin-inline-end:3px;vertical-align:.15em;unicode-bidi:isolate}
.ent::after{content:attr(data-tip);display:none;position:absolute;z-index:10;top:100%;inset-inline-start:0;margin-top:4px;min-width:14em;max-width:28em;
white-space:pre-line;background:var(--tipbg);color:var(--tipfg);font-size:.78rem;line-height:1.6;padding:6px 9px;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.3)}
.ent:hover::after,.ent:focus::after,.ent:focus-visible::after{display:block}
.ent:focus-visible,.ent:focus,a:focus-visible{box-shadow:0 0 0 2px var(--bg),0 0 0 4px var(--focus)}
.t-person{background:var(--person)}.t-organization{background:var(--organization)}.t-location{background:var(--location)}.t-date{background:var(--date)}.t-number{background:var(--number)}
aside ul{list-style:none;margin:0;padding:0}
.rec{border-inline-start:4px solid var(--border);padding:2px 8px;margin:6px 0}
.rec.r-person{border-color:var(--person)}.rec.r-organization{border-color:var(--organization)}.rec.r-location{border-color:var(--location)}
.canon{font-weight:bold}.rid{color:var(--muted);font-size:.8em}
.meta{color:var(--muted);font-size:.85em}
.mentions{font-size:.85em}
a{color:var(--focus)}
.none{color:var(--muted)}
.warn code{background:var(--bg);padding:0 4px;border-radius:3px}
.skip{position:absolute;inset-inline-start:-9999px}.skip:focus{inset-inline-start:8px;top:8px;background:var(--bg);padding:4px 8px;z-index:20}
`.replace(/\n/g, '');
