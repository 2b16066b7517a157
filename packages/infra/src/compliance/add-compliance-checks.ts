import { Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import type { Construct } from 'constructs';

/**
 * Runs the cdk-nag AwsSolutions and HIPAA Security packs on every synth of `app`. A finding that
 * is not acknowledged (with `Validations.of(construct).acknowledge`) fails the synth.
 *
 * @param app - The CDK app (or any stage).
 */
export function addComplianceChecks(app: Construct): void {
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new HIPAASecurityChecks(app));
}
