/**
 * The link step: chosen candidates become mentions with the caller's offsets, name mentions
 * are grouped into entity records, and the document date is settled: the caller's reference
 * date, else the date candidate the dates stage anchored the document on, pointing at its
 * mention when that was chosen.
 *
 * Grouping name mentions into entity records:
 *  - persons: a mention joins a record when its words are the record's words or a part of
 *    them (ماسيموف ⊂ كريم ماسيموف), initials dropped (ك. ك. ماسيموف), spelling variants by
 *    Jaro-Winkler on the surname and first name (نزاربييف ~ نزارباييف, جومارت ~ جومرت);
 *    a lone word goes to the nearest earlier record it fits;
 *  - organisations: same name, a shorter form contained in a longer one (لجنة الأمن ⊂ لجنة
 *    الأمن الوطنية), an acronym (كاي إن بي) to the organisation written just before it, or to
 *    the long form the names stage found for it elsewhere (attrs.acronymOf: الأونروا);
 *  - locations: same name.
 * The canonical name is the fullest form (most words; initials and acronyms never), written
 * as in the text without diacritics; a rule's canonical (الكرملين for لكرملين) takes precedence.
 */
import { foldKey } from '../text/normalize.js';
import type { Candidate, DateCandidate, NameAttributes } from './stage.js';
import type { Mention } from '../schema/mention.js';
import type { DocumentDate, Warning } from '../schema/result.js';
import { MAX_YEAR, MIN_YEAR } from '../schema/options.js';
import { isValidDateValue } from './iso.js';
import type { Normalized } from '../text/normalize.js';
import type { LocationRecord, OrganizationRecord, PersonRecord } from '../schema/records.js';
import { jaroWinkler } from '../util/similarity.js';
import { lowerBound } from '../util/sorted.js';

export interface PlacedName {
  id: string;
  type: 'person' | 'organization' | 'location';
  text: string;
  normalized: string;
  canonical: string;
  start: number;
  end: number;
  attrs?: NameAttributes;
}

export interface Records {
  people: PersonRecord[];
  organizations: OrganizationRecord[];
  locations: LocationRecord[];
  /** mention id → record id */
  entityOf: Map<string, string>;
}

interface Member extends PlacedName {
  key: string;
  words: string[];
  display: string;
}

interface Cluster {
  type: PlacedName['type'];
  members: Member[];
  /** Member starts, sorted (nearest-mention look-ups by binary search). */
  starts: number[];
  keys: Set<string>;
  words: Set<string>;
  first: string;
  last: string;
}

const JW_SURNAME = 0.92;
const JW_FIRST = 0.88;

/** Remove tashkeel and tatweel for display. */
function clean(s: string): string {
  return s.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/\s+/g, ' ').trim();
}

function wordsOf(s: string): string[] {
  return foldKey(clean(s))
    .split(/[\s\u00A0]+/)
    .filter((w) => w.length > 0 && !(w.length <= 2 && w.endsWith('.')) && w !== '.');
}

function similar(a: string, b: string, threshold: number): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  return jaroWinkler(a, b) >= threshold;
}

function personFits(c: Cluster, m: Member): boolean {
  if (c.keys.has(m.key)) return true;
  const w = m.words;
  if (w.length === 0) return false;
  if (w.length === 1) return similar(w[0], c.last, JW_SURNAME) || (c.words.has(w[0]) && w[0] !== c.first);
  // Multi-word: same (or similar) first and last word, middle words optional.
  const firstOk = similar(w[0], c.first, JW_FIRST) || c.words.has(w[0]);
  const lastOk = similar(w[w.length - 1], c.last, JW_SURNAME);
  return firstOk && lastOk;
}

function orgFits(c: Cluster, m: Member): boolean {
  if (c.keys.has(m.key)) return true;
  if (m.words.length === 0) return false;
  // A shorter form: all its words in the record, in the same order at the start.
  for (const k of c.keys) {
    if (k.startsWith(m.key + ' ') && m.words.length >= 2) return true;
  }
  return false;
}

