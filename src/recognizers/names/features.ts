/**
 * Feature extraction for the name tagger. The same code runs at training time (on corpus
 * sentences re-tokenised by kashif's tokenizer) and at run time (on the document's tokens),
 * so what the model learnt is exactly what it sees.
 *
 * Features are readable strings (`s=بوتين`, `s-1=رييس`, `g=B-PER` …); the model maps each
 * to a row of weights. The per-word features are produced as (template, value) pairs
 * (FeatureSink): training joins them into the feature string `template=value`, the run-time
 * tagger looks the template and the value up separately, once per distinct word, without
 * building the string.
 */
import { foldKey } from '../../text/normalize.js';
import type { TextToken } from '../../text/tokenize.js';
import { TAGGER_TRIGGERS, type TriggerClass } from '../../lexicon/tagger-triggers.js';
import { TOPIC_WORDS } from '../../lexicon/topics.js';

/** Gazetteer view used by the features: folded body key (article kept) → type. */
export interface GazView {
  /** Type of a (possibly multi-word) folded key, `undefined` when absent. */
  get(key: string): string | undefined;
  /** Whether the folded word is a known first name. */
  isFirstName?(key: string): boolean;
  /** Name-part class of a folded stem (`PER`, `PER+` when ≥ 80% …). */
  part?(key: string): string | undefined;
  /** Longest entry, in words. */
  maxLen: number;
  /** Whether some entry of more words begins with this key (lets matching stop early). */
  hasPrefix?(key: string): boolean;
}

/** Trigger words (folded stems, article stripped) → class, from the frozen lexicon. */
const TRIGGERS: ReadonlyMap<string, TriggerClass> = new Map(TAGGER_TRIGGERS.flatMap((g) => g.words.filter(Boolean).map((w) => [foldKey(w), g.cls] as const)));

/**
 * The data the features read besides the tokens, all shipped with the model and passed in
 * as one value (no module state): the gazetteer compiled from the training corpora, the
 * person-name lexicon (src/model/name-lexicon.tsv) and the word classes
 * (src/model/clusters.tsv). A null table turns its feature group off (training ablations).
 */
export interface FeatureTables {
  gaz: GazView | null;
  /** Tagger key → name class (`n3c1+f`, see scripts/build-name-lexicon.ts). */
  names: { get(key: string): string | undefined } | null;
  /** Tagger key → word-class ids, coarse to fine (see scripts/build-clusters.ts). */
  clusters: { get(key: string): ArrayLike<number> | undefined } | null;
}

export const NO_TABLES: FeatureTables = { gaz: null, names: null, clusters: null };

/** What the tagger knows of the whole document before tagging it (see src/lexicon/topics.ts). */
export interface DocContext {
  sport: boolean;
}

export const NO_CONTEXT: DocContext = { sport: false };

const SPORT = TOPIC_WORDS.find((t) => t.topic === 'sport')!;
const SPORT_WORDS: ReadonlySet<string> = new Set(SPORT.words.map((w) => foldKey(w)));

/** The document context of a token sequence: is it about sport (enough distinct sport words)? */
export function documentContext(tokens: readonly TextToken[]): DocContext {
  const seen = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'arabic') continue;
    const s = t.key || foldKey(t.text);
    if (SPORT_WORDS.has(s) || (t.article && SPORT_WORDS.has('ال' + s))) {
      seen.add(s);
      if (seen.size >= SPORT.minDistinct) return { sport: true };
    }
  }
  return NO_CONTEXT;
}

