/**
 * Rules for where an environment keeps its Terraform state. A wrong key
 * is worse than a failed run: two environments sharing one state file
 * would plan each other's resources away.
 */
import { bucketNameProblems } from './bucket-name';
import { ConfigProblem, problem } from './problems';
import { regionProblems } from './regions';
import { Settings, stringAt } from './settings';

export function stateBackendProblems(backend: Settings, at: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const bucket = stringAt(backend, 'bucket');
  const key = stringAt(backend, 'key');
  const region = stringAt(backend, 'region');

  if (bucket !== undefined) {
    problems.push(...bucketNameProblems(bucket, `${at}.bucket`, 'deltacrown-terraform-state'));
  }

  if (key !== undefined) problems.push(...stateKeyProblems(key, `${at}.key`));

  if (region !== undefined) problems.push(...regionProblems(region, `${at}.region`));

  return problems;
}

/** The S3 backend's own key rules, plus the extension that marks a state file. */
function stateKeyProblems(key: string, path: string): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const corrected = key.replace(/^\/+/, '').replace(/\/{2,}/g, '/');

  if (key.startsWith('/')) {
    problems.push(problem(path, key, "state keys do not start with '/'", `use "${corrected}"`));
  }

  if (key.includes('//')) {
    problems.push(problem(path, key, "state keys have no '//'", `use "${corrected}"`));
  }

  if (!key.endsWith('.tfstate')) {
    problems.push(problem(path, key, "state keys end with '.tfstate'",
      'name the state file, e.g. "certificates/staging.tfstate"'));
  }

  return problems;
}
