/** Jaro-Winkler similarity from natural (deep import: the root loads database drivers). */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance.js';

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  return JaroWinklerDistance(a, b);
}