/** Word shape of a token: kind, length bucket, digits. */
function shape(t: TextToken): string {
  if (t.kind === 'arabic') {
    const st = t.stem;
    if (t.article && st.length >= 4) {
      const last = st.charCodeAt(st.length - 1);
      const prev = st.charCodeAt(st.length - 2);
      if (last === 0x064a || ((last === 0x0629 || last === 0x0647) && prev === 0x064a)) return 'aN';
    }
    return st.length <= 2 ? 'a2' : st.length <= 4 ? 'a4' : st.length <= 7 ? 'a7' : 'a8';
  }
  if (t.kind === 'number') return t.text.length >= 4 ? 'n4' : 'n';
  if (t.kind === 'latin') return t.text[0] >= 'A' && t.text[0] <= 'Z' ? 'LC' : 'lc';
  return t.kind === 'punct' ? 'p' + t.text : t.kind;
}

/** Per-token strings derived once per sentence. */
export interface TokInfo {
  /** Folded whole word. */
  w: string;
  /** Folded stem (no clitics, no article). */
  s: string;
  /** Folded body with the article restored (الكرملين for للكرملين): the gazetteer key. */
  b: string;
  sh: string;
  trig: string;
  /** Name-part class from the gazetteer ('' when none). */
  part: string;
  /** Person-name lexicon class ('' when none). */
  lx: string;
  /** Word classes, coarse to fine (empty when the word has none). */
  k: ArrayLike<number>;
}

const NONE: ArrayLike<number> = new Uint16Array(0);

function info(t: TextToken, tables: FeatureTables = NO_TABLES): TokInfo {
  if (t.kind === 'arabic') {
    const s = t.key || foldKey(t.text);
    const b = t.article ? 'ال' + s : s;
    const gaz = tables.gaz;
    const w = foldKey(t.text);
    return {
      w, s, b, sh: shape(t), trig: TRIGGERS.get(s) ?? TRIGGERS.get(b) ?? '',
      part: (gaz && gaz.part ? gaz.part(s) : undefined) ?? '',
      lx: tables.names?.get(s) ?? '',
      k: tables.clusters?.get(s) ?? tables.clusters?.get(w) ?? NONE,
    };
  }
  if (t.kind === 'number') {
    const d = t.text.length > 4 ? 'D+' : 'D'.repeat(t.text.length);
    return { w: d, s: d, b: t.text, sh: shape(t), trig: '', part: '', lx: '', k: NONE };
  }
  const l = t.kind === 'latin' ? t.text.toLowerCase() : t.text;
  return { w: l, s: l, b: l, sh: shape(t), trig: '', part: '', lx: '', k: tables.clusters?.get(l) ?? NONE };
}

/** The gazetteer key of a token: folded body with the article (الكرملين for للكرملين). */
export function bodyKey(t: TextToken): string {
  return info(t).b;
}

const BOS: TokInfo = { w: '<S>', s: '<S>', b: '', sh: 'S', trig: '', part: '', lx: '', k: NONE };
const EOS: TokInfo = { w: '</S>', s: '</S>', b: '', sh: 'S', trig: '', part: '', lx: '', k: NONE };

/**
 * Greedy longest-match gazetteer matching over the tokens' body keys: onMatch(i, n, type) for
 * each match of n tokens from token i, left to right.
 */
export function gazetteerMatches(infos: readonly TokInfo[], gaz: GazView, onMatch: (i: number, n: number, type: string) => void): void {
  for (let i = 0; i < infos.length; ) {
    let matched = 0;
    let type = '';
    let key = '';
    for (let n = 1; n <= gaz.maxLen && i + n <= infos.length; n++) {
      const b = infos[i + n - 1].b;
      if (!b) break;
      key = n === 1 ? b : key + ' ' + b;
      const ty = gaz.get(key);
      if (ty !== undefined) {
        matched = n;
        type = ty;
      }
      if (gaz.hasPrefix && !gaz.hasPrefix(key)) break;
    }
    if (matched > 0) {
      onMatch(i, matched, type);
      i += matched;
    } else i++;
  }
}

/** Greedy longest-match gazetteer tags (B-X / I-X / '' outside) over the tokens' body keys. */
export function gazetteerTags(infos: readonly TokInfo[], gaz: GazView | null): string[] {
  const out = new Array<string>(infos.length).fill('');
  if (!gaz) return out;
  gazetteerMatches(infos, gaz, (i, n, type) => {
    out[i] = 'B-' + type;
    for (let k = 1; k < n; k++) out[i + k] = 'I-' + type;
  });
  return out;
}

