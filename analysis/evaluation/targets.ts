/**
 * The resources scenarios act on, as concrete ARNs of one environment.
 * Keys follow the project's layout, `pdf/YYYY/MM/<uuid>.pdf`; look-alike
 * keys and strangers' resources are there to catch grants that reach
 * further than they should.
 */
import { EnvironmentConfig } from '../../config/types';
import { PrincipalRole, roleArn, userArn } from '../../policies/principals';
import {
  ACCESS_LOG_PREFIX,
  CLOUDTRAIL_PREFIX,
  bucketArn,
  keyParameterArn,
  trailArn,
} from '../../policies/resources';
import {
  OTHER_ACCOUNT_ID,
  OTHER_REGION,
  exampleKmsKeyArn,
  otherKmsKeyArn,
} from './example-values';

export interface Target {
  readonly arn: string;
  /** Short name for titles, e.g. `pdf/2025/03/<uuid>.pdf`. */
  readonly label: string;
  /** The account that owns the resource. */
  readonly account: string;
}

const CERTIFICATE_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

/** Another project's state file in the shared state bucket. */
const FOREIGN_STATE_KEY = 'billing/production.tfstate';

/** A bucket of the account that this project does not manage. */
const UNRELATED_BUCKET = 'deltacrown-backups';

export function targetsOf(config: EnvironmentConfig) {
  const { accountId: account, region, prefixes } = config;
  const inAccount = (arn: string, label: string): Target => ({ arn, label, account });
  const certificateObject = (key: string) =>
    inAccount(`${bucketArn(config.certificateBucketName)}/${key}`, key);
  const logObject = (key: string) =>
    inAccount(`${bucketArn(config.logBucketName)}/${key}`, `log bucket ${key}`);
  const state = config.stateBackend;
  const stateObject = (key: string) =>
    inAccount(`${bucketArn(state.bucket)}/${key}`, `state bucket ${key}`);
  const iam = (path: string) => inAccount(`arn:aws:iam::${account}:${path}`, path);

  return {
    certificateBucket: inAccount(bucketArn(config.certificateBucketName), 'certificate bucket'),
    certificate: certificateObject(`${prefixes.certificates}2025/03/${CERTIFICATE_ID}.pdf`),
    archived: certificateObject(`${prefixes.archive}2024/11/${CERTIFICATE_ID}.pdf`),
    /** A prefix the configuration names nowhere. */
    elsewhere: certificateObject(`exports/2025/03/${CERTIFICATE_ID}.pdf`),
    /** A key that starts like the certificate prefix but is outside it. */
    lookalike: certificateObject(`${prefixes.certificates.replace(/\/$/, '')}-drafts/draft.pdf`),
    bucketRoot: certificateObject('index.html'),

    logBucket: inAccount(bucketArn(config.logBucketName), 'log bucket'),
    accessLog: logObject(`${ACCESS_LOG_PREFIX}2025-03-14-10-15-42-5E2D4A1B3C6F7089`),
    trailLog: logObject(
      `${CLOUDTRAIL_PREFIX}/AWSLogs/${account}/CloudTrail/${region}/2025/03/14/` +
        `${account}_CloudTrail_${region}_20250314T1015Z_Q1w2E3r4.json.gz`,
    ),
    foreignTrailLog: logObject(`${CLOUDTRAIL_PREFIX}/AWSLogs/${OTHER_ACCOUNT_ID}/x.json.gz`),
    strayLog: logObject('elsewhere/2025-03-14-10-15-42-5E2D4A1B3C6F7089'),

    kmsKey: inAccount(exampleKmsKeyArn(config), 'certificate key'),
    otherKmsKey: inAccount(otherKmsKeyArn(config), 'another key of the account'),
    otherRegionKmsKey: inAccount(
      otherKmsKeyArn({ ...config, region: OTHER_REGION }),
      `a key of the account in ${OTHER_REGION}`,
    ),

    appUser: inAccount(userArn(config, 'app'), 'app user'),
    otherUser: iam('user/platform-admin'),
    role: (role: PrincipalRole) => inAccount(roleArn(config, role), `${role} role`),
    unrelatedRole: iam('role/deltacrown-web-server'),
    appInstanceProfile: iam(`instance-profile/${config.namePrefix}-app`),
    otherInstanceProfile: iam('instance-profile/deltacrown-web-server'),

    /** Only where the app has access keys to hand over. */
    keyParameter:
      config.keyRotation === undefined
        ? undefined
        : inAccount(
            keyParameterArn(config, config.keyRotation.parameterName),
            'app key parameter',
          ),
    otherParameter: inAccount(
      keyParameterArn(config, '/deltacrown/database/password'),
      'database password parameter',
    ),

    stateBucket: inAccount(bucketArn(state.bucket), 'state bucket'),
    stateFile: stateObject(state.key),
    stateLock: stateObject(`${state.key}.tflock`),
    foreignState: stateObject(FOREIGN_STATE_KEY),
    unrelatedBucket: inAccount(bucketArn(UNRELATED_BUCKET), UNRELATED_BUCKET),

    trail: inAccount(trailArn(config), 'data-event trail'),
    otherTrail: inAccount(
      `arn:aws:cloudtrail:${region}:${OTHER_ACCOUNT_ID}:trail/organization-trail`,
      "another account's trail",
    ),
    alarmTopic: inAccount(
      `arn:aws:sns:${region}:${account}:${config.namePrefix}-alarms`,
      'alarm topic',
    ),
    otherTopic: inAccount(`arn:aws:sns:${region}:${account}:deltacrown-billing`, 'billing topic'),
    alarm: inAccount(
      `arn:aws:cloudwatch:${region}:${account}:alarm:${config.namePrefix}-server-errors`,
      'server-errors alarm',
    ),
    otherAlarm: inAccount(
      `arn:aws:cloudwatch:${region}:${account}:alarm:deltacrown-web-latency`,
      'web latency alarm',
    ),
    budget: inAccount(
      `arn:aws:budgets::${account}:budget/${config.namePrefix}-monthly-cost`,
      'monthly budget',
    ),
    otherBudget: inAccount(
      `arn:aws:budgets::${account}:budget/deltacrown-total`,
      'account budget',
    ),
  };
}

export type Targets = ReturnType<typeof targetsOf>;
