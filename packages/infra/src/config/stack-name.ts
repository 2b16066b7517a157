/**
 * The CloudFormation stack name of a deployment.
 *
 * @param environmentName - The deployment's `environmentName`, such as `prod`.
 * @returns `CtrlAltHeal-<environmentName>`.
 */
export function stackNameFor(environmentName: string): string {
  return `CtrlAltHeal-${environmentName}`;
}