/**
 * Receives one feature as its template and value: the feature string is `tpl=value`, or `tpl`
 * alone when value is null (featureString). Lets the run-time tagger look a feature up
 * without building its string.
 */
export type FeatureSink = (tpl: string, value: string | null) => void;

/** The feature string of a template and a value (`s=بوتين`; `b` for a valueless feature). */
export const featureString = (tpl: string, value: string | null): string => (value === null ? tpl : tpl + '=' + value);

/** Template names of the word-class features k0, k1 … (constant strings, no concatenation per token). */
const K_TEMPLATES = Array.from({ length: 8 }, (_, j) => 'k' + j);

/** Features of one token that depend on the token alone (cacheable per word at run time). */
export function localFeatures(t: TextToken, c: TokInfo, gaz: GazView | null, sink: FeatureSink): void {
  const s = c.s;
  sink('b', null);
  sink('w', c.w);
  sink('s', s);
  sink('sh', c.sh);
  if (t.kind === 'arabic') {
    sink('pc', t.proclitics.join('') + (t.article ? '+ال' : ''));
    if (t.enclitic) sink('ec', t.enclitic);
    const L = s.length;
    if (L >= 3) {
      sink('x1', s.slice(L - 1));
      sink('x2', s.slice(L - 2));
      sink('p2', s.slice(0, 2));
    }
    if (L >= 4) {
      sink('x3', s.slice(L - 3));
      sink('p3', s.slice(0, 3));
    }
    if (L >= 6) sink('x4', s.slice(L - 4));
  }
  if (c.trig) sink('t', c.trig);
  if (gaz && c.b) {
    const single = gaz.get(c.b);
    if (single !== undefined) sink('g1', single);
    if (gaz.isFirstName && gaz.isFirstName(c.s)) sink('fn', null);
    if (c.part) sink('np', c.part);
  }
  if (c.lx) {
    sink('lx', c.lx);
    sink('lxn', c.lx.slice(0, 2));
  }
  const k = c.k;
  for (let j = 0; j < k.length; j++) sink(K_TEMPLATES[j] ?? 'k' + j, String(k[j]));
  if (k.length && c.lx) sink('k1lx', k[1] + '|' + c.lx.slice(0, 4));
}

/** A feature a token contributes to a neighbour's emission: its template and its value (null: none). */
export interface NeighbourFeature {
  tpl: string;
  value(c: TokInfo): string | null;
}

/**
 * Features a token contributes to its neighbours' emissions: NEIGHBOUR[k] is the feature
 * fired at position i when this token sits at i + OFFSETS[k].
 */
export const NEIGHBOUR_OFFSETS = [-1, 1, -2, 2, -1, 1, -1, -2, 1, -1, 1, -1, 1, -2, 2] as const;
const nbf = (tpl: string, value: (c: TokInfo) => string | null): NeighbourFeature => ({ tpl, value });
export const NEIGHBOUR: readonly NeighbourFeature[] = [
  nbf('s-1', (c) => c.s),
  nbf('s+1', (c) => c.s),
  nbf('s-2', (c) => c.s),
  nbf('s+2', (c) => c.s),
  nbf('w-1', (c) => c.w),
  nbf('w+1', (c) => c.w),
  nbf('t-1', (c) => (c.trig ? c.trig : null)),
  nbf('t-2', (c) => (c.trig ? c.trig : null)),
  nbf('t+1', (c) => (c.trig ? c.trig : null)),
  nbf('lx-1', (c) => (c.lx ? c.lx.slice(0, 4) : null)),
  nbf('lx+1', (c) => (c.lx ? c.lx.slice(0, 4) : null)),
  nbf('k1-1', (c) => (c.k.length ? String(c.k[1]) : null)),
  nbf('k1+1', (c) => (c.k.length ? String(c.k[1]) : null)),
  nbf('k0-2', (c) => (c.k.length ? String(c.k[0]) : null)),
  nbf('k0+2', (c) => (c.k.length ? String(c.k[0]) : null)),
];

