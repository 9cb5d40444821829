// The two Russian adjective forms the composed names need. Only the endings present in the data are handled;
// anything else throws, so a new irregular name is noticed by the data tests instead of being misspelt.

const ENDINGS: ReadonlyArray<readonly [string, string, string]> = [
  // masculine nominative, masculine genitive, feminine nominative
  ['ский', 'ского', 'ская'],
  ['цкий', 'цкого', 'цкая'],
  ['ный', 'ного', 'ная'],
];

function inflect(adjective: string, form: 1 | 2): string {
  for (const ending of ENDINGS) {
    if (adjective.endsWith(ending[0])) return adjective.slice(0, -ending[0].length) + ending[form];
  }
  throw new Error(`No Russian adjective ending known for "${adjective}"`);
}

/** "Бурабайский" → "Бурабайского" (района), "Астанинский" → "Астанинского" (гарнизона). */
export function genitive(adjective: string): string {
  return inflect(adjective, 1);
}

/** "Астанинский" → "Астанинская" (транспортная прокуратура). */
export function feminine(adjective: string): string {
  return inflect(adjective, 2);
}
