export * from './mention.js';
export * from './records.js';
export * from './options.js';
export * from './result.js';
export * from './token.js';
export * from './batch.js';
