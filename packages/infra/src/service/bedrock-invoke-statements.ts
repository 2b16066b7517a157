import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type { BedrockModelRef } from '../config/bedrock-model-ref';

/** The two Bedrock actions the app uses: Converse and ConverseStream authorize as these. */
export const BEDROCK_INVOKE_ACTIONS = [
  'bedrock:InvokeModel',
  'bedrock:InvokeModelWithResponseStream',
] as const;

/**
 * Builds the IAM statements that let the task invoke exactly the configured model. A foundation
 * model is allowed in the stack's region. An inference profile is allowed by its ARN, and its
 * foundation model in any region but only when called through that profile: cross-region
 * profiles route each request to a region chosen at call time.
 *
 * @param ref - The configured model, parsed by `parseBedrockModelRef`.
 * @param stack - The stack whose partition, region and account the ARNs name.
 * @returns One statement for a foundation model, two for an inference profile.
 */
export function bedrockInvokeStatements(
  ref: BedrockModelRef,
  stack: Pick<Stack, 'partition' | 'region' | 'account'>,
): iam.PolicyStatement[] {
  const arn = `arn:${stack.partition}:bedrock`;
  if (ref.kind === 'foundationModel') {
    return [
      new iam.PolicyStatement({
        sid: 'InvokeConfiguredModel',
        actions: [...BEDROCK_INVOKE_ACTIONS],
        resources: [`${arn}:${stack.region}::foundation-model/${ref.modelId}`],
      }),
    ];
  }
  const profileArn = `${arn}:${stack.region}:${stack.account}:inference-profile/${ref.profileId}`;
  return [
    new iam.PolicyStatement({
      sid: 'InvokeConfiguredInferenceProfile',
      actions: [...BEDROCK_INVOKE_ACTIONS],
      resources: [profileArn],
    }),
    new iam.PolicyStatement({
      sid: 'InvokeProfileModelThroughProfileOnly',
      actions: [...BEDROCK_INVOKE_ACTIONS],
      resources: [`${arn}:*::foundation-model/${ref.modelId}`],
      conditions: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
    }),
  ];
}
