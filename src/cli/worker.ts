/** Entry of dist/cli-worker.js: the batch worker thread of `kashif batch` and `kashif/node`'s extractMany. */
import '../node/worker.js';
