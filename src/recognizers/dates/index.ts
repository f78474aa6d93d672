import type { Stage } from '../../pipeline/stage.js';

/** Dates stage (issue: dates). Placeholder until the recogniser lands. */
export const datesStage: Stage = {
  name: 'dates',
  types: ['date'],
  run: () => ({ candidates: [] }),
};
