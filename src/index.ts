export { extract, parseOptions } from './pipeline/extract.js';
export { normalize, foldKey, type Normalized } from './text/normalize.js';
export { OffsetMap } from './text/offset-map.js';
export { tokenize } from './text/tokenize.js';
export { KashifError, isKashifError } from './errors.js';
export { evaluateFixture, type FixtureScore, type TypeScore, type GoldMention, GoldMentionSchema, GoldFileSchema } from './eval/fixture.js';
export * from './schema/index.js';
export { loadModel, preloadModel, defaultModel, createExtractor, KashifModel, MODEL_FILES, type ModelFiles, type ModelFileInput, type ModelFileName, type ModelFileKind, type LoadModelOptions, type Extractor, type ExtractorConfig } from './model/load.js';
export { toHtml, escapeHtml, ToHtmlOptionsSchema, type ToHtmlOptions } from './render/html.js';
