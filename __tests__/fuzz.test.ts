/**
 * The fuzz suite with a fixed seed and a bounded count (issue 15): the generators and
 * invariants of scripts/fuzz.ts, a few thousand cases. `npm run fuzz` runs 100,000+ with a
 * random seed. A failure prints fast-check's counterexample and the seed to replay it.
 */
import * as kashif from '../src/index';
import { PLANS, runFuzz } from '../scripts/fuzz';
import fc from 'fast-check';

const SEED = 20261201;
const TOTAL = 3000;

describe('fuzz (fixed seed, bounded count)', () => {
  test.each(PLANS.map((p) => [p.name, p] as const))('%s', (_name, plan) => {
    fc.assert(plan.property(kashif), { numRuns: Math.max(1, Math.round(TOTAL * plan.weight)), seed: SEED, endOnFailure: true });
  }, 300_000);

  test('runFuzz runs every plan and counts its cases', () => {
    expect(runFuzz(kashif, PLANS.length, SEED)).toBeGreaterThanOrEqual(PLANS.length);
  }, 120_000);
});
