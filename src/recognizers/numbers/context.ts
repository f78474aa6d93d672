/**
 * Country context for ambiguous currency words (درهم, دينار, ليرة, ريال). The nearest
 * country cue in the same paragraph decides (looking back first, then ahead: "وفي دمشق،
 * تراجعت ... 14 ألفا و800 ليرة" is Syrian even in an article about Lebanon); then the last
 * cue in earlier paragraphs; failing that, the only candidate country the whole document
 * mentions; else null. Cues are found in one
 * scan, the first time an ambiguous currency occurs.
 */
import type { Reader } from './atoms.js';
import { COUNTRY_CUE_MAP } from './lex.js';

/** How far (tokens) to look for a cue within the paragraph. */
const WINDOW = 120;

export class CountryContext {
  private cues: Array<string | null> | null = null;
  private countries: Set<string> | null = null;
  private readonly tokens: Reader['tokens'];
  constructor(private readonly r: Reader) {
    this.tokens = r.tokens;
  }

  private scan(): void {
    const cues: Array<string | null> = new Array(this.tokens.length).fill(null);
    const found = new Set<string>();
    this.tokens.forEach((t, i) => {
      if (t.kind !== 'arabic' || t.text.length < 3) return;
      const h = this.r.lookup(COUNTRY_CUE_MAP, i);
      if (h) {
        cues[i] = h.entry.country;
        found.add(h.entry.country);
      }
    });
    this.cues = cues;
    this.countries = found;
  }

  /** The currency for a bare ambiguous word at token index i, or null when unsure. */
  resolve(byCountry: Readonly<Record<string, string>>, i: number): string | null {
    if (!this.cues) this.scan();
    const cues = this.cues as Array<string | null>;
    const toks = this.tokens;
    // Back to the paragraph start.
    for (let j = i, n = 0; j >= 0 && n < WINDOW; j--, n++) {
      const c = cues[j];
      if (c && byCountry[c]) return byCountry[c];
      if (toks[j].newlineBefore) break;
    }
    // Ahead to the paragraph end.
    for (let j = i + 1, n = 0; j < toks.length && n < WINDOW && !toks[j].newlineBefore; j++, n++) {
      const c = cues[j];
      if (c && byCountry[c]) return byCountry[c];
    }
    // Back into earlier paragraphs: the country the text was last about.
    for (let j = i, n = 0; j >= 0 && n < WINDOW * 4; j--, n++) {
      const c = cues[j];
      if (c && byCountry[c]) return byCountry[c];
    }
    let hit: string | null = null;
    for (const [country, iso] of Object.entries(byCountry)) {
      if (!(this.countries as Set<string>).has(country)) continue;
      if (hit !== null && hit !== iso) return null;
      hit = iso;
    }
    return hit;
  }
}
