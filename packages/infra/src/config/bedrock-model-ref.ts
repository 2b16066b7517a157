/** What a configured model id names, which decides the ARNs the task role may invoke. */
export type BedrockModelRef =
  | { readonly kind: 'foundationModel'; readonly modelId: string }
  | {
      readonly kind: 'inferenceProfile';
      /** The profile id, such as `eu.anthropic.claude-sonnet-4-20250514-v1:0`. */
      readonly profileId: string;
      /** The foundation model the profile routes to, such as `anthropic.claude-sonnet-4…`. */
      readonly modelId: string;
    };

// A system-defined cross-region profile is a geography prefix plus a foundation model id.
const PROFILE_PREFIX = /^(us|eu|apac|jp|au|ca|us-gov|global)\.(.+)$/;
const MODEL_ID = /^[a-z0-9-]+\.[A-Za-z0-9._:-]+$/;
const FOUNDATION_ARN = /^arn:aws[a-z-]*:bedrock:[a-z0-9-]+::foundation-model\/(.+)$/;
const PROFILE_ARN = /^arn:aws[a-z-]*:bedrock:[a-z0-9-]+:\d{12}:inference-profile\/(.+)$/;

/**
 * Reads a Bedrock model setting: a foundation model id, a system-defined inference profile id,
 * or the ARN of either. Application inference profiles are not supported, because the model
 * they route to cannot be known at synth time.
 *
 * @param value - The configured model id.
 * @returns What the id names, or `undefined` when it is none of the supported forms.
 */
export function parseBedrockModelRef(value: string): BedrockModelRef | undefined {
  const id = FOUNDATION_ARN.exec(value)?.[1] ?? PROFILE_ARN.exec(value)?.[1] ?? value;
  const profile = PROFILE_PREFIX.exec(id);
  if (profile?.[2] !== undefined && MODEL_ID.test(profile[2])) {
    return { kind: 'inferenceProfile', profileId: id, modelId: profile[2] };
  }
  if (FOUNDATION_ARN.test(value) || (!PROFILE_ARN.test(value) && MODEL_ID.test(id))) {
    return { kind: 'foundationModel', modelId: id };
  }
  return undefined;
}
