// Fuzz cases for every mutation of the schema, built from its argument types: each case starts from plausible
// values (real ids from the demo data, real dates, valid enum values — so it gets past "not found" to the deeper
// validation) and turns one or a few inputs hostile (see values.ts), or breaks the shape of a whole argument.
// Some cases put the arguments inline in the document instead of variables.
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { Random } from './random';
import {
  IMPOSSIBLE_DATES,
  IMPOSSIBLE_DATETIMES,
  NUMBERS,
  ODD_IDS,
  QUARTERS,
  hostileString,
  type Hostile,
} from './values';

/** A record the fuzzer may point an id at, with its optimistic-locking version when it has one. */
export interface PoolRecord {
  id: string;
  version?: number;
}

export interface PoolCase extends PoolRecord {
  courtId: string;
  /** Children of the case by GraphQL type name: CourtAct, Hearing, Protest, Conclusion, Notification … */
  children: Record<string, PoolRecord[]>;
}

/** What one role sees of the demo data, fetched through the API with its token (pools.ts). */
export interface Pools {
  role: string;
  cases: PoolCase[];
  /** Records by GraphQL type name (Case, Hearing, Office, Court, Region, Prosecutor, Application …). */
  byType: Record<string, PoolRecord[]>;
  themeCodes: string[];
  specializedOfficeIds: string[];
  territorialOfficeIds: string[];
  ownOfficeId?: string;
  ownRegionId?: string;
}

export interface FuzzCase {
  mutation: string;
  role: string;
  /** What was made hostile, e.g. `input.summary ← oversized 100000 bytes of "ж"`; `plausible` when nothing. */
  label: string;
  document: string;
  variables: Record<string, unknown>;
  /** The arguments sent, whether as variables or inline. */
  args: Record<string, unknown>;
  inline: boolean;
  /** Every string sent (for read-back and to tell an echo of the input from a leak). */
  sentStrings: string[];
  /** Top-level string inputs (argument or `input.X`) by field name: what a successful mutation must store as is. */
  storedStrings: Record<string, string>;
  returnType: string;
}

export interface GenerateOptions {
  schema: GraphQLSchema;
  random: Random;
  pools: Pools;
  /** The mutation's name → the roles' pools; cases are spread over the roles. */
  today: string;
  /** Unique suffix source for numbers that must be unique (case numbers, registration numbers). */
  nextSerial: () => number;
  /**
   * Arguments this mutation accepted before, as this role: when given, most cases start from them and turn one
   * or a few inputs hostile, so the hostile value meets the deepest checks (the rules, the database) rather than
   * an unrelated refusal of a random plausible input.
   */
  accepted?: readonly Record<string, unknown>[];
}

const DATE_NAME = /(On|Date|^date|^valid(From|To))$/;
const HOSTILE_BOOLEANS: readonly Hostile[] = [
  { label: 'string "true"', value: 'true' },
  { label: 'number 1', value: 1 },
  { label: 'empty string', value: '' },
  { label: 'object', value: {} },
];

/** The mutations of the schema, by name. */
export function mutationFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  const type = schema.getMutationType();
  return type ? Object.values(type.getFields()) : [];
}

/** The scalar (and enum) fields of an object type that take no required argument: what a case selects. */
export function scalarSelection(type: GraphQLNamedType): string[] {
  if (!isObjectType(type)) return [];
  return Object.values(type.getFields())
    .filter((f) => {
      const named = getNamedType(f.type);
      return (isScalarType(named) || isEnumType(named)) && f.args.every((a) => !isNonNullType(a.type));
    })
    .map((f) => f.name);
}

