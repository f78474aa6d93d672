/**
 * The reading layer: one reading of each token, built once per document after tokenising
 * and carried on the document (`Doc.readings`). Every recogniser reads words through it
 * instead of re-deriving clitics: for each token its folded key, the key with and without
 * the article, with each proclitic of the one table (src/lexicon/proclitics.ts) stripped,
 * and with an enclitic stripped; and look-ups against a vocabulary with explicit options.
 *
 * Readings are computed lazily per token (most tokens are never asked about) and kept for
 * the life of the document; nothing here is shared between documents.
 *
 * The readings of a token, in try order (the first one a vocabulary holds wins):
 *   1. the whole folded word;
 *   2. without the article (الخميس → خميس), when what is left has two letters or more;
 *   3. for each proclitic of the table a reader may strip, in table order, when the word starts with it and
 *      two letters or more are left: the rest; the rest without the article (والخميس →
 *      خميس); after a proclitic ending in ل, the rest without its first ل (للخميس: ل + ال).
 * Enclitic readings (بلاده → بلاد + ه) come only when a look-up asks for them.
 *
 * Readers of whole words (the name rules) read `words()`: each token with its folded text,
 * its key with the article, and its ل + ل-word reading (للجنة → لجنة), derived here once per
 * token; `leadingProclitic` splits one more letter of the table off a key. Word-level answers
 * a reader derives from the model (is the word unknown, a name part …) are kept per document
 * in `remember`; the model itself is carried here (`model`, `words`).
 */
import { foldKey } from './normalize.js';
import type { TextToken } from './tokenize.js';
import { ENCLITICS, PROCLITICS, procliticForms, procliticsFor, type ProcliticContext, type ProcliticKind } from '../lexicon/proclitics.js';
import type { KashifModel } from '../model/model.js';
import { bundledModel } from '../model/bundled.js';
import { wordsOf } from './lexicon.js';

/** One way of reading a token: which prefix was stripped and what key is left. */
export interface Reading {
  /** Folded key looked up in a vocabulary. */
  readonly key: string;
  /** The stripped proclitic string ('' when none), as in the table: و, وب, ل … */
  readonly prefix: string;
  /** Whether the prefix ends in a preposition (ب ل ك), so a short key is suspicious. */
  readonly preposition: boolean;
  /** The article was stripped (ال, or the second ل of لل). */
  readonly article: boolean;
  /** The stripped enclitic ('' when none). */
  readonly enclitic: string;
  /** Normalised offset where a mention of the word begins: after the prefix, article kept. */
  readonly start: number;
  /** Normalised offset where the body ends: before the enclitic. */
  readonly end: number;
}

/** Which readings a look-up may use. */
export interface ReadOptions {
  /**
   * The proclitics that may precede the word: a context of the table, an explicit list of
   * forms, or 'none' (the word as written, with or without the article).
   */
  proclitics: ProcliticContext | readonly string[] | ReadonlySet<string> | 'none';
  /** Whether a reading without the article may match. */
  article: boolean;
  /** Minimum key length of a reading with a stripped prefix (default 2). */
  minStem?: number;
  /** Minimum length of what follows a stripped preposition, article included (لست is no ل + ست: 3). */
  minAfterPreposition?: number;
  /** Also try the readings with an enclitic stripped (after all others). */
  enclitic?: boolean;
}

export interface ReadHit<T> {
  entry: T;
  reading: Reading;
}

const AL0 = 0x0627;
const L = 0x0644;
const NONE: readonly Reading[] = Object.freeze([]);
/** The proclitics some reader may strip (the tokenizer's own `analysis` and `glued` contexts do not read readings). */
const READ_PROCLITICS = PROCLITICS.filter((p) => p.contexts.some((c) => c !== 'analysis' && c !== 'glued'));
/** Every proclitic a reader may strip starts with one of these letters. */
const FIRST_LETTERS = new Set(READ_PROCLITICS.map((p) => p.form.charCodeAt(0)));
const PREPOSITION_FORMS = new Set(PROCLITICS.filter((p) => p.kind === 'preposition').map((p) => p.form));
/** Try order: table order; a Set per context, built once. */
const CONTEXT_SETS = new Map<ProcliticContext, ReadonlySet<string>>();
function contextSet(c: ProcliticContext): ReadonlySet<string> {
  let s = CONTEXT_SETS.get(c);
  if (!s) {
    s = new Set(procliticForms(c));
    CONTEXT_SETS.set(c, s);
  }
  return s;
}

