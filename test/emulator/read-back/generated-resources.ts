/**
 * The Terraform resources one of the stack functions declares for an
 * environment, as `cdk.tf.json` would hold them. Expected values of
 * resources with no generator of their own (alarms, the budget) come
 * from here, so the tests follow the stack code instead of copying it.
 */
import { Testing } from 'cdktf';
import { Construct } from 'constructs';

/** One resource's arguments, with typed access that names what is missing. */
export class ResourceArguments {
  constructor(
    readonly address: string,
    private readonly values: Readonly<Record<string, unknown>>,
  ) {}

  string(key: string): string {
    return this.typed(key, 'string', (value): value is string => typeof value === 'string');
  }

  number(key: string): number {
    return this.typed(key, 'number', (value): value is number => typeof value === 'number');
  }

  strings(key: string): string[] {
    const isStrings = (value: unknown): value is string[] =>
      Array.isArray(value) && value.every((item) => typeof item === 'string');
    return this.typed(key, 'list of strings', isStrings);
  }

  stringMap(key: string): Record<string, string> {
    const isStringMap = (value: unknown): value is Record<string, string> =>
      typeof value === 'object' && value !== null &&
      Object.values(value).every((item) => typeof item === 'string');
    return this.typed(key, 'map of strings', isStringMap);
  }

  /** The blocks of a nested block list, such as a budget's notifications. */
  blocks(key: string): ResourceArguments[] {
    const isRecords = (value: unknown): value is Record<string, unknown>[] =>
      Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null);
    return this.typed(key, 'list of blocks', isRecords)
      .map((block, index) => new ResourceArguments(`${this.address}.${key}[${index}]`, block));
  }

  private typed<T>(key: string, kind: string, is: (value: unknown) => value is T): T {
    const value = this.values[key];
    if (!is(value)) {
      throw new Error(`${this.address}.${key} is not a ${kind}: ${JSON.stringify(value)}`);
    }
    return value;
  }
}

interface ScopeJson {
  readonly resource?: Record<string, Record<string, Record<string, unknown>>>;
}

/** Every resource of `type` that `declare` adds, by Terraform name. */
export function generatedResources(
  declare: (scope: Construct) => void,
  type: string,
): Map<string, ResourceArguments> {
  const json = JSON.parse(Testing.synthScope(declare)) as ScopeJson;
  const resources = Object.entries(json.resource?.[type] ?? {});
  return new Map(resources.map(([id, values]) =>
    [id, new ResourceArguments(`${type}.${id}`, values)]));
}

/** A Terraform reference to an attribute, `${<type>.<name>.<attribute>}`. */
export function reference(type: string, name: string, attribute: string): string {
  return `\${${type}.${name}.${attribute}}`;
}
