/**
 * Rules for the value of each setting on its own: identifiers, modes,
 * counts and durations. Values of the wrong kind are skipped here, since the
 * shape check has already reported them.
 */
import { lifecycleProblems } from '../lifecycle/aws-rules';
import { bucketNameProblems } from './bucket-name';
import {
  APP_PRINCIPALS,
  ENCRYPTION_MODES,
  explainedChoices,
  isChoice,
  quotedChoices,
} from './choices';
import { DEFAULTS } from './defaults';
import { accountIdProblems, namePrefixProblems, parameterNameProblems } from './identifiers';
import { prefixProblems } from './key-prefixes';
import { alarmProblems, budgetProblems } from './monitoring-rules';
import { isWholeInRange } from './numbers';
import { ConfigProblem, problem } from './problems';
import { regionProblems } from './regions';
import { groupAt, numberAt, numbersIn, Settings, stringAt } from './settings';
import { stateBackendProblems } from './state-backend-rules';

/** SigV4 presigned URLs expire after at most 7 days. */
const MAX_PRESIGNED_MINUTES = 7 * 24 * 60;

/** Problems with single values anywhere in the merged settings. */
export function valueProblems(settings: Settings, at: string): ConfigProblem[] {
  return [
    ...identityProblems(settings, at),
    ...bucketProblems(settings, at),
    ...choiceProblems(settings, at),
    ...prefixProblems(groupAt(settings, 'prefixes'), `${at}.prefixes`),
    ...lifecycleProblems(numbersIn(groupAt(settings, 'lifecycle')), `${at}.lifecycle`),
    ...durationProblems(settings, at),
    ...alarmProblems(groupAt(settings, 'alarms'), `${at}.alarms`),
    ...budgetProblems(groupAt(settings, 'budget'), `${at}.budget`),
    ...stateBackendProblems(groupAt(settings, 'stateBackend'), `${at}.stateBackend`),
    ...keyRotationProblems(groupAt(settings, 'keyRotation'), `${at}.keyRotation`),
  ];
}

function identityProblems(settings: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const accountId = stringAt(settings, 'accountId');
  const region = stringAt(settings, 'region');
  const namePrefix = stringAt(settings, 'namePrefix');

  if (accountId !== undefined) problems.push(...accountIdProblems(accountId, `${at}.accountId`));

  if (region !== undefined) problems.push(...regionProblems(region, `${at}.region`));

  if (namePrefix !== undefined) {
    problems.push(...namePrefixProblems(namePrefix, `${at}.namePrefix`));
  }

  return problems;
}

function bucketProblems(settings: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const certificates = stringAt(settings, 'certificateBucketName');
  const logs = stringAt(settings, 'logBucketName');

  if (certificates !== undefined) {
    problems.push(...bucketNameProblems(certificates, `${at}.certificateBucketName`,
      'deltacrown-certificates-staging'));
  }

  if (logs !== undefined) {
    problems.push(...bucketNameProblems(logs, `${at}.logBucketName`,
      'deltacrown-certificates-staging-logs'));
  }

  return problems;
}

function choiceProblems(settings: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const encryption = stringAt(settings, 'encryption');
  const appPrincipal = stringAt(settings, 'appPrincipal');

  if (encryption !== undefined && !isChoice(ENCRYPTION_MODES, encryption)) {
    problems.push(problem(`${at}.encryption`, encryption,
      `encryption is ${quotedChoices(ENCRYPTION_MODES)}`,
      `use ${explainedChoices(ENCRYPTION_MODES)}`));
  }

  if (appPrincipal !== undefined && !isChoice(APP_PRINCIPALS, appPrincipal)) {
    problems.push(problem(`${at}.appPrincipal`, appPrincipal,
      `appPrincipal is ${quotedChoices(APP_PRINCIPALS)}`,
      `use ${explainedChoices(APP_PRINCIPALS)}`));
  }

  return problems;
}

function durationProblems(settings: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const logDays = numberAt(settings, 'accessLogRetentionDays');
  const linkMinutes = numberAt(settings, 'presignedUrlLifetimeMinutes');

  if (logDays !== undefined && !isWholeInRange(logDays, 1)) {
    problems.push(problem(`${at}.accessLogRetentionDays`, logDays,
      'access logs are kept a whole number of days, at least 1',
      `use a whole number of days, e.g. ${DEFAULTS.accessLogRetentionDays}`));
  }

  if (linkMinutes !== undefined && !isWholeInRange(linkMinutes, 1, MAX_PRESIGNED_MINUTES)) {
    problems.push(problem(`${at}.presignedUrlLifetimeMinutes`, linkMinutes,
      `presigned links live 1 to ${MAX_PRESIGNED_MINUTES} whole minutes ` +
        '(SigV4 allows at most 7 days)',
      `use a whole number of minutes, e.g. ${DEFAULTS.presignedUrlLifetimeMinutes}`));
  }

  return problems;
}

function keyRotationProblems(rotation: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const parameterName = stringAt(rotation, 'parameterName');
  const graceDays = numberAt(rotation, 'graceDays');

  if (parameterName !== undefined) {
    problems.push(...parameterNameProblems(parameterName, `${at}.parameterName`));
  }

  if (graceDays !== undefined && !isWholeInRange(graceDays, 1)) {
    problems.push(problem(`${at}.graceDays`, graceDays,
      'an old key is kept a whole number of days, at least 1',
      `use a whole number of days, e.g. ${DEFAULTS.keyRotation.graceDays}`));
  }

  return problems;
}
