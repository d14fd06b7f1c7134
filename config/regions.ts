/**
 * AWS region codes this project may deploy to. Only the commercial `aws`
 * partition is listed: the policy generators write `arn:aws:` ARNs, which
 * GovCloud and China regions would reject.
 */
import { closestMatch } from './closest-match';
import { ConfigProblem, problem } from './problems';

export const KNOWN_REGIONS: readonly string[] = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
  'ca-central-1', 'ca-west-1', 'mx-central-1', 'sa-east-1',
  'eu-central-1', 'eu-central-2', 'eu-west-1', 'eu-west-2', 'eu-west-3',
  'eu-south-1', 'eu-south-2', 'eu-north-1',
  'af-south-1', 'il-central-1', 'me-south-1', 'me-central-1',
  'ap-east-1', 'ap-east-2', 'ap-south-1', 'ap-south-2',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4',
  'ap-southeast-5', 'ap-southeast-6', 'ap-southeast-7',
];

/** Area, direction and number: `us-east-1`, `ap-southeast-2`. */
const REGION_SHAPE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Problems with a region code; a new AWS region is added to the list above. */
export function regionProblems(region: string, path: string): ConfigProblem[] {
  if (!REGION_SHAPE.test(region)) {
    const lowered = region.trim().toLowerCase();
    const fix = REGION_SHAPE.test(lowered)
      ? `write it in lowercase without spaces: "${lowered}"`
      : 'use a region code such as "us-east-1"';
    return [problem(path, region, "region codes look like 'us-east-1'", fix)];
  }

  if (!KNOWN_REGIONS.includes(region)) {
    const meant = closestMatch(region, KNOWN_REGIONS) ?? 'us-east-1';
    return [problem(path, region, 'region is a commercial AWS region',
      `use a region such as "${meant}"`)];
  }

  return [];
}
