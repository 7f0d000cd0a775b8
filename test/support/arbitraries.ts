import fc from "fast-check";
import type * as z from "zod/mini";

/*
 * fast-check arbitraries from the route table's zod/mini schemas: values shaped like what the schema
 * asks for (most of them valid, some breaking a rule the shape alone does not show), and the ways a
 * crafted request bends them: wrong types, empty and huge strings, NUL, lone surrogates, numbers at
 * the edges, extra and missing fields.
 */

/** Arbitraries for fields by name, where the schema alone cannot know a good value (a real class id, a real cursor). */
export type Hints = Record<string, fc.Arbitrary<unknown>>;

interface Def {
  type: string;
  format?: string;
  coerce?: boolean;
  pattern?: RegExp;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number; value?: number; inclusive?: boolean; format?: string; pattern?: RegExp } } }[];
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  in?: z.ZodMiniType;
  out?: z.ZodMiniType;
  element?: z.ZodMiniType;
  /** A tuple's fixed elements. */
  items?: z.ZodMiniType[];
  options?: z.ZodMiniType[];
  keyType?: z.ZodMiniType;
  valueType?: z.ZodMiniType;
  entries?: Record<string, string>;
  values?: unknown[];
}

const defOf = (schema: z.ZodMiniType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** A length, bound or pattern a schema's checks set. */
function limits(def: Def) {
  const found: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; integer: boolean; pattern?: RegExp } = { integer: def.format === "safeint" };
  for (const { _zod } of def.checks ?? []) {
    const check = _zod.def;
    if (check.check === "min_length") found.min = check.minimum;
    if (check.check === "max_length") found.max = check.maximum;
    if (check.check === "greater_than") [found.min, found.minExclusive] = [check.value, !check.inclusive];
    if (check.check === "less_than") [found.max, found.maxExclusive] = [check.value, !check.inclusive];
    if (check.check === "multiple_of" && check.value === 1) found.integer = true;
    if (check.check === "string_format" && check.format === "regex") found.pattern = check.pattern;
  }
  return found;
}

const DAY = 24 * 3600 * 1000;
const now = Date.now();

/** Times around now, in UTC or an Indonesian offset, as a person would type them into a form. */
export const isoTime = fc
  .tuple(fc.integer({ min: -400 * DAY, max: 400 * DAY }), fc.constantFrom("Z", "+07:00", "+08:00", "+09:00", "-00:00"))
  .map(([offset, zone]) => {
    const iso = new Date(now + offset).toISOString().slice(0, 19);
    return zone === "Z" ? `${iso}Z` : `${iso}${zone}`;
  });

/** Text a person might type, and text nobody types: any Unicode, controls, combining marks, emoji. */
function typedText(min: number, max: number): fc.Arbitrary<string> {
  const short = Math.min(max, min + 30);
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ minLength: min, maxLength: short }) },
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: short, unit: "grapheme" }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: short, unit: "binary" }) },
    // right at the limit, in characters that take 1 to 4 bytes
    { weight: 1, arbitrary: fc.constantFrom("x", "é", "€", "🙂").map((c) => c.repeat(Math.max(min, Math.floor(max / c.length)))) },
  );
}

function stringOf(def: Def): fc.Arbitrary<string> {
  const { min = 0, max = 200, pattern } = limits(def);
  switch (def.format) {
    case "uuid":
      return fc.uuid({ version: 4 });
    case "datetime":
      return fc.oneof({ weight: 4, arbitrary: isoTime }, { weight: 1, arbitrary: fc.stringMatching(def.pattern!) });
    case "date":
      return fc.oneof({ weight: 4, arbitrary: isoTime.map((t) => new Date(t).toISOString().slice(0, 10)) }, { weight: 1, arbitrary: fc.stringMatching(def.pattern!) });
    case "email":
      return fc.emailAddress().filter((email) => email.length <= max);
    case "url":
      return fc.webUrl({ validSchemes: ["http", "https"] }).filter((url) => url.length <= max);
  }
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= min && s.length <= max);
  return typedText(min, max);
}

function numberOf(def: Def): fc.Arbitrary<number | string> {
  const { min = -1e9, max = 1e9, minExclusive, maxExclusive, integer } = limits(def);
  const low = Math.max(min, Number.MIN_SAFE_INTEGER) + (minExclusive ? 1 : 0);
  const high = Math.min(max, Number.MAX_SAFE_INTEGER) - (maxExclusive ? 1 : 0);
  const arbitrary = integer
    ? fc.oneof({ weight: 4, arbitrary: fc.integer({ min: low, max: high }) }, { weight: 1, arbitrary: fc.constantFrom(low, high) })
    : fc.double({ min: low, max: high, noNaN: true });
  return def.coerce ? arbitrary.map(String) : arbitrary;
}