/** One fuzz case for `field` as `pools.role`. */
export function generateCase(field: GraphQLField<unknown, unknown>, options: GenerateOptions): FuzzCase {
  const { random } = options;
  const returnType = getNamedType(field.type).name;
  const gen = new Generator(field, options);

  // Every path (argument, input field, nested input field, list element) a case may attack.
  const paths = gen.attackablePaths();
  const roll = random.next();
  let strategy: 'plausible' | 'one' | 'several' | 'structural';
  // Plausible cases more often until one was accepted: the others start from it.
  const plausibleShare = options.accepted?.length ? 0.08 : 0.25;
  if (roll < plausibleShare || paths.length === 0) strategy = 'plausible';
  else if (roll < 0.72) strategy = 'one';
  else if (roll < 0.9) strategy = 'several';
  else strategy = 'structural';

  if (strategy === 'one') gen.hostile.add(random.pick(paths));
  if (strategy === 'several') for (const p of random.sample(paths, random.int(2, 4))) gen.hostile.add(p);
  if (strategy === 'structural') gen.structural = random.pick(field.args).name;

  let variables: Record<string, unknown> = {};
  const base =
    options.accepted?.length && strategy !== 'structural' && random.chance(0.7)
      ? random.pick(options.accepted)
      : undefined;
  if (base) {
    variables = gen.fromAccepted(base);
    gen.labels.unshift('from an accepted input');
  } else {
    for (const arg of field.args) {
      const made = gen.argument(arg);
      if (made.present) variables[arg.name] = made.value;
    }
  }
  gen.fixVersions(variables);

  const selection = scalarSelection(getNamedType(field.type));
  const inline = random.chance(0.15);
  const document = inline
    ? inlineDocument(field, variables, selection)
    : variableDocument(field, variables, selection);
  const sentStrings: string[] = [];
  collectStrings(variables, sentStrings);
  const storedStrings: Record<string, string> = {};
  for (const [name, value] of Object.entries(variables)) {
    if (typeof value === 'string') storedStrings[name] = value;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, innerValue] of Object.entries(value)) {
        if (typeof innerValue === 'string') storedStrings[inner] = innerValue;
      }
    }
  }
  return {
    mutation: field.name,
    role: options.pools.role,
    label: gen.labels.length ? gen.labels.join('; ') : 'plausible',
    document,
    variables: inline ? {} : variables,
    args: variables,
    inline,
    sentStrings,
    storedStrings,
    returnType,
  };
}

class Generator {
  readonly hostile = new Set<string>();
  structural: string | undefined;
  readonly labels: string[] = [];
  private readonly random: Random;
  private readonly pools: Pools;
  /** The case the plausible ids of this fuzz case belong to (so a court act is the case's act …). */
  private readonly subject: PoolCase | undefined;
  private readonly returnType: string;

  constructor(
    private readonly field: GraphQLField<unknown, unknown>,
    private readonly options: GenerateOptions,
  ) {
    this.random = options.random;
    this.pools = options.pools;
    this.returnType = getNamedType(field.type).name;
    // Prefer a case that has a child of the kind the mutation acts on.
    const withChild = this.pools.cases.filter((c) => (c.children[this.returnType]?.length ?? 0) > 0);
    const candidates = withChild.length && this.random.chance(0.8) ? withChild : this.pools.cases;
    this.subject = candidates.length ? this.random.pick(candidates) : undefined;
  }