export function clusterNames(names: readonly PlacedName[]): Records {
  const members: Member[] = names.map((n) => {
    const display = clean(n.canonical !== n.normalized ? n.canonical : n.text);
    const words = wordsOf(n.canonical);
    return { ...n, key: words.join(' '), words, display };
  });
  const clusters: Cluster[] = [];
  const clusterOf = new Map<Member, Cluster>();
  const make = (m: Member): Cluster => {
    const c: Cluster = { type: m.type, members: [m], starts: [m.start], keys: new Set([m.key]), words: new Set(m.words), first: m.words[0] ?? '', last: m.words[m.words.length - 1] ?? '' };
    clusters.push(c);
    clusterOf.set(m, c);
    return c;
  };
  const join = (c: Cluster, m: Member) => {
    c.members.push(m);
    c.starts.splice(lowerBound(c.starts, m.start), 0, m.start);
    c.keys.add(m.key);
    clusterOf.set(m, c);
  };
  // Longest forms first, so short forms find their full names; acronyms last.
  const order = members
    .filter((m) => !m.attrs?.acronym)
    .sort((a, b) => b.words.length - a.words.length || a.start - b.start);
  for (const m of order) {
    const fits = clusters.filter((c) => c.type === m.type && (m.type === 'person' ? personFits(c, m) : m.type === 'organization' ? orgFits(c, m) : c.keys.has(m.key)));
    if (fits.length === 0) {
      make(m);
      continue;
    }
    // Several candidates: the one with a mention closest before this one (else closest after).
    let best = fits[0];
    if (fits.length > 1) {
      let bestDist = Infinity;
      for (const c of fits) {
        const k = lowerBound(c.starts, m.start + 1);
        const before = k > 0 ? m.start - c.starts[k - 1] : Infinity;
        const after = k < c.starts.length ? (c.starts[k] - m.start) * 4 : Infinity;
        const d = Math.min(before, after);
        if (d < bestDist) {
          bestDist = d;
          best = c;
        }
      }
    }
    join(best, m);
  }
  // Acronyms: the organisation mention that ends just before the parenthesis.
  const orgMembers = members.filter((m) => m.type === 'organization' && !m.attrs?.acronym).sort((a, b) => a.end - b.end);
  const orgEnds = orgMembers.map((o) => o.end);
  for (const m of members.filter((x) => x.attrs?.acronym)) {
    const of = m.attrs?.acronymOf;
    const same = clusters.find((c) => c.type === m.type && c.keys.has(m.key)) ?? (of ? clusters.find((c) => c.type === m.type && c.keys.has(of)) : undefined);
    const k = lowerBound(orgEnds, m.start + 1) - 1;
    const host = k >= 0 && m.start - orgMembers[k].end <= 6 ? orgMembers[k] : undefined;
    const c = host ? clusterOf.get(host) : same;
    if (c) join(c, m);
    else make(m);
  }
  // Any other mention of the acronym alone joins the same record.
  const acronymOwner = new Map<string, Cluster>();
  for (const c of clusters) if (c.type === 'organization') for (const x of c.members) if (x.attrs?.acronym && !acronymOwner.has(x.key)) acronymOwner.set(x.key, c);
  for (let q = clusters.length - 1; q >= 0; q--) {
    const c = clusters[q];
    if (c.type !== 'organization' || c.members.some((x) => x.attrs?.acronym)) continue;
    const owner = acronymOwner.get(c.members[0].key);
    if (owner && owner !== c && c.members.every((x) => x.key === c.members[0].key)) {
      clusters.splice(q, 1);
      for (const x of c.members) join(owner, x);
    }
  }

  clusters.sort((a, b) => a.starts[0] - b.starts[0]);
  const out: Records = { people: [], organizations: [], locations: [], entityOf: new Map() };
  const counters = { person: 0, organization: 0, location: 0 };
  for (const c of clusters) {
    const prefix = c.type === 'person' ? 'p' : c.type === 'organization' ? 'o' : 'l';
    const id = `${prefix}${++counters[c.type]}`;
    const ms = c.members.slice().sort((a, b) => a.start - b.start);
    const full = ms.filter((m) => !m.attrs?.acronym && !hasInitials(m.display));
    const pool = full.length > 0 ? full : ms;
    const canonicalMember = pool.reduce((best, m) => (m.words.length > best.words.length ? m : best), pool[0]);
    const canonical = canonicalMember.display;
    const aliases = [...new Set(ms.map((m) => m.display))].filter((a) => a !== canonical);
    const mentionIds = ms.map((m) => m.id);
    for (const mid of mentionIds) out.entityOf.set(mid, id);
    const qid = ms.find((m) => m.attrs?.qid)?.attrs?.qid ?? null;
    const attr = <K extends keyof NameAttributes>(k: K) => ms.find((m) => m.attrs?.[k] !== undefined)?.attrs?.[k];
    if (c.type === 'person') {
      out.people.push({
        id, canonical, mentionIds, aliases, qid,
        titles: [...new Set(ms.flatMap((m) => m.attrs?.titles ?? []))],
        nationality: attr('nationality') ?? null,
        age: attr('age') ?? null,
        gender: attr('gender') ?? null,
      });
    } else if (c.type === 'organization') {
      out.organizations.push({
        id, canonical, mentionIds, aliases, qid,
        acronyms: [...new Set(ms.filter((m) => m.attrs?.acronym).map((m) => m.display))],
        kind: attr('orgKind') ?? null,
      });
    } else {
      out.locations.push({ id, canonical, mentionIds, aliases, qid, country: attr('country') ?? null });
    }
  }
  return out;
}