/** The set of allowed prefixes for options, or null for 'none'. */
function allowedSet(p: ReadOptions['proclitics']): ReadonlySet<string> | null {
  if (p === 'none') return null;
  if (typeof p === 'string') return contextSet(p);
  if (p instanceof Set) return p as ReadonlySet<string>;
  return new Set(p as readonly string[]);
}

/** Whether a look-up with these options may use reading r. */
function allows(r: Reading, allowed: ReadonlySet<string> | null, opts: ReadOptions): boolean {
  if (r.article && !opts.article) return false;
  if (r.prefix === '') return true;
  if (allowed === null || !allowed.has(r.prefix)) return false;
  if (r.key.length < (opts.minStem ?? 2)) return false;
  if (r.preposition && opts.minAfterPreposition !== undefined && !r.article && r.key.length < opts.minAfterPreposition) return false;
  return true;
}

/**
 * One token as a reader of whole words sees it: the token's own analysis (key, article,
 * proclitics, enclitic) and what the reading layer derives from it, once per token.
 */
export interface Word extends TextToken {
  /** The document's reading layer: the model, per-document memos. */
  readonly readings: Readings;
  /** foldKey of the whole token text ('' for a token that is not Arabic). */
  readonly folded: string;
  /** The key with the article the tokenizer split off (الكرملين for للكرملين); the key when there is none. */
  readonly withArticle: string;
  /**
   * For a definite token written proclitic + لل (للجنة, وللجنة): the key read as a proclitic
   * of the table ending in ل + a word that itself begins with ل (لجنه), '' otherwise. The
   * tokenizer reads لل as ل + ال; a reader whose vocabulary holds the ل-word prefers this.
   */
  readonly lamKey: string;
}

/** 'ال' + key for a definite token, the key otherwise (a token without a document). */
export function keyWithArticle(t: TextToken): string {
  return t.article ? 'ال' + t.key : t.key;
}

/** One-letter proclitics by context and kind, from the table. */
const LEADING = new Map<string, ReadonlySet<string>>();

/**
 * The key with one more proclitic of `context` split off its front (لدعم → دعم for a word
 * the tokenizer kept whole), or null when the key does not begin with one. Only the table's
 * one-letter entries of that context (and of that kind, when given) count; `minLength` is the
 * least length of the key.
 */
export function leadingProclitic(key: string, context: ProcliticContext, minLength = 2, kind?: ProcliticKind): string | null {
  const id = kind ? context + ':' + kind : context;
  let set = LEADING.get(id);
  if (!set) {
    set = new Set(procliticsFor(context).filter((p) => p.parts.length === 1 && (!kind || p.kind === kind)).map((p) => p.form));
    LEADING.set(id, set);
  }
  return key.length >= minLength && set.has(key[0]) ? key.slice(1) : null;
}

/** Proclitics that end in ل and so may be written before a ل-word as لل (ل, ول, فل). */
const LAM_PREFIXES = new Set(PROCLITICS.filter((p) => p.form.endsWith('ل') && p.kind === 'preposition').map((p) => p.form));

function lamKeyOf(t: TextToken, folded: string): string {
  if (!t.article || folded.length < 4) return '';
  const i = folded.indexOf('لل');
  // اللجنة is the article on لجنة, not ل + لجنة.
  if (i < 0 || i > 2 || (i > 0 && folded[i - 1] === 'ا') || !LAM_PREFIXES.has(folded.slice(0, i + 1))) return '';
  return folded.slice(i + 1);
}

/** The readings of one document's tokens. */
export class Readings {
  // Per-token caches, allocated at the document's length on first use (a sparse array
  // written at large indices falls back to a slow dictionary).
  private cache: (readonly Reading[] | undefined)[] | null = null;
  private encliticCache: (readonly Reading[] | undefined)[] | null = null;
  private readonly contextCache = new Map<ProcliticContext, (readonly Reading[] | undefined)[]>();
  private wordList: Word[] | null = null;
  private wordSet: ReadonlySet<string> | null = null;
  private readonly memos = new Map<string, Map<string, unknown>>();
  private readonly values = new Map<string, unknown>();

  /** `model`: the model the document is read with (its word list, gazetteer and tagger). */
  constructor(readonly tokens: readonly TextToken[], readonly model: KashifModel) {}

  get length(): number {
    return this.tokens.length;
  }

