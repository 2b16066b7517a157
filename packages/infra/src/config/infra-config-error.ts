/**
 * Thrown at synth when the deployment settings are invalid. The message lists every problem,
 * one per line, each saying how to fix it.
 */
export class InfraConfigError extends Error {
  /** The problems found, in the order the checks ran. */
  readonly problems: readonly string[];

  /**
   * @param problems - One message per problem; at least one.
   */
  constructor(problems: readonly string[]) {
    super(`Invalid deployment settings:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'InfraConfigError';
    this.problems = problems;
  }
}
