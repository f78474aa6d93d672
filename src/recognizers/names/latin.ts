/**
 * Latin-script names inside an Arabic article (DW, Sputnik, dpa, picture-alliance): a short
 * list of news agencies and outlets that are cited in photo credits and source lines, then
 * compromise (loaded lazily, only when the document has a capitalised Latin word that the
 * list does not cover) for people, organisations and places in Latin runs.
 */
import type { Doc, NameCandidate } from '../../pipeline/stage.js';
import type { TextToken } from '../../text/tokenize.js';
import { loadCompromise } from '../latin/compromise.js';

/** Lower-cased Latin names → [type, canonical?]. Reason: agencies and outlets credited in Arabic news. */
const LATIN_KNOWN = new Map<string, [NameCandidate['type'], string?]>([
  ['dw', ['organization', 'دويتشه فيله']], ['dpa', ['organization']], ['afp', ['organization', 'فرانس برس']], ['ap', ['organization']],
  ['reuters', ['organization', 'رويترز']], ['bbc', ['organization']], ['cnn', ['organization']], ['sputnik', ['organization']],
  ['rt', ['organization']], ['kremlin', ['organization', 'الكرملين']], ['picture-alliance', ['organization']], ['getty', ['organization']],
  ['epa', ['organization']], ['anadolu', ['organization']], ['xinhua', ['organization']], ['tass', ['organization']], ['ria', ['organization']],
  ['un', ['organization', 'الأمم المتحدة']], ['nato', ['organization', 'حلف شمال الأطلسي']], ['who', ['organization']], ['imf', ['organization', 'صندوق النقد الدولي']],
  ['eu', ['organization', 'الاتحاد الأوروبي']], ['fifa', ['organization']], ['uefa', ['organization']], ['opec', ['organization']], ['unicef', ['organization']],
]);
/** Latin words that look like names but are not (photo credit words, months …). */
const LATIN_SKIP = new Set(['foto', 'photo', 'pic', 'picture', 'alliance', 'images', 'image', 'via', 'source', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** Case-sensitive acronyms that are English words in lower case. */
const UPPER_ONLY = new Set(['ap', 'who', 'un', 'eu', 'rt']);

export function latinNames(doc: Doc): NameCandidate[] {
  const { tokens } = doc;
  const out: NameCandidate[] = [];
  let needNlp = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'latin') continue;
    const low = t.text.toLowerCase();
    const known = LATIN_KNOWN.get(low);
    if (known && (!UPPER_ONLY.has(low) || t.text === t.text.toUpperCase())) {
      let end = t.end;
      // DW عربية: the outlet's Arabic service.
      const n = tokens[i + 1];
      if (n && n.kind === 'arabic' && n.spaceBefore && n.proclitics.length === 0 && (n.key === 'عربيه' || n.key === 'عربي')) end = n.bodyEnd;
      const c: NameCandidate = { type: known[0], start: t.start, end, source: 'names/latin:list', confidence: 0.9, attrs: { orgKind: 'media' } };
      if (known[1]) c.canonical = known[1];
      if (known[1] === 'الكرملين') c.attrs = { orgKind: 'government' };
      out.push(c);
      continue;
    }
    if (/^[A-Z][a-z]{2,}/.test(t.text) && !LATIN_SKIP.has(low)) needNlp = true;
  }
  if (!needNlp) return out;
  try {
    const nlp = loadCompromise();
    for (const [a, b] of latinRuns(tokens)) {
      const start = tokens[a].start;
      const seg = doc.norm.text.slice(start, tokens[b - 1].end);
      const d = nlp(seg);
      const add = (view: any, type: NameCandidate['type']) => {
        for (const m of view.json({ offset: true }) as Array<{ text: string; offset?: { start: number; length: number } }>) {
          if (!m.offset) continue;
          let s = start + m.offset.start;
          let e = s + m.offset.length;
          while (e > s && /[\s.,;:!?'")\]]/.test(doc.norm.text[e - 1])) e--;
          while (s < e && /[\s'"(\[]/.test(doc.norm.text[s])) s++;
          const w = doc.norm.text.slice(s, e);
          if (e <= s || LATIN_SKIP.has(w.toLowerCase()) || !/^[A-Z]/.test(w)) continue;
          if (out.some((c) => c.start < e && s < c.end)) continue;
          out.push({ type, start: s, end: e, source: 'names/latin:compromise', confidence: 0.6 });
        }
      };
      add(d.people(), 'person');
      add(d.organizations(), 'organization');
      add(d.places(), 'location');
    }
  } catch {
    // compromise unavailable or failed on odd input: the list results stand.
  }
  return out;
}

/** Runs of Latin tokens (with the punctuation between them) on one line. */
function* latinRuns(tokens: readonly TextToken[]): Generator<[number, number]> {
  let i = 0;
  while (i < tokens.length) {
    if (tokens[i].kind !== 'latin') {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i + 1;
    while (j < tokens.length && !tokens[j].newlineBefore && (tokens[j].kind === 'latin' || tokens[j].kind === 'punct' || tokens[j].kind === 'number')) {
      if (tokens[j].kind === 'latin') last = j + 1;
      j++;
    }
    yield [i, last];
    i = j;
  }
}
