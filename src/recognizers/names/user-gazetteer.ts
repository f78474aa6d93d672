/**
 * User gazetteer entries (options.gazetteer): surface forms → type, canonical name, id. The
 * forms are normalised like the document and matched token by token on clitic-free bodies,
 * so وبالكرملين matches an entry الكرملين. The id is carried as `qid`.
 */
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import { normalizeResolved, resolveNormalizeOptions } from '../../text/normalize.js';
import { tokenizeNormalized, type TextToken } from '../../text/tokenize.js';
import { fullKey } from './rules-lex.js';

const keyOf = (t: TextToken) => (t.kind === 'arabic' ? fullKey(t) : t.kind === 'latin' ? t.text.toLowerCase() : t.text);

export function userGazetteer(doc: Doc): NameCandidate[] {
  const entries = doc.options.gazetteer;
  if (!entries || entries.length === 0) return [];
  const nopts = resolveNormalizeOptions(doc.options.normalize);
  const byFirst = new Map<string, Array<{ keys: string[]; i: number }>>();
  entries.forEach((e, i) => {
    for (const form of Array.isArray(e.text) ? e.text : [e.text]) {
      const toks = tokenizeNormalized(normalizeResolved(form, nopts).text);
      const keys = toks.map(keyOf).filter(Boolean);
      if (keys.length === 0) continue;
      const list = byFirst.get(keys[0]) ?? [];
      list.push({ keys, i });
      list.sort((x, y) => y.keys.length - x.keys.length);
      byFirst.set(keys[0], list);
    }
  });
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = byFirst.get(keyOf(tokens[i]));
    if (!list) continue;
    for (const m of list) {
      let ok = true;
      for (let k = 1; k < m.keys.length && ok; k++) {
        const u = tokens[i + k];
        ok = !!u && keyOf(u) === m.keys[k] && (k === 0 || u.proclitics.length === 0);
      }
      if (!ok) continue;
      const e = entries[m.i];
      const c: NameCandidate = {
        type: e.type, start: tokens[i].bodyStart, end: tokens[i + m.keys.length - 1].bodyEnd, source: 'names/gazetteer:user', confidence: 1,
      };
      if (e.canonical) c.canonical = e.canonical;
      const attrs: NonNullable<NameCandidate['attrs']> = {};
      if (e.id) attrs.qid = e.id;
      if (e.kind) attrs.orgKind = e.kind;
      if (Object.keys(attrs).length) c.attrs = attrs;
      out.push(c);
      i += m.keys.length - 1;
      break;
    }
  }
  return out;
}