  /** The model's folded word list. */
  get words(): ReadonlySet<string> {
    return (this.wordSet ??= wordsOf(this.model));
  }

  /** Every token as a {@link Word}, built on first use and kept for the document. */
  wordTokens(): readonly Word[] {
    if (this.wordList) return this.wordList;
    const out: Word[] = new Array(this.tokens.length);
    // A key's article form is one string per document (look-ups hash it once).
    const articleForms = new Map<string, string>();
    for (let i = 0; i < this.tokens.length; i++) {
      const t = this.tokens[i];
      let withArticle = t.key;
      if (t.article) {
        withArticle = articleForms.get(t.key) ?? keyWithArticle(t);
        articleForms.set(t.key, withArticle);
      }
      const folded = this.folded(i);
      out[i] = {
        index: t.index, kind: t.kind, text: t.text, start: t.start, end: t.end, bodyStart: t.bodyStart, bodyEnd: t.bodyEnd,
        proclitics: t.proclitics, article: t.article, enclitic: t.enclitic, stem: t.stem, key: t.key, spaceBefore: t.spaceBefore, newlineBefore: t.newlineBefore,
        readings: this, folded, withArticle, lamKey: lamKeyOf(t, folded),
      };
    }
    this.wordList = out;
    return out;
  }

  /**
   * A word-level answer kept for this document: `memo` names the question (`names/unknown`),
   * `key` the word (its text); `compute` runs once per key. Answers derived from the model
   * live here, so nothing of one document or model leaks into another.
   */
  remember<V>(memo: string, key: string, compute: () => V): V {
    let m = this.memos.get(memo) as Map<string, V> | undefined;
    if (!m) {
      m = new Map();
      this.memos.set(memo, m);
    }
    let v = m.get(key);
    if (v === undefined) {
      v = compute();
      m.set(key, v);
    }
    return v;
  }

  /** A value kept for this document (`build` runs on the first ask that finds none; a throw keeps nothing). */
  value<V>(name: string, build: () => V): V {
    if (this.values.has(name)) return this.values.get(name) as V;
    const v = build();
    this.values.set(name, v);
    return v;
  }

  /** foldKey of the whole token text for an Arabic token, '' for any other token. */
  folded(i: number): string {
    const t = this.tokens[i];
    if (!t || t.kind !== 'arabic') return '';
    // The tokenizer's key is the folded word when it split nothing off: no new string then.
    if (t.proclitics.length === 0 && !t.article && t.enclitic === null && t.key.length === t.text.length) return t.key;
    return foldKey(t.text);
  }

  /** Every reading of token i without enclitics, in try order (none for a non-Arabic token). Shared: never mutate. */
  all(i: number): readonly Reading[] {
    const cache = this.cache ?? (this.cache = new Array(this.tokens.length));
    const hit = cache[i];
    if (hit) return hit;
    const t = this.tokens[i];
    if (!t || t.kind !== 'arabic' || t.text.length === 0) return NONE;
    const f = this.folded(i);
    const out: Reading[] = [];
    const end = t.end;
    out.push({ key: f, prefix: '', preposition: false, article: false, enclitic: '', start: t.start, end });
    if (f.length > 3 && f.charCodeAt(0) === AL0 && f.charCodeAt(1) === L) out.push({ key: f.slice(2), prefix: '', preposition: false, article: true, enclitic: '', start: t.start, end });
    if (FIRST_LETTERS.has(f.charCodeAt(0))) {
      for (const p of READ_PROCLITICS) {
        const pf = p.form;
        if (f.length <= pf.length + 1 || !f.startsWith(pf)) continue;
        const rest = f.slice(pf.length);
        const start = t.start + pf.length;
        const preposition = PREPOSITION_FORMS.has(pf);
        out.push({ key: rest, prefix: pf, preposition, article: false, enclitic: '', start, end });
        if (rest.length > 3 && rest.charCodeAt(0) === AL0 && rest.charCodeAt(1) === L) out.push({ key: rest.slice(2), prefix: pf, preposition, article: true, enclitic: '', start, end });
        if (pf.charCodeAt(pf.length - 1) === L && rest.length > 2 && rest.charCodeAt(0) === L) out.push({ key: rest.slice(1), prefix: pf, preposition, article: true, enclitic: '', start, end });
      }
    }
    cache[i] = out;
    return out;
  }

