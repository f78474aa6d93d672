import type { Stage } from '../../pipeline/stage.js';

/** Names stage: tagger + rules + gazetteers (issue: names). Placeholder until it lands. */
export const namesStage: Stage = {
  name: 'names',
  types: ['person', 'organization', 'location'],
  enabled: (o) => o.model || o.rules || o.gazetteer.length > 0,
  run: () => ({ candidates: [] }),
};
