'use strict';
// compromise and its dates plugin (~300 ms to load), required on the first call with the
// runtime's own require: nothing is loaded at import. Kept as a separate CommonJS file by the
// build (tsup.config.ts), so that Node, Deno and Bun resolve the packages from node_modules and
// a bundler inlines them (as a module evaluated on that first call), without `node:module`.
module.exports = function loadCompromise() {
  const nlp = require('compromise');
  nlp.plugin(require('compromise-dates'));
  return nlp;
};
