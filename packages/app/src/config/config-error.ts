import { AppError } from '../app-error';

/** One problem found in the environment, with the variable to change and how. */
export interface ConfigIssue {
  /** The environment variable at fault, such as `PORT`. */
  readonly variable: string;
  /** What is wrong with it, without its value (it may be a secret). */
  readonly problem: string;
  /** What to set instead. */
  readonly fix: string;
}

/**
 * Thrown at boot when the environment cannot make a working app: a variable is missing,
 * malformed, or contradicts another. The message lists every issue, one a line, as
 * `VARIABLE: problem. Fix: how`, so one restart fixes them all.
 */
export class ConfigError extends AppError {
  /** Every issue found, in the order checked. */
  readonly issues: readonly ConfigIssue[];

  /** @param issues - At least one issue. */
  constructor(issues: readonly ConfigIssue[]) {
    super(
      `invalid configuration:\n${issues
        .map((issue) => `  ${issue.variable}: ${issue.problem}. Fix: ${issue.fix}`)
        .join('\n')}`,
    );
    this.issues = issues;
  }
}
