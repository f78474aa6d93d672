import type { Stage } from './stage.js';
import { numbersStage } from '../recognizers/numbers/index.js';
import { datesStage } from '../recognizers/dates/index.js';
import { namesStage } from '../recognizers/names/index.js';

/** Every recogniser, in the order they run (order does not change results: resolve settles overlaps). */
export const STAGES: readonly Stage[] = [datesStage, numbersStage, namesStage];