  /**
   * A copy of accepted arguments with the planned paths made hostile; values that must be unique (numbers,
   * idempotency keys) are made anew.
   */
  fromAccepted(base: Record<string, unknown>): Record<string, unknown> {
    const copy = structuredClone(base);
    const renew = (object: Record<string, unknown>) => {
      for (const key of Object.keys(object)) {
        if (key === 'number' || key === 'registrationNumber') object[key] = `FZ-${this.options.nextSerial()}`;
        if (key === 'idempotencyKey')
          object[key] = `fz-${this.options.nextSerial()}-${this.random.int(0, 1e9)}`;
      }
    };
    renew(copy);
    for (const value of Object.values(copy)) {
      if (value && typeof value === 'object' && !Array.isArray(value))
        renew(value as Record<string, unknown>);
    }
    for (const path of this.hostile) {
      const steps = path.replace(/\[\]/g, '.[]').split('.');
      let type: GraphQLInputType | undefined = this.field.args.find((a) => a.name === steps[0])?.type;
      let holder: Record<string, unknown> | unknown[] = copy;
      let key: string | number = steps[0]!;
      for (const step of steps.slice(1)) {
        const inner: GraphQLInputType | undefined = type
          ? (getNullableType(type) as GraphQLInputType)
          : undefined;
        const current: unknown = (holder as Record<string, unknown>)[key as string];
        if (step === '[]') {
          const list = Array.isArray(current) && current.length ? current : [undefined];
          (holder as Record<string, unknown>)[key as string] = list;
          holder = list;
          key = 0;
          type = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : undefined;
        } else {
          const object: Record<string, unknown> =
            current && typeof current === 'object' && !Array.isArray(current)
              ? (current as Record<string, unknown>)
              : {};
          (holder as Record<string, unknown>)[key as string] = object;
          holder = object;
          key = step;
          type = inner && isInputObjectType(inner) ? inner.getFields()[step]?.type : undefined;
        }
      }
      if (!type) continue;
      const name = steps.filter((x) => x !== '[]').at(-1) ?? '';
      const hostile = this.hostileValue(type, name);
      this.labels.push(`${path} ← ${hostile.label}`);
      if (hostile.label === 'missing') delete (holder as Record<string, unknown>)[key as string];
      else (holder as Record<string, unknown>)[key as string] = hostile.value;
    }
    return copy;
  }

  attackablePaths(): string[] {
    const paths: string[] = [];
    const walk = (type: GraphQLInputType, path: string, depth: number) => {
      paths.push(path);
      const inner = getNullableType(type);
      if (isListType(inner)) {
        walk(inner.ofType as GraphQLInputType, `${path}[]`, depth + 1);
        return;
      }
      if (isInputObjectType(inner) && depth < 4) {
        for (const f of Object.values(inner.getFields())) walk(f.type, `${path}.${f.name}`, depth + 1);
      }
    };
    for (const arg of this.field.args) walk(arg.type, arg.name, 0);
    return paths;
  }

  argument(arg: GraphQLArgument): { present: boolean; value: unknown } {
    if (this.structural === arg.name) return this.structuralValue(arg);
    return this.value(arg.type, arg.name, arg.name, true);
  }

