/**
 * Policy documents as IAM reads them, so that a policy read back from the
 * emulator compares equal to the generator's document exactly when the
 * two grant and deny the same.
 *
 * IAM takes a single string wherever it takes a list, ignores the order
 * of list items and statements, and compares condition values as
 * strings; AWS may hand a document back in any of those forms. Anything
 * else, including Sids and effects, is compared as it stands.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

type JsonObject = { [key: string]: Json };

/** Statement fields that hold one string or a list of strings. */
const LIST_FIELDS = ['Action', 'NotAction', 'Resource', 'NotResource'];

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sortedStrings(value: Json): Json {
  const items = Array.isArray(value) ? value : [value];
  if (!items.every((item) => typeof item !== 'object' || item === null)) return value;
  return items.map((item) => String(item)).sort();
}

function mapValues(value: Json, map: (item: Json) => Json): Json {
  if (!isObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, map(item)]));
}

/** JSON text with keys sorted, so that equal values give equal text. */
function canonicalText(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalText).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value);
  const keys = Object.keys(value).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalText(value[key])}`).join(',')}}`;
}

function comparableStatement(statement: Json): Json {
  if (!isObject(statement)) return statement;
  const result: JsonObject = { ...statement };

  for (const field of LIST_FIELDS) {
    if (field in result) result[field] = sortedStrings(result[field]);
  }
  if (isObject(result.Principal)) result.Principal = mapValues(result.Principal, sortedStrings);
  if ('Condition' in result) {
    result.Condition = mapValues(result.Condition, (keys) => mapValues(keys, sortedStrings));
  }
  return result;
}

/** The document in one form per meaning; compare two with `toEqual`. */
export function comparablePolicy(document: Json): Json {
  if (!isObject(document) || !('Statement' in document)) return document;
  const statements = Array.isArray(document.Statement)
    ? document.Statement
    : [document.Statement];

  const keyed = statements
    .map(comparableStatement)
    .map((statement) => [canonicalText(statement), statement] as const);
  keyed.sort(([a], [b]) => a.localeCompare(b));

  return { ...document, Statement: keyed.map(([, statement]) => statement) };
}

/** A bucket policy as S3 returns it: plain JSON. */
export function parsePolicy(text: string | undefined): Json {
  if (text === undefined) throw new Error('the emulator returned no policy document');
  return JSON.parse(text) as Json;
}

/** An IAM policy document as IAM returns it: URL-encoded JSON (RFC 3986). */
export function parseIamPolicy(text: string | undefined): Json {
  if (text === undefined) throw new Error('the emulator returned no policy document');
  return parsePolicy(decodeURIComponent(text));
}

/** A generator's document in the same JSON form as one read back. */
export function policyJson(document: object): Json {
  return JSON.parse(JSON.stringify(document)) as Json;
}