function hasInitials(s: string): boolean {
  return /(^|\s)\S\.(\s|$)/u.test(s);
}


export interface Linked {
  mentions: Mention[];
  records: Records;
  documentDate: DocumentDate | null;
}

/**
 * Mentions from the chosen candidates (those of a wanted type, trimmed of white space in the
 * caller's string), their entity records, and the document date (from `referenceDate`, else
 * from the anchored date among all `candidates`). A date whose value is not a valid ISO date
 * is dropped with a STAGE_FAILED warning (pushed onto `warnings`).
 */
export function link(input: string, norm: Normalized, candidates: readonly Candidate[], chosen: readonly Candidate[], wanted: ReadonlySet<string>, referenceDate: string | undefined, warnings: Warning[]): Linked {
  const mentions: Mention[] = [];
  const names: PlacedName[] = [];
  const idOfCandidate = new Map<Candidate, string>();
  for (const c of chosen) {
    if (!wanted.has(c.type)) continue;
    const span = trimSpan(input, norm.map.toOriginal(c.start, c.end));
    if (span.end <= span.start) continue;
    if (c.type === 'date' && !isValidDateValue(c.value)) {
      warnings.push({ code: 'STAGE_FAILED', message: `stage dates produced "${c.value}", not a valid ISO 8601 date in years ${MIN_YEAR}-${MAX_YEAR}: the mention is dropped`, start: span.start, end: span.end, mentionIds: [], data: { stage: 'dates', value: c.value } });
      continue;
    }
    const id = `m${mentions.length + 1}`;
    idOfCandidate.set(c, id);
    // Plain object literals, no `{ ...base, … }`: V8's object spread took microseconds per
    // mention here, which dominated texts that are nothing but numbers or dates.
    const text = input.slice(span.start, span.end);
    const normalized = norm.text.slice(c.start, c.end);
    const confidence = round(c.confidence);
    const { start, end } = span;
    const source = c.source;
    if (c.type === 'date') {
      const { type, value, granularity, calendar, hijri, relative, inferred, interval } = c;
      mentions.push({ id, text, start, end, normalized, confidence, source, type, value, granularity, calendar, hijri, relative, inferred, interval });
    } else if (c.type === 'number') {
      const { type, value, kind, currency, unit, approximate, comparator, range } = c;
      mentions.push({ id, text, start, end, normalized, confidence, source, type, value, kind, currency, unit, approximate, comparator, range });
    } else {
      const canonical = c.canonical ?? normalized;
      mentions.push({ id, text, start, end, normalized, confidence, source, type: c.type, entityId: null, canonical });
      names.push({ id, type: c.type, text, normalized, canonical, start, end, attrs: c.attrs });
    }
  }
  const records = clusterNames(names);
  for (const m of mentions) {
    if (m.type === 'person' || m.type === 'organization' || m.type === 'location') m.entityId = records.entityOf.get(m.id) ?? null;
  }
  return { mentions, records, documentDate: documentDateOf(referenceDate, candidates, idOfCandidate) };
}

/** A resolved reference date: YYYY-MM-DD, or YYYY-MM-DDTHH:MM (src/schema/options.ts). */
const REFERENCE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?/;

/**
 * The date relative dates were resolved against: the caller's reference date, else the
 * candidate the dates stage anchored the document on (with the id of its mention, when it
 * became one), else none.
 */
function documentDateOf(referenceDate: string | undefined, candidates: readonly Candidate[], idOfCandidate: ReadonlyMap<Candidate, string>): DocumentDate | null {
  const ref = referenceDate === undefined ? null : REFERENCE.exec(referenceDate);
  if (ref) return { value: ref[0], granularity: ref[1] ? 'minute' : 'day', source: 'option', mentionId: null };
  const anchor = candidates.find((c): c is DateCandidate => c.type === 'date' && c.anchor !== undefined);
  if (!anchor || !isValidDateValue(anchor.value)) return null;
  return { value: anchor.value, granularity: anchor.granularity, source: anchor.anchor!, mentionId: idOfCandidate.get(anchor) ?? null };
}

/** Spans never begin or end with white space, whatever the mapping grew over. */
function trimSpan(input: string, span: { start: number; end: number }): { start: number; end: number } {
  let { start, end } = span;
  while (start < end && isTrimmable(input.charCodeAt(start))) start++;
  while (end > start && isTrimmable(input.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isTrimmable(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x200b && c <= 0x200f) || c === 0xfeff || c === 0x061c || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