  private structuralValue(arg: GraphQLArgument): { present: boolean; value: unknown } {
    const choices: Array<{ label: string; present: boolean; value: unknown }> = [
      { label: 'missing', present: false, value: undefined },
      { label: 'null', present: true, value: null },
      { label: 'a string', present: true, value: 'not an object' },
      { label: 'a list', present: true, value: [1, 2, 3] },
      { label: 'a number', present: true, value: 1e308 },
    ];
    if (isInputObjectType(getNullableType(arg.type))) {
      const base = this.value(arg.type, arg.name, arg.name, true).value as Record<string, unknown>;
      choices.push(
        { label: 'empty object', present: true, value: {} },
        { label: 'an unknown field', present: true, value: { ...base, unknownField: "'; DROP TABLE x; --" } },
        { label: '__proto__ field', present: true, value: { ...base, ['__proto__']: { isAdmin: true } } },
        {
          label: '5000 unknown fields',
          present: true,
          value: { ...base, ...Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`f${i}`, i])) },
        },
      );
    }
    const choice = this.random.pick(choices);
    this.labels.push(`${arg.name} ← ${choice.label}`);
    return { present: choice.present, value: choice.value };
  }

  /** A value for `type` at `path`: hostile when the path is planned so, otherwise plausible. */
  private value(
    type: GraphQLInputType,
    name: string,
    path: string,
    required: boolean,
  ): { present: boolean; value: unknown } {
    if (this.hostile.has(path)) {
      const hostile = this.hostileValue(type, name);
      this.labels.push(`${path} ← ${hostile.label}`);
      return { present: hostile.label !== 'missing', value: hostile.value };
    }
    const nonNull = isNonNullType(type);
    // Optional inputs are left out half the time, unless something inside them is to be attacked.
    const attacksInside = [...this.hostile].some(
      (p) => p.startsWith(`${path}.`) || p.startsWith(`${path}[]`),
    );
    if (!nonNull && !required && !attacksInside && this.random.chance(0.5))
      return { present: false, value: undefined };
    const inner = getNullableType(type);
    if (isListType(inner)) {
      const itemType = inner.ofType as GraphQLInputType;
      const count = this.hostile.has(`${path}[]`) || attacksInside ? 1 : this.random.int(0, 2);
      const items: unknown[] = [];
      for (let i = 0; i < count; i++) {
        const item = this.value(itemType, name, `${path}[]`, true);
        if (item.present) items.push(item.value);
      }
      return { present: true, value: this.uniqueIfEnums(items) };
    }
    if (isInputObjectType(inner)) {
      const out: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields()) as GraphQLInputField[]) {
        const made = this.value(f.type, f.name, `${path}.${f.name}`, false);
        if (made.present) out[f.name] = made.value;
      }
      return { present: true, value: out };
    }
    return { present: true, value: this.plausibleLeaf(inner as GraphQLNamedType, name) };
  }

  private uniqueIfEnums(items: unknown[]): unknown[] {
    return items.every((i) => typeof i === 'string') ? [...new Set(items)] : items;
  }

  private plausibleLeaf(type: GraphQLNamedType, name: string): unknown {
    const random = this.random;
    if (isEnumType(type)) return random.pick(type.getValues()).name;
    switch (type.name) {
      case 'Boolean':
        return random.chance(0.5);
      case 'Int':
      case 'Float':
        return name === 'version' ? 1 : random.int(1, 20);
      case 'DateTimeISO': {
        const at = new Date(`${this.options.today}T05:00:00.000Z`);
        at.setUTCDate(at.getUTCDate() + random.int(1, 20));
        return at.toISOString();
      }
      case 'Date':
        return this.plausibleDate(name);
      case 'ID':
        return this.plausibleId(name);
      case 'String':
        return this.plausibleString(name);
      default:
        return 'x';
    }
  }

  private plausibleDate(name: string): string {
    if (name === 'offenderBirthDate') return this.random.pick(['1990-05-14', '2009-02-28', '1975-12-31']);
    const day = new Date(`${this.options.today}T00:00:00Z`);
    const offset =
      name === 'validTo'
        ? this.random.int(10, 60)
        : name === 'date'
          ? this.random.int(30, 300)
          : -this.random.int(0, 5);
    day.setUTCDate(day.getUTCDate() + offset);
    return day.toISOString().slice(0, 10);
  }

  private plausibleString(name: string): string {
    const random = this.random;
    if (DATE_NAME.test(name)) return this.plausibleDate(name);
    if (name === 'quarter') {
      const [year, month] = this.options.today.split('-').map(Number) as [number, number];
      const quarter = Math.ceil(month / 3);
      return random.chance(0.5)
        ? `${year}-Q${quarter}`
        : quarter > 1
          ? `${year}-Q${quarter - 1}`
          : `${year - 1}-Q4`;
    }
    if (name === 'themeCode' || name === 'themeCodes') {
      return this.pools.themeCodes.length ? random.pick(this.pools.themeCodes) : 'TAX';
    }
    if (name === 'koapArticle') return random.pick(['434', '73-1', '272', '610', '821']);
    if (name === 'koapPart') return random.pick(['1', '2', '2-1']);
    if (name === 'number' || name === 'registrationNumber') return `FZ-${this.options.nextSerial()}`;
    if (name === 'username') return `fuzz-nobody-${random.int(1, 99)}`;
    if (name === 'password') return 'not-the-password';
    if (/Name$/.test(name) && /^(offender|applicant)/.test(name)) {
      return random.pick(['Тестов Тест Тестович', 'Сейітқалиев Әлібек', 'Ivanov Ivan']);
    }
    return random.pick([
      'Проверка законности постановления',
      'Қаулының заңдылығын тексеру',
      'Review of the lawfulness of the ruling',
      'Нарушение сроков, ст. 821 КоАП',
    ]);
  }

  private plausibleId(name: string): string {
    const random = this.random;
    const subject = this.subject;
    const fromType = (type: string): string | undefined => {
      const own = subject?.children[type];
      if (own?.length && random.chance(0.85)) return random.pick(own).id;
      const all = this.pools.byType[type];
      return all?.length ? random.pick(all).id : undefined;
    };
    let id: string | undefined;
    if (name === 'id') id = fromType(this.returnType);
    else if (name === 'itemId') id = fromType('ReconciliationItem');
    else if (name === 'caseId') id = subject?.id ?? fromType('Case');
    else if (name === 'courtActId') id = fromType('CourtAct');
    else if (name === 'courtId') id = subject && random.chance(0.8) ? subject.courtId : fromType('Court');
    else if (name === 'specializedOfficeId' && this.pools.specializedOfficeIds.length) {
      id = random.pick(this.pools.specializedOfficeIds);
    } else if (name === 'territorialOfficeId' && this.pools.territorialOfficeIds.length) {
      id = random.pick(this.pools.territorialOfficeIds);
    } else if (/[oO]fficeId$/.test(name)) {
      id = this.pools.ownOfficeId && random.chance(0.7) ? this.pools.ownOfficeId : fromType('Office');
    } else if (name === 'prosecutorId') id = fromType('Prosecutor');
    else if (name === 'regionId') {
      id = this.pools.ownRegionId && random.chance(0.7) ? this.pools.ownRegionId : fromType('Region');
    }
    if (id) return id;
    const any = Object.values(this.pools.byType).flat();
    return any.length ? random.pick(any).id : '00000000-0000-0000-0000-000000000000';
  }

  /** Each `version` beside an `id` is the record's current version (unless the version is what is attacked). */
  fixVersions(variables: Record<string, unknown>): void {
    const versions = new Map<string, number>();
    for (const records of Object.values(this.pools.byType)) {
      for (const r of records) if (r.version !== undefined) versions.set(r.id, r.version);
    }
    const fix = (object: Record<string, unknown>, path: string) => {
      if (typeof object['id'] === 'string' && typeof object['version'] === 'number') {
        const versionPath = path ? `${path}.version` : 'version';
        if (!this.hostile.has(versionPath) && this.structural !== versionPath) {
          object['version'] = versions.get(object['id']) ?? object['version'];
        }
      }
    };
    fix(variables, '');
    for (const [name, value] of Object.entries(variables)) {
      if (value && typeof value === 'object' && !Array.isArray(value))
        fix(value as Record<string, unknown>, name);
    }
  }

  hostileValue(type: GraphQLInputType, name: string): Hostile {
    const random = this.random;
    const nonNull = isNonNullType(type);
    const inner = getNullableType(type);
    // Nulls, whatever the type: refused for a required input, and for an optional one often "no value" — or, in
    // an update, "unchanged" or "cleared", which the service must tell apart.
    if (random.chance(0.12)) return { label: 'null', value: null };
    if (!nonNull && random.chance(0.03)) return { label: 'missing', value: undefined };
    if (isListType(inner)) {
      const itemType = inner.ofType as GraphQLInputType;
      const item = this.hostileValue(itemType, name);
      const plausible = this.value(itemType, name, '', true).value;
      return random.pick<Hostile>([
        { label: `[${item.label}]`, value: [item.value] },
        { label: '[null]', value: [null] },
        { label: '1000 items', value: Array.from({ length: 1000 }, () => plausible) },
        { label: 'a scalar instead of a list', value: item.value },
        { label: '[[nested list]]', value: [[plausible]] },
      ]);
    }
    if (isInputObjectType(inner)) {
      return random.pick<Hostile>([
        { label: 'a string instead of an object', value: '<script>alert(1)</script>' },
        { label: 'empty object', value: {} },
        { label: 'a list instead of an object', value: [{}] },
        { label: 'an unknown field', value: { unknownField: 1 } },
      ]);
    }
    const named = inner as GraphQLNamedType;
    if (isEnumType(named)) {
      const valid = random.pick(named.getValues()).name;
      return random.pick<Hostile>([
        { label: 'unknown enum value', value: 'NOT_A_VALUE' },
        { label: 'lower-case enum value', value: valid.toLowerCase() },
        { label: 'enum value with a space', value: `${valid} ` },
        { label: 'empty string', value: '' },
        { label: 'number as enum', value: 0 },
        { label: 'SQL as enum', value: "' OR 1=1 --" },
      ]);
    }
    if (random.chance(0.1)) {
      // The wrong type altogether.
      return random.pick<Hostile>([
        { label: 'an object', value: { $gt: '' } },
        { label: 'a list', value: ['a', 'b'] },
        { label: 'a huge number', value: 1e308 },
        { label: 'a boolean', value: false },
      ]);
    }
    switch (named.name) {
      case 'Boolean':
        return random.pick(HOSTILE_BOOLEANS);
      case 'Int':
      case 'Float':
        return random.pick(NUMBERS);
      case 'DateTimeISO': {
        const value = random.pick(IMPOSSIBLE_DATETIMES);
        return { label: `impossible date-time ${JSON.stringify(value)}`, value };
      }
      case 'Date': {
        const value = random.pick(IMPOSSIBLE_DATES);
        return { label: `impossible date ${JSON.stringify(value)}`, value };
      }
      case 'ID': {
        const roll = random.next();
        if (roll < 0.35) {
          const value = random.pick(ODD_IDS);
          return { label: `odd id ${JSON.stringify(value)}`, value };
        }
        if (roll < 0.55) {
          // A real id of another kind of record.
          const kinds = Object.entries(this.pools.byType).filter(([, records]) => records.length > 0);
          if (kinds.length) {
            const [kind, records] = random.pick(kinds);
            return { label: `an id of a ${kind}`, value: random.pick(records).id };
          }
        }
        return hostileString(random, false);
      }
      default:
        if (name === 'quarter' && random.chance(0.5)) {
          const value = random.pick(QUARTERS);
          return { label: `impossible quarter ${JSON.stringify(value)}`, value };
        }
        return hostileString(random, DATE_NAME.test(name));
    }
  }
}

function collectStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
}

function variableDocument(
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  selection: string[],
): string {
  const declared = field.args.map((a) => `$${a.name}: ${String(a.type)}`);
  const passed = field.args.map((a) => `${a.name}: $${a.name}`);
  const head = declared.length ? `(${declared.join(', ')})` : '';
  const args = passed.length ? `(${passed.join(', ')})` : '';
  void variables;
  return `mutation Fuzz${head} { ${field.name}${args} ${selectionSet(selection)} }`;
}

function inlineDocument(
  field: GraphQLField<unknown, unknown>,
  variables: Record<string, unknown>,
  selection: string[],
): string {
  const passed = field.args
    .filter((a) => a.name in variables)
    .map((a) => `${a.name}: ${literal(variables[a.name], a.type)}`);
  const args = passed.length ? `(${passed.join(', ')})` : '';
  return `mutation FuzzInline { ${field.name}${args} ${selectionSet(selection)} }`;
}

function selectionSet(selection: string[]): string {
  return selection.length ? `{ ${selection.join(' ')} }` : '';
}

/** A JSON value as a GraphQL literal; enum-typed names go bare, anything else by its JavaScript type. */
export function literal(value: unknown, type: GraphQLInputType | undefined): string {
  const inner = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') {
    if (
      inner &&
      isEnumType(inner) &&
      /^[_A-Za-z][_0-9A-Za-z]*$/.test(value) &&
      !/^(true|false|null)$/.test(value)
    ) {
      return value;
    }
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    const itemType = inner && isListType(inner) ? (inner.ofType as GraphQLInputType) : undefined;
    return `[${value.map((v) => literal(v, itemType)).join(', ')}]`;
  }
  const fields = inner && isInputObjectType(inner) ? inner.getFields() : {};
  const entries = Object.entries(value as Record<string, unknown>).filter(([k]) =>
    /^[_A-Za-z][_0-9A-Za-z]*$/.test(k),
  );
  return `{ ${entries.map(([k, v]) => `${k}: ${literal(v, fields[k]?.type)}`).join(', ')} }`;
}