  /**
   * The readings of token i a context may use (no prefix, or a prefix of that context), in
   * try order; cached per context. Shared: never mutate.
   */
  of(i: number, context: ProcliticContext): readonly Reading[] {
    return this.ofCached(i, this.contextArray(context), contextSet(context));
  }

  /** `of` bound to one context, for a reader that asks for every token (no context look-up per call). */
  reader(context: ProcliticContext): (i: number) => readonly Reading[] {
    const cache = this.contextArray(context);
    const allowed = contextSet(context);
    return (i: number) => this.ofCached(i, cache, allowed);
  }

  private contextArray(context: ProcliticContext): (readonly Reading[] | undefined)[] {
    let cache = this.contextCache.get(context);
    if (!cache) {
      cache = new Array(this.tokens.length);
      this.contextCache.set(context, cache);
    }
    return cache;
  }

  private ofCached(i: number, cache: (readonly Reading[] | undefined)[], allowed: ReadonlySet<string>): readonly Reading[] {
    const hit = cache[i];
    if (hit) return hit;
    const rs = this.all(i);
    let out: readonly Reading[] = rs;
    for (let x = 0; x < rs.length; x++) {
      if (rs[x].prefix !== '' && !allowed.has(rs[x].prefix)) {
        out = rs.filter((r) => r.prefix === '' || allowed.has(r.prefix));
        break;
      }
    }
    cache[i] = out;
    return out;
  }

  /** The readings of token i with an enclitic stripped (stem of two letters or more), in try order. */
  withEnclitic(i: number): readonly Reading[] {
    const encliticCache = this.encliticCache ?? (this.encliticCache = new Array(this.tokens.length));
    const hit = encliticCache[i];
    if (hit) return hit;
    const base = this.all(i);
    const out: Reading[] = [];
    for (const r of base) {
      for (const e of ENCLITICS) {
        const k = r.key;
        if (k.length - e.form.length < 2 || !k.endsWith(e.form)) continue;
        out.push({ ...r, key: k.slice(0, k.length - e.form.length), enclitic: e.form, end: r.end - e.form.length });
      }
    }
    encliticCache[i] = out;
    return out;
  }

  /** The first reading of token i that the options allow and the vocabulary holds. */
  lookup<T>(i: number, vocabulary: ReadonlyMap<string, T>, opts: ReadOptions): ReadHit<T> | null {
    const allowed = allowedSet(opts.proclitics);
    const rs = this.all(i);
    for (let x = 0; x < rs.length; x++) {
      const r = rs[x];
      if (!allows(r, allowed, opts)) continue;
      const entry = vocabulary.get(r.key);
      if (entry !== undefined) return { entry, reading: r };
    }
    if (opts.enclitic) {
      for (const r of this.withEnclitic(i)) {
        if (!allows(r, allowed, opts)) continue;
        const entry = vocabulary.get(r.key);
        if (entry !== undefined) return { entry, reading: r };
      }
    }
    return null;
  }

  /** The first allowed reading of token i whose key is one of `keys`. */
  match(i: number, keys: ReadonlySet<string> | readonly string[], opts: ReadOptions): Reading | null {
    const rs = this.all(i);
    if (rs.length === 0) return null;
    const allowed = allowedSet(opts.proclitics);
    const list = Array.isArray(keys) ? (keys as readonly string[]) : null;
    for (let x = 0; x < rs.length; x++) {
      const r = rs[x];
      if (!allows(r, allowed, opts)) continue;
      if (list ? list.includes(r.key) : (keys as ReadonlySet<string>).has(r.key)) return r;
    }
    if (opts.enclitic) {
      for (const r of this.withEnclitic(i)) {
        if (!allows(r, allowed, opts)) continue;
        if (list ? list.includes(r.key) : (keys as ReadonlySet<string>).has(r.key)) return r;
      }
    }
    return null;
  }
}

/** The reading layer of a token list under a model (the pipeline builds it once per document; tools and tests may leave the bundled model). */
export function readTokens(tokens: readonly TextToken[], model: KashifModel = bundledModel()): Readings {
  return new Readings(tokens, model);
}

/**
 * The document's reading layer: the one the pipeline built, or (for a document built by hand
 * in a test) one built now and kept on that document.
 */
export function readingsOf(doc: { tokens: readonly TextToken[]; readings?: Readings; model: KashifModel }): Readings {
  if (!doc.readings || doc.readings.tokens !== doc.tokens) doc.readings = readTokens(doc.tokens, doc.model);
  return doc.readings;
}