/** Values in the schema's shape; `hints` replace the value of any field of that name. */
export function arbitraryOf(schema: z.ZodMiniType, hints: Hints = {}): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "object": {
      const shape = Object.entries(def.shape!);
      const model = Object.fromEntries(shape.map(([field, value]) => [field, hints[field] ?? arbitraryOf(value, hints)]));
      const requiredKeys = shape.filter(([, value]) => !["optional", "default"].includes(defOf(value).type)).map(([field]) => field);
      return fc.record(model, { requiredKeys });
    }
    case "optional":
    case "default":
      return arbitraryOf(def.innerType!, hints);
    case "nullable":
      return fc.oneof({ weight: 4, arbitrary: arbitraryOf(def.innerType!, hints) }, { weight: 1, arbitrary: fc.constant(null) });
    case "pipe":
      // a list in one query value, comma-separated (as API Gateway joins a repeated parameter): its items, joined
      if (defOf(def.in!).type === "pipe" && defOf(def.out!).type === "array") return arbitraryOf(def.out!, hints).map((list) => (list as unknown[]).join(","));
      return arbitraryOf(def.in!, hints);
    case "union":
      return fc.oneof(...def.options!.map((option) => arbitraryOf(option, hints)));
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "literal":
      return fc.constantFrom(...def.values!);
    case "boolean":
      return fc.boolean();
    case "number":
      return numberOf(def);
    case "string":
      return stringOf(def);
    case "array": {
      const { min = 0, max = 20 } = limits(def);
      // a list of choices names each at most once (the schemas refuse repeats)
      const element = defOf(def.element!);
      if (element.type === "enum") return fc.uniqueArray(arbitraryOf(def.element!, hints), { minLength: min, maxLength: Math.min(max, Object.keys(element.entries!).length) });
      return fc.array(arbitraryOf(def.element!, hints), { minLength: min, maxLength: Math.min(max, min + 4) });
    }
    case "tuple":
      return fc.tuple(...def.items!.map((item) => arbitraryOf(item, hints)));
    case "record":
      return fc.dictionary(arbitraryOf(def.keyType!, hints) as fc.Arbitrary<string>, arbitraryOf(def.valueType!, hints), { maxKeys: 6 });
    default:
      throw new Error(`arbitraryOf: no arbitrary for zod type "${def.type}"; add it`);
  }
}

// ---- what a crafted request puts where a value belongs --------------------------------------------

/**
 * Stands for text that goes into the request as it is: a JSON token JSON.stringify cannot write
 * (1e400 and friends; `jsonText`), a path segment no encoder makes (`pathSegment`).
 */
const VERBATIM = "\u0000verbatim:";
export const verbatim = (token: string) => `${VERBATIM}${token}`;

export const oddStrings = [
  "", " ", "\t\n", "\u0000", "a\u0000b", "\u200b", "\u202eevil", "\ud800", "\udfff", "🙂", "e\u0301", "ǅ",
  "null", "undefined", "NaN", "Infinity", "-1", "0", "1e309", "true", "[]", "{}",
  "__proto__", "constructor", "toString", "#pk", ":v", "${x}", "%s", "%00", "../../etc/passwd", "<script>alert(1)</script>", "' OR 1=1 --",
  "~", "#", "a#b",
  "x".repeat(65), "x".repeat(1025), "x".repeat(2049), "é".repeat(4001), "🙂".repeat(5000), "x".repeat(20_001),
];

export const oddNumbers = [
  0, -0, -1, 1, 0.5, -0.5, 1e-7, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, -(2 ** 53),
  Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1900, 9999, 5000, 5001, 10_485_760, 10_485_761,
];

const rawTokens = ["1e400", "-1e400", "1.0", "1E2", "-0.0", "123456789012345678901234567890", "1e-400", "0.1e1", `${"[".repeat(5000)}${"]".repeat(5000)}`, `${'{"a":'.repeat(2000)}1${"}".repeat(2000)}`].map(verbatim);

export const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...oddStrings) },
  { weight: 3, arbitrary: fc.constantFrom(...oddNumbers) },
  { weight: 1, arbitrary: fc.constantFrom(...rawTokens) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, [], {}, [null], [""], { "": "" }, [[[]]], { id: "", en: "" }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

const extraKeys = ["unexpected", "__proto__", "constructor", "pk", "sk", "classId", "applicantId", "status", "enrolled", "hasProgress", "version", ""];

type Mutation = { op: "replace" | "delete" | "add" | "wrap"; at: number; value: unknown; key: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom("replace", "replace", "delete", "add", "wrap"),
  at: fc.nat(),
  value: oddValue,
  key: fc.oneof(fc.constantFrom(...extraKeys), fc.string({ maxLength: 10 })),
});

/** Every place in a JSON value, the value itself first. */
function placesIn(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  found.push(path);
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) placesIn(child, [...path, Array.isArray(value) ? Number(key) : key], found);
  }
  return found;
}

