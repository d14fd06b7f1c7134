/**
 * The least-privilege table (README), cell by cell: every principal, every
 * object and listing action, every part of the certificate bucket, for a
 * well-behaved request. The same cells make the reviewers' access matrix.
 */
import { PrincipalRole } from '../../../policies/principals';
import { CallerName, OutsiderName, isOutsider } from '../callers';
import { RequestOptions } from '../request-options';
import { Decision, Scenario, table } from '../scenario';
import { ScenarioEnvironment } from '../scenario-environment';
import { Target } from '../targets';

export const MATRIX_ACTIONS = [
  's3:GetObject',
  's3:PutObject',
  's3:DeleteObject',
  's3:GetObjectVersion',
  's3:DeleteObjectVersion',
  's3:ListBucket',
  's3:ListBucketVersions',
] as const;

export type MatrixAction = (typeof MATRIX_ACTIONS)[number];

/** Parts of the certificate bucket, as objects or as listing prefixes. */
export const PLACES = ['certificates', 'archive', 'elsewhere', 'lookalike', 'root'] as const;

export type Place = (typeof PLACES)[number];

type Grants = Partial<Record<MatrixAction, readonly Place[]>>;

/** Who may do what, where: the least-privilege table, written independently of the generators. */
const GRANTS: Record<PrincipalRole, Grants> = {
  app: {
    's3:PutObject': ['certificates'],
    's3:GetObject': ['certificates'],
    's3:DeleteObject': ['certificates'],
  },
  backfill: {
    's3:PutObject': ['certificates', 'archive'],
    's3:GetObject': ['certificates', 'archive'],
    's3:ListBucket': ['certificates', 'archive'],
  },
  checker: { 's3:GetObject': ['certificates'], 's3:ListBucket': ['certificates'] },
  'key-rotation': {},
  // HeadBucket, which plan uses to find the bucket, needs s3:ListBucket;
  // object keys carry no personal data, and object reads stay denied.
  'ci-deployer': { 's3:ListBucket': [...PLACES] },
};

const OUTSIDER_REASONS: Record<OutsiderName, { expected: Decision; why: string }> = {
  'account-admin': {
    expected: 'Allowed',
    why: 'within one account an identity grant suffices and the bucket policy only denies',
  },
  'account-user': { expected: 'ImplicitlyDenied', why: 'it holds no grant' },
  'outside-admin': {
    expected: 'ImplicitlyDenied',
    why: 'another account also needs the bucket policy to grant, and it grants nothing',
  },
  anonymous: { expected: 'ImplicitlyDenied', why: 'nothing grants unsigned requests anything' },
};

export const MATRIX_OUTSIDERS: readonly OutsiderName[] = [
  'account-admin',
  'account-user',
  'outside-admin',
  'anonymous',
];

/** The listing prefix that stands for each place. */
function placePrefix(env: ScenarioEnvironment, place: Place): string {
  const { prefixes } = env.config;
  const prefixOf = (target: Target) => `${target.label.split('/')[0]}/`;
  const byPlace: Record<Place, string> = {
    certificates: prefixes.certificates,
    archive: prefixes.archive,
    elsewhere: prefixOf(env.at.elsewhere),
    lookalike: prefixOf(env.at.lookalike),
    root: '',
  };
  return byPlace[place];
}

function placeTarget(env: ScenarioEnvironment, place: Place): Target {
  const { at } = env;
  const byPlace: Record<Place, Target> = {
    certificates: at.certificate,
    archive: at.archived,
    elsewhere: at.elsewhere,
    lookalike: at.lookalike,
    root: at.bucketRoot,
  };
  return byPlace[place];
}

/** Where a place's column shows in the matrix, e.g. `pdf/` or `(bucket root)`. */
export function placeLabel(env: ScenarioEnvironment, place: Place): string {
  return place === 'root' ? '(bucket root)' : placePrefix(env, place);
}

function request(env: ScenarioEnvironment, action: MatrixAction, place: Place) {
  const listing = action === 's3:ListBucket' || action === 's3:ListBucketVersions';
  const target = listing ? env.at.certificateBucket : placeTarget(env, place);
  const options: RequestOptions = listing ? { prefix: placePrefix(env, place) } : {};
  return { target, options };
}

function expectation(caller: PrincipalRole | OutsiderName, action: MatrixAction, place: Place,
  where: string) {
  if (isOutsider(caller)) return OUTSIDER_REASONS[caller];

  const granted = GRANTS[caller][action] ?? [];
  const expected: Decision = granted.includes(place) ? 'Allowed' : 'ImplicitlyDenied';
  const verb = expected === 'Allowed' ? 'grants' : 'grants no';
  return { expected, why: `the access table ${verb} ${caller} ${action} on ${where}` };
}

/** One matrix cell: the scenario that decides it, and where it shows. */
export interface MatrixCell {
  readonly caller: CallerName;
  readonly action: MatrixAction;
  readonly place: Place;
  readonly scenario: Scenario;
}

export function matrixCallers(env: ScenarioEnvironment): (PrincipalRole | OutsiderName)[] {
  return [...env.roles, ...MATRIX_OUTSIDERS];
}

export function matrixCells(env: ScenarioEnvironment): MatrixCell[] {
  return matrixCallers(env).flatMap((caller) =>
    MATRIX_ACTIONS.flatMap((action) =>
      PLACES.map((place) => {
        const { target, options } = request(env, action, place);
        const { expected, why } = expectation(caller, action, place, placeLabel(env, place));
        const [scenario] = table('least privilege', [
          { expected, why, rows: [[caller, action, target, options]] },
        ]);
        return { caller, action, place, scenario };
      }),
    ),
  );
}

/**
 * Listing below a granted prefix is the checker's and the backfill's
 * everyday case; the same prefix in another bucket is not theirs.
 */
function prefixListing(env: ScenarioEnvironment): Scenario[] {
  const { at, config } = env;
  const { certificates } = config.prefixes;
  const month = { prefix: `${certificates}2025/03/` };
  return table('least privilege', [
    {
      expected: 'Allowed',
      why: 'a grant on a prefix covers every prefix below it',
      rows: [
        ['checker', 's3:ListBucket', at.certificateBucket, month],
        ['backfill', 's3:ListBucket', at.certificateBucket, month],
      ],
    },
    {
      expected: 'ImplicitlyDenied',
      why: 'listing grants name the certificate bucket, not the prefix in any bucket',
      rows: [
        ['checker', 's3:ListBucket', at.unrelatedBucket, { prefix: certificates }],
        ['backfill', 's3:ListBucket', at.unrelatedBucket, { prefix: certificates }],
      ],
    },
  ]);
}

export function leastPrivilegeScenarios(env: ScenarioEnvironment): Scenario[] {
  return [...matrixCells(env).map((cell) => cell.scenario), ...prefixListing(env)];
}
