/**
 * Groups name mentions into entity records. Baseline: same type and same folded canonical
 * form, a one-word mention joins the record whose name ends (or begins) with it, and an
 * acronym joins the organisation written just before it.
 */
import { foldKey } from '../../text/normalize.js';
import type { NameAttributes } from '../../pipeline/stage.js';
import type { LocationRecord, OrganizationRecord, PersonRecord } from '../../schema/records.js';

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

interface Cluster {
  type: PlacedName['type'];
  members: PlacedName[];
  keys: Set<string>;
  words: string[];
}

export function clusterNames(names: readonly PlacedName[]): Records {
  const clusters: Cluster[] = [];
  const sorted = names.slice().sort((a, b) => b.canonical.length - a.canonical.length || a.start - b.start);
  for (const m of sorted) {
    const key = foldKey(m.canonical);
    const words = key.split(' ');
    let target = clusters.find((c) => c.type === m.type && c.keys.has(key));
    if (!target && words.length === 1) {
      target = clusters.find((c) => c.type === m.type && (c.words[c.words.length - 1] === key || (m.type !== 'person' && c.words[0] === key)));
    }
    if (target) {
      target.members.push(m);
      target.keys.add(key);
    } else clusters.push({ type: m.type, members: [m], keys: new Set([key]), words });
  }
  clusters.sort((a, b) => Math.min(...a.members.map((m) => m.start)) - Math.min(...b.members.map((m) => m.start)));
  const out: Records = { people: [], organizations: [], locations: [], entityOf: new Map() };
  const counters = { person: 0, organization: 0, location: 0 };
  for (const c of clusters) {
    const prefix = c.type === 'person' ? 'p' : c.type === 'organization' ? 'o' : 'l';
    const id = `${prefix}${++counters[c.type]}`;
    const members = c.members.slice().sort((a, b) => a.start - b.start);
    const canonical = members.reduce((best, m) => (m.canonical.length > best.length && !m.attrs?.acronym ? m.canonical : best), members.find((m) => !m.attrs?.acronym)?.canonical ?? members[0].canonical);
    const aliases = [...new Set(members.map((m) => m.canonical))].filter((a) => a !== canonical);
    const mentionIds = members.map((m) => m.id);
    for (const mid of mentionIds) out.entityOf.set(mid, id);
    const qid = members.find((m) => m.attrs?.qid)?.attrs?.qid ?? null;
    const attr = <K extends keyof NameAttributes>(k: K) => members.find((m) => m.attrs?.[k] !== undefined)?.attrs?.[k];
    if (c.type === 'person') {
      out.people.push({
        id, canonical, mentionIds, aliases, qid,
        titles: [...new Set(members.flatMap((m) => m.attrs?.titles ?? []))],
        nationality: attr('nationality') ?? null,
        age: attr('age') ?? null,
        gender: attr('gender') ?? null,
      });
    } else if (c.type === 'organization') {
      out.organizations.push({
        id, canonical, mentionIds, aliases, qid,
        acronyms: [...new Set(members.filter((m) => m.attrs?.acronym).map((m) => m.canonical))],
        kind: attr('orgKind') ?? null,
      });
    } else {
      out.locations.push({ id, canonical, mentionIds, aliases, qid, country: attr('country') ?? null });
    }
  }
  return out;
}
