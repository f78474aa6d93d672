/**
 * Entry of dist/cli-worker.js: the batch worker thread of `kashif batch` and `kashif/node`'s
 * extractMany. A call, not a bare import: the package has `"sideEffects": false`, so a bundler
 * may drop a module imported only for its effects.
 */
import { runWorker } from '../node/worker.js';

runWorker();
