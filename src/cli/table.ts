/**
 * `--format table`: a terminal-readable view of one extract result. Columns that are ASCII
 * come first and the Arabic text last on each line, so a bidi-aware terminal does not
 * reorder the columns.
 */
import type { ExtractResult } from '../schema/result.js';
import type { Mention } from '../schema/mention.js';

/** Display width, ignoring combining marks and invisible format characters. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) if (!/[\p{M}\p{Cf}]/u.test(ch)) w++;
  return w;
}

function pad(s: string, n: number): string {
  const w = width(s);
  return w >= n ? s : s + ' '.repeat(n - w);
}

/** One line, no control characters: newlines and tabs shown as spaces. */
function oneLine(s: string): string {
  return s.replace(/[\r\n\t\u2028\u2029]+/g, ' ');
}

function valueOf(m: Mention): string {
  switch (m.type) {
    case 'date': {
      const flags = [m.granularity, m.calendar !== 'gregorian' ? m.calendar : '', m.relative ? 'relative' : '', m.inferred ? 'inferred' : ''].filter(Boolean);
      const hijri = m.hijri ? ` hijri ${m.hijri.year}${m.hijri.month ? '-' + m.hijri.month : ''}${m.hijri.day ? '-' + m.hijri.day : ''}` : '';
      return `${m.value} (${flags.join(', ')})${hijri}`;
    }
    case 'number': {
      const parts = [String(m.value), m.kind];
      if (m.currency) parts.push(m.currency);
      if (m.unit) parts.push(m.unit);
      if (m.approximate) parts.push('~');
      if (m.comparator) parts.push(m.comparator);
      if (m.range) parts.push(`${m.range.min}..${m.range.max}`);
      return parts.join(' ');
    }
    default:
      return `${m.entityId ?? '-'} ${oneLine(m.canonical)}`;
  }
}

export function formatTable(result: ExtractResult): string {
  const out: string[] = [];
  const rows = result.entities.map((m) => [m.id, m.type, `${m.start}-${m.end}`, m.source, m.confidence.toFixed(2), valueOf(m), oneLine(m.text)]);
  const head = ['id', 'type', 'offsets', 'source', 'conf', 'value / canonical', 'text'];
  out.push(`Mentions (${result.entities.length})`);
  if (rows.length > 0) {
    const widths = head.slice(0, -1).map((h, i) => Math.min(48, Math.max(width(h), ...rows.map((r) => width(r[i])))));
    const line = (r: string[]) => r.slice(0, -1).map((c, i) => pad(c, widths[i])).join('  ') + '  ' + r[r.length - 1];
    out.push('  ' + line(head));
    for (const r of rows) out.push('  ' + line(r));
  }
  const byId = new Map(result.entities.map((m) => [m.id, m]));
  const mentionList = (ids: string[]) => ids.map((id) => `${id}@${byId.get(id)?.start ?? '?'}`).join(' ');
  out.push('', `People (${result.people.length})`);
  for (const p of result.people) {
    const attrs = [
      p.titles.length ? `titles: ${p.titles.join('، ')}` : '',
      p.nationality ? `nationality: ${p.nationality}` : '',
      p.age !== null ? `age: ${p.age}` : '',
      p.gender ? `gender: ${p.gender}` : '',
      p.qid ? `qid: ${p.qid}` : '',
    ].filter(Boolean);
    out.push(`  ${pad(p.id, 4)} mentions: ${mentionList(p.mentionIds)}${attrs.length ? ' | ' + attrs.join(' | ') : ''} | ${oneLine(p.canonical)}${aliases(p.aliases)}`);
  }
  out.push('', `Organizations (${result.organizations.length})`);
  for (const o of result.organizations) {
    const attrs = [o.kind ? `kind: ${o.kind}` : '', o.acronyms.length ? `acronyms: ${o.acronyms.join(', ')}` : '', o.qid ? `qid: ${o.qid}` : ''].filter(Boolean);
    out.push(`  ${pad(o.id, 4)} mentions: ${mentionList(o.mentionIds)}${attrs.length ? ' | ' + attrs.join(' | ') : ''} | ${oneLine(o.canonical)}${aliases(o.aliases)}`);
  }
  out.push('', `Locations (${result.locations.length})`);
  for (const l of result.locations) {
    const attrs = [l.country ? `country: ${l.country}` : '', l.qid ? `qid: ${l.qid}` : ''].filter(Boolean);
    out.push(`  ${pad(l.id, 4)} mentions: ${mentionList(l.mentionIds)}${attrs.length ? ' | ' + attrs.join(' | ') : ''} | ${oneLine(l.canonical)}${aliases(l.aliases)}`);
  }
  out.push('');
  const d = result.documentDate;
  out.push(`Document date: ${d ? `${d.value} (${d.granularity}, ${d.source}${d.mentionId ? ', ' + d.mentionId : ''})` : 'none'}`);
  out.push(`Language: ${result.language.code} (Arabic: ${result.language.isArabic ? 'yes' : 'no'}, ${(result.language.arabicRatio * 100).toFixed(0)}% Arabic letters)`);
  out.push(`Warnings (${result.warnings.length})`);
  for (const w of result.warnings) {
    const where = w.start !== null ? ` @${w.start}-${w.end}` : '';
    out.push(`  ${w.code}${where}: ${oneLine(w.message)}`);
  }
  return out.join('\n') + '\n';
}

function aliases(a: string[]): string {
  return a.length ? ` (also: ${a.map(oneLine).join('، ')})` : '';
}
