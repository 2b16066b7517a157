import { Aws } from 'aws-cdk-lib';
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
 * @returns One statement for a foundation model, two for an inference profile.
 */
export function bedrockInvokeStatements(ref: BedrockModelRef): iam.PolicyStatement[] {
  const arn = `arn:${Aws.PARTITION}:bedrock`;
  if (ref.kind === 'foundationModel') {
    return [
      new iam.PolicyStatement({
        sid: 'InvokeConfiguredModel',
        actions: [...BEDROCK_INVOKE_ACTIONS],
        resources: [`${arn}:${Aws.REGION}::foundation-model/${ref.modelId}`],
      }),
    ];
  }
  const profileArn = `${arn}:${Aws.REGION}:${Aws.ACCOUNT_ID}:inference-profile/${ref.profileId}`;
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
