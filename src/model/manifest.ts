/**
 * The model files kashif ships (built by scripts/ from ../shared/data; licences in NOTICE.md).
 * This list is the one place that names them: the build inlines exactly these files into the
 * package, the development loader reads exactly these from src/model, and {@link loadModel}
 * requires exactly these. Adding a model file is one line here; parsing it stays with the
 * module that uses it (the tagger, the gazetteer, the word list).
 *
 * `kind` is how the bytes travel: `text` (UTF-8 text, JSON included) or `binary` (any bytes).
 */
export const MODEL_FILES = {
  'ner.json': 'text',
  'ner-rows.i16': 'binary',
  'gazetteer.json': 'text',
  'words.txt': 'text',
  'name-lexicon.tsv': 'text',
  'clusters.tsv': 'text',
} as const satisfies Record<string, ModelFileKind>;

/** How a model file is stored: UTF-8 text or raw bytes. */
export type ModelFileKind = 'text' | 'binary';

/** The name of a shipped model file (`ner.json`, `words.txt` …). */
export type ModelFileName = keyof typeof MODEL_FILES;
