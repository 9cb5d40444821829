// A seeded pseudo-random generator (the demo data's mulberry32): the same seed gives the same fuzz cases, so a
// failure seen once can be replayed with FUZZ_SEED=<seed>.
import { Random as SeededRandom } from '@qadagalau/server/dist/database/seeds/demo/random';

/** The demo data's seeded generator, with what the fuzzer needs on top. */
export class Random extends SeededRandom {
  constructor(readonly seed: number) {
    super(seed);
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < count && copy.length > 0)
      out.push(copy.splice(this.int(0, copy.length - 1), 1)[0] as T);
    return out;
  }

  /** A string of `length` characters drawn from `alphabet` (code points, so emoji stay whole). */
  string(length: number, alphabet: string): string {
    const chars = [...alphabet];
    let out = '';
    for (let i = 0; i < length; i++) out += this.pick(chars);
    return out;
  }
}

/**
 * The seed of this run. By default a fixed one, so that `npm test` (and CI) sends the same cases every time and a
 * red run is a regression, not a lucky draw; FUZZ_SEED=<n> replays a run, FUZZ_SEED=random explores a fresh one
 * (its seed is printed, to replay what it finds).
 */
export const DEFAULT_FUZZ_SEED = 20_261_127;

export function fuzzSeed(env: NodeJS.ProcessEnv = process.env): number {
  const given = env['FUZZ_SEED'];
  if (given === undefined || given === '') return DEFAULT_FUZZ_SEED;
  if (given === 'random') return Math.floor(Math.random() * 0xffffffff);
  const seed = Number(given);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error(`FUZZ_SEED must be an integer 0…4294967295 or "random", got ${given}`);
  }
  return seed;
}

/** A seed for one part of a run (one mutation): replaying that part needs only the run's seed and its name. */
export function subSeed(seed: number, name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return (hash ^ seed) >>> 0;
}