export const BOS_INFO = BOS;
export const EOS_INFO = EOS;
export const tokenInfo = info;

/**
 * Features of every token of a sentence. `sink(i, feature)` receives them; the caller maps
 * strings to weights (training: to indices). The run-time tagger computes the same strings
 * with per-word caching (tagger.ts); both must stay in step.
 */
export function sentenceFeatures(tokens: readonly TextToken[], tables: FeatureTables, sink: (i: number, f: string) => void, ctx: DocContext = NO_CONTEXT): void {
  const n = tokens.length;
  const gaz = tables.gaz;
  const infos = tokens.map((t) => info(t, tables));
  const gt = gazetteerTags(infos, gaz);
  const at = (i: number): TokInfo => (i < 0 ? BOS : i >= n ? EOS : infos[i]);
  for (let i = 0; i < n; i++) {
    const c = infos[i];
    localFeatures(tokens[i], c, gaz, (tpl, v) => sink(i, featureString(tpl, v)));
    for (let k = 0; k < NEIGHBOUR.length; k++) {
      const v = NEIGHBOUR[k].value(at(i + NEIGHBOUR_OFFSETS[k]));
      if (v !== null) sink(i, NEIGHBOUR[k].tpl + '=' + v);
    }
    pairFeatures(at(i - 1), c, at(i + 1), (f) => sink(i, f));
    gazFeatures(gt, i, (f) => sink(i, f));
    if (gt[i]) sink(i, 'gs=' + gt[i] + '|' + c.sh);
    windowFeatures(infos, i, (f) => sink(i, f));
    if (ctx.sport) sportFeatures(c, gt[i], (tpl, v) => sink(i, featureString(tpl, v)));
  }
}

/**
 * Features of a token in a document about sport: its shape, its word class and its
 * gazetteer tag, each conjoined with the topic (a city's name is a club in a match report).
 */
export function sportFeatures(c: TokInfo, gazTag: string, sink: FeatureSink): void {
  sink('sp', c.sh);
  if (c.k.length > 1) sink('spk', String(c.k[1]));
  if (c.lx) sink('splx', c.lx.slice(0, 2));
  if (gazTag) sink('spg', gazTag);
}

/** Trigger classes seen in the three tokens before i (one feature per class, nearest first; `prep` left out). */
export function windowFeatures(infos: readonly TokInfo[], i: number, sink: (f: string) => void): void {
  let seen1 = '';
  let seen2 = '';
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const tr = infos[j].trig;
    if (tr && tr !== 'prep' && tr !== seen1 && tr !== seen2) {
      if (seen1) seen2 = tr;
      else seen1 = tr;
      sink('tw=' + tr);
    }
  }
}

/** Bigram and shape-pair features of a token with its neighbours. */
export function pairFeatures(p1: TokInfo, c: TokInfo, n1: TokInfo, sink: (f: string) => void): void {
  sink('b-1=' + p1.s + '|' + c.s);
  sink('b+1=' + c.s + '|' + n1.s);
  sink('sh-1=' + p1.sh + '|' + c.sh);
  sink('sh+1=' + c.sh + '|' + n1.sh);
}

/** Gazetteer-match features at token i (gt from gazetteerTags). */
export function gazFeatures(gt: readonly string[], i: number, sink: (f: string) => void): void {
  const g = gt[i];
  if (g) sink('g=' + g);
  const gp = i > 0 ? gt[i - 1] : '<S>';
  const gn = i + 1 < gt.length ? gt[i + 1] : '</S>';
  if (gp) sink('g-1=' + gp);
  if (gn) sink('g+1=' + gn);
}