function apply(value: unknown, { op, at, value: shared, key }: Mutation): unknown {
  // constants are one object across samples: each bent value gets its own copy
  const odd = structuredClone(shared);
  const places = placesIn(value);
  const path = places[at % places.length]!;
  const put = (next: unknown): unknown => {
    if (path.length === 0) return next;
    const parent = path.slice(0, -1).reduce<any>((node, step) => node[step], value);
    Object.defineProperty(parent, path.at(-1)!, { value: next, enumerable: true, writable: true, configurable: true });
    return value;
  };
  const node = path.reduce<any>((current, step) => current[step], value);
  switch (op) {
    case "replace":
      return put(odd);
    case "wrap":
      return put(Array.isArray(node) ? { items: node } : [node]);
    case "add":
      if (Array.isArray(node)) return put([...node, odd]);
      // defineProperty, so that "__proto__" becomes a field as JSON.parse would make it
      if (node !== null && typeof node === "object") return put(Object.defineProperty({ ...node }, key, { value: odd, enumerable: true, writable: true, configurable: true }));
      return put(odd);
    case "delete": {
      if (path.length === 0) return undefined;
      const parent = path.slice(0, -1).reduce<any>((current, step) => current[step], value);
      if (Array.isArray(parent)) parent.splice(path.at(-1) as number, 1);
      else delete parent[path.at(-1)!];
      return value;
    }
  }
}

/** The value, bent one to three ways. */
export function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, mutations]) => {
    let bent: unknown = value === undefined ? undefined : structuredClone(value);
    for (const m of mutations) bent = apply(bent, m);
    return bent;
  });
}

/** JSON text of a value, with the raw tokens put in as they are. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000verbatim:((?:[^"\\]|\\.)*)"/g, (_, token: string) => JSON.parse(`"${token}"`) as string);
}

/** A query string value: what a URL can carry of any value. */
export function urlText(value: unknown): string {
  if (typeof value === "string") return value.startsWith(VERBATIM) ? value.slice(VERBATIM.length) : value;
  return value === undefined ? "" : jsonText(value);
}

/** A path segment: percent-encoded, except raw ones (`verbatim("%E0%A4%A")`), which go in as they are. */
export function pathSegment(value: unknown): string {
  if (typeof value === "string" && value.startsWith(VERBATIM)) return value.slice(VERBATIM.length);
  const text = urlText(value);
  try {
    return encodeURIComponent(text);
  } catch {
    // a lone surrogate: as a browser would send it, its UTF-8 replacement bytes
    return [...Buffer.from(text)].map((byte) => `%${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
  }
}

/** Segments no encoder makes: broken escapes, dot segments, an encoded slash. */
export const rawSegments = ["%", "%E0%A4%A", "%ZZ", "%00", "%ED%A0%80", "..", ".", "%2F", "a%2Fb", "%20", "+", "~", "%2e%2e"].map(verbatim);

// ---- cursors -------------------------------------------------------------------------------------

const keyAttributes = ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"];

const base64url = (text: string) => Buffer.from(text).toString("base64url");

/**
 * Cursors a client could send: the real ones, the real ones with one key field bent (empty, another
 * type, oversized, another partition), keys crafted from the shapes `keys.ts` builds, and strings that
 * are no cursor at all.
 */
export function cursorArbitrary(real: readonly string[], plausible: fc.Arbitrary<Record<string, string>>): fc.Arbitrary<string> {
  const fieldValue = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom<unknown>("", " ", "x".repeat(1025), "x".repeat(1500), 0, 1, null, true, [], {}, ["a"], { S: "x" }) },
    { weight: 2, arbitrary: fc.constantFrom(...oddStrings.filter((s) => s.length < 1600)) },
    { weight: 2, arbitrary: fc.string({ maxLength: 80, unit: "binary" }) },
  );
  const bend = (key: Record<string, unknown>, field: string, value: unknown, drop: boolean) => {
    const copy: Record<string, unknown> = { ...key };
    if (drop) delete copy[field];
    else copy[field] = value;
    return base64url(JSON.stringify(copy));
  };
  const decoded = real.map((cursor) => JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Record<string, unknown>);
  const keys = fc.oneof(plausible, ...(decoded.length ? [fc.constantFrom(...decoded)] : []));
  return fc.oneof(
    ...(real.length ? [{ weight: 2, arbitrary: fc.constantFrom(...real) }] : []),
    { weight: 4, arbitrary: fc.tuple(keys, fc.constantFrom(...keyAttributes, "extra"), fieldValue, fc.boolean()).map(([key, field, value, drop]) => bend(key, field, value, drop)) },
    { weight: 3, arbitrary: plausible.map((key) => base64url(JSON.stringify(key))) },
    { weight: 2, arbitrary: fc.dictionary(fc.constantFrom(...keyAttributes), fieldValue, { minKeys: 1, maxKeys: 5 }).map((key) => base64url(JSON.stringify(key))) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.constantFrom("null", "[]", "{}", "1", '"pk"', "true", '{"pk":', "\u0000", '{"__proto__":{"pk":"x"}}').map(base64url),
        fc.constantFrom("=", "====", "!!!", "a", "%", "+/+/", "x".repeat(2048), "x".repeat(2049)),
        fc.string({ minLength: 1, maxLength: 60, unit: "binary" }),
        fc.jsonValue({ maxDepth: 3 }).map((value) => base64url(JSON.stringify(value))),
      ),
    },
  );
}
