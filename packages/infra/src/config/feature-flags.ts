/**
 * CDK feature flags the app is written against, passed as context to every `App` (the CLI's and
 * the tests'), so synth output does not depend on which cdk.json a run happens to see.
 */
export const FEATURE_FLAGS: Readonly<Record<string, boolean>> = {
  // Server access logs are delivered under a bucket policy, not an ACL (ACLs are disabled).
  '@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy': true,
  // Merge IAM statements that differ only in one list, for shorter, reviewable policies.
  '@aws-cdk/aws-iam:minimizePolicies': true,
  // A default security group with rules removed needs a Lambda custom resource; ours is unused.
  '@aws-cdk/aws-ec2:restrictDefaultSecurityGroup': false,
};
