export { extract, parseOptions } from './pipeline/extract.js';
export { normalize, foldKey, type Normalized } from './text/normalize.js';
export { OffsetMap } from './text/offset-map.js';
export { tokenize } from './text/tokenize.js';
export { KashifError, isKashifError } from './errors.js';
export { evaluateFixture, type FixtureScore, type GoldMention, GoldFileSchema } from './eval/fixture.js';
export * from './schema/index.js';
export { extractMany, extractManySync, type ExtractManyItem, type ExtractManySource } from './batch/extract-many.js';
