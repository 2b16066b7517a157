import type { ConfigIssue } from './config-error';

/** Collects config issues while parsing, so the boot error can list them all at once. */
export class IssueList {
  private readonly issues: ConfigIssue[] = [];

  /** Records that `variable` has `problem`, fixed by `fix`. */
  add(variable: string, problem: string, fix: string): void {
    this.issues.push({ variable, problem, fix });
  }

  /** True when `variable` already has an issue (so it is reported once). */
  has(variable: string): boolean {
    return this.issues.some((issue) => issue.variable === variable);
  }

  /** True when anything was recorded. */
  any(): boolean {
    return this.issues.length > 0;
  }

  /** Every issue, in the order recorded. */
  all(): readonly ConfigIssue[] {
    return [...this.issues];
  }
}
