/**
 * User gazetteer entries (options.gazetteer): surface forms → type, canonical name, id. The
 * forms are normalised like the document and matched token by token on clitic-free bodies,
 * so وبالكرملين matches an entry الكرملين. The id is carried as `qid`.
 *
 * The entries are compiled once into a trie over folded token keys (gazetteer-trie.ts):
 * matching is linear in the text whatever the entries (16,000 entries sharing a first word
 * cost what one does). `compileGazetteer(entries)` returns that compiled form; pass it as
 * `gazetteer` to reuse it across calls. extract() compiles a plain array once per call.
 */
import * as z from 'zod';
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import { normalizeResolved, resolveNormalizeOptions } from '../../text/normalize.js';
import { tokenizeNormalized, type TextToken } from '../../text/tokenize.js';
import { GazetteerEntrySchema, type GazetteerEntry, type NormalizeOptions, type ResolvedNormalizeOptions } from '../../schema/options.js';
import { KashifError } from '../../errors.js';
import { readPlain } from '../../pipeline/options.js';
import { CompiledGazetteer, type CompiledEntry } from './gazetteer-trie.js';
import { keyWithArticle } from '../../text/readings.js';
import { USER_GAZETTEER } from './sources.js';
import { bundledModel } from '../../model/bundled.js';
import type { KashifModel } from '../../model/model.js';
import { wordsOf } from '../../text/lexicon.js';

export { CompiledGazetteer, type CompiledEntry } from './gazetteer-trie.js';

const keyOf = (t: TextToken) => (t.kind === 'arabic' ? keyWithArticle(t) : t.kind === 'latin' ? t.text.toLowerCase() : t.text);

const normalizeKeyOf = (o: ResolvedNormalizeOptions): string => JSON.stringify(Object.keys(o).sort().map((k) => [k, o[k as keyof ResolvedNormalizeOptions]]));

/** Compile already-validated entries under resolved normalisation options, tokenised with a model's word list. */
export function compileEntries(entries: readonly GazetteerEntry[], nopts: ResolvedNormalizeOptions, words: ReadonlySet<string>): CompiledGazetteer {
  const compiled: CompiledEntry[] = entries.map((e) => {
    const c: { -readonly [K in keyof CompiledEntry]: CompiledEntry[K] } = { type: e.type };
    if (e.canonical !== undefined) c.canonical = e.canonical;
    if (e.id !== undefined) c.id = e.id;
    if (e.kind !== undefined) c.kind = e.kind;
    return c;
  });
  const g = new CompiledGazetteer(compiled, entries, normalizeKeyOf(nopts), words);
  entries.forEach((e, i) => {
    for (const form of Array.isArray(e.text) ? e.text : [e.text]) {
      const keys = tokenizeNormalized(normalizeResolved(form, nopts).text, words).map(keyOf).filter(Boolean);
      g.add(keys, i);
    }
  });
  return g;
}

/**
 * Compile gazetteer entries once, for reuse across extract() calls:
 * `const gazetteer = compileGazetteer(entries); extract(text, { gazetteer })`.
 * Pass the same `normalize` options you give extract, and the model of your extractor when it
 * is not the bundled one (`createExtractor({ model })`): the forms are tokenised with the
 * model's word list. A mismatch in either is recompiled per call.
 * Throws KashifError INVALID_OPTIONS on malformed entries.
 */
export function compileGazetteer(entries: readonly GazetteerEntry[], normalize?: NormalizeOptions, model: KashifModel = bundledModel()): CompiledGazetteer {
  const plain = readPlain(entries, 'gazetteer');
  const parsed = z.array(GazetteerEntrySchema).safeParse(plain);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `gazetteer.${i.path.join('.')}: ${i.message}`).join('; ');
    throw new KashifError('INVALID_OPTIONS', `invalid gazetteer: ${detail}`, parsed.error.issues);
  }
  return compileEntries(parsed.data, resolveNormalizeOptions(readPlain(normalize, 'normalize') as NormalizeOptions | undefined), wordsOf(model));
}

/**
 * The gazetteer compiled under these normalisation options and with this word list (the same
 * object when it already is). Option resolution compiles it with the call's model; the names
 * stage asks again with its document's model and gets the same object back.
 */
export function gazetteerFor(g: readonly GazetteerEntry[] | CompiledGazetteer, nopts: ResolvedNormalizeOptions, words: ReadonlySet<string> = wordsOf(bundledModel())): CompiledGazetteer {
  if (g instanceof CompiledGazetteer) {
    return g.normalizeKey === normalizeKeyOf(nopts) && g.words === words ? g : compileEntries(g.source as GazetteerEntry[], nopts, words);
  }
  return compileEntries(g, nopts, words);
}

export function userGazetteer(doc: Doc): NameCandidate[] {
  const given = doc.options.gazetteer;
  if (!given || given.length === 0) return [];
  const g = gazetteerFor(given, resolveNormalizeOptions(doc.options.normalize), wordsOf(doc.model));
  const { tokens } = doc;
  const keys: (string | undefined)[] = new Array(tokens.length);
  const key = (j: number, first: boolean): string | null => {
    const u = tokens[j];
    if (!first && u.proclitics.length > 0) return null;
    return (keys[j] ??= keyOf(u));
  };
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = g.longestAt(i, tokens.length, key);
    if (!m) continue;
    const e = g.entries[m.entry];
    const c: NameCandidate = {
      type: e.type, start: tokens[i].bodyStart, end: tokens[i + m.length - 1].bodyEnd, source: USER_GAZETTEER.id, confidence: USER_GAZETTEER.confidence,
    };
    if (e.canonical) c.canonical = e.canonical;
    const attrs: NonNullable<NameCandidate['attrs']> = {};
    if (e.id) attrs.qid = e.id;
    if (e.kind) attrs.orgKind = e.kind as NonNullable<NameCandidate['attrs']>['orgKind'];
    if (Object.keys(attrs).length) c.attrs = attrs;
    out.push(c);
    i += m.length - 1;
  }
  return out;
}
