import type { Stage } from '../../pipeline/stage.js';

/** Numbers stage (issue: numbers). Placeholder until the recogniser lands. */
export const numbersStage: Stage = {
  name: 'numbers',
  types: ['number'],
  run: () => ({ candidates: [] }),
};
