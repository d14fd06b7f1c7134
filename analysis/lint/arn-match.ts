/**
 * Whether a policy's Resource can name a resource of a given type. The
 * Resource may hold wildcards (`arn:aws:s3:::bucket/pdf/*`); the type's
 * ARN format holds variables (`arn:${Partition}:s3:::${BucketName}/${ObjectName}`).
 * They match when some ARN fits both, decided by walking the two as
 * automata side by side.
 *
 * Variables stand for one ARN segment: one or more characters other
 * than `/` and `:`. The exception is a format's last variable after a
 * `/`, which may span several: object keys, IAM names with paths and
 * parameter names all contain slashes. Known shortcoming: a last
 * variable after `:` that may hold `/` (a CloudWatch Logs group name) is
 * read as one segment; none of our documents name such a resource.
 * Policy variables and unresolved references in the Resource (`${...}`)
 * are read as `*`.
 */

/** What one step of either automaton accepts. */
type Label =
  | { readonly kind: 'char'; readonly char: string }
  | { readonly kind: 'any' }
  | { readonly kind: 'segment' };

interface Move {
  readonly label: Label;
  readonly to: number;
}

interface Automaton {
  /** moves[state]: the steps that read one character. */
  readonly moves: readonly (readonly Move[])[];
  /** skips[state]: the state a `*` reaches by matching nothing. */
  readonly skips: readonly (number | undefined)[];
  readonly final: number;
}

const ANY: Label = { kind: 'any' };
const SEGMENT: Label = { kind: 'segment' };
const char = (value: string): Label => ({ kind: 'char', char: value });

/** The Resource as written: `*` any run, `?` one character, `${...}` as `*`. */
function resourceAutomaton(resource: string): Automaton {
  const tokens = [...resource.replace(/\$\{[^}]*\}/g, '*')];
  const moves = tokens.map((token, state): Move[] => {
    if (token === '*') return [{ label: ANY, to: state }];
    return [{ label: token === '?' ? ANY : char(token), to: state + 1 }];
  });
  const skips = tokens.map((token, state) => (token === '*' ? state + 1 : undefined));

  return { moves: [...moves, []], skips: [...skips, undefined], final: tokens.length };
}

/** The ARN format: literal characters, and variables of one or more characters. */
function formatAutomaton(format: string): Automaton {
  const parts = format.split(/(\$\{[^}]+\})/).filter((part) => part.length > 0);
  const moves: Move[][] = [[]];
  let state = 0;

  parts.forEach((part, index) => {
    if (!part.startsWith('${')) {
      for (const value of part) {
        moves[state].push({ label: char(value), to: state + 1 });
        moves.push([]);
        state += 1;
      }
      return;
    }
    const spansSegments = index === parts.length - 1 && parts[index - 1]?.endsWith('/');
    const label = spansSegments ? ANY : SEGMENT;
    // One character enters the variable; the state inside reads any more.
    moves[state].push({ label, to: state + 1 });
    moves.push([{ label, to: state + 1 }]);
    state += 1;
  });

  return { moves, skips: moves.map(() => undefined), final: state };
}

function overlaps(a: Label, b: Label): boolean {
  if (a.kind === 'any' || b.kind === 'any') return true;
  if (a.kind === 'char' && b.kind === 'char') return a.char === b.char;
  const value = a.kind === 'char' ? a.char : b.kind === 'char' ? b.char : undefined;
  return value !== '/' && value !== ':';
}

/** A state and those its `*` tokens reach by matching nothing. */
function closure(automaton: Automaton, state: number): number[] {
  const states = [state];
  let skip = automaton.skips[state];
  while (skip !== undefined) {
    states.push(skip);
    skip = automaton.skips[skip];
  }
  return states;
}

/** Whether some string is accepted by both automata. */
function intersects(a: Automaton, b: Automaton): boolean {
  const seen = new Set<string>();
  const queue: [number, number][] = [];
  const visit = (x: number, y: number) => {
    for (const left of closure(a, x)) {
      for (const right of closure(b, y)) {
        const key = `${left},${right}`;
        if (!seen.has(key)) {
          seen.add(key);
          queue.push([left, right]);
        }
      }
    }
  };

  visit(0, 0);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [x, y] = next;
    if (x === a.final && y === b.final) return true;
    for (const left of a.moves[x]) {
      for (const right of b.moves[y]) {
        if (overlaps(left.label, right.label)) visit(left.to, right.to);
      }
    }
  }
  return false;
}

const answers = new Map<string, boolean>();

/** Whether `resource` can name a resource whose ARNs follow `format`. */
export function resourceMatchesFormat(resource: string, format: string): boolean {
  if (resource === '*') return true;

  const key = `${resource}\n${format}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = intersects(resourceAutomaton(resource), formatAutomaton(format));
    answers.set(key, answer);
  }
  return answer;
}
