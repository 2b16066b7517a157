import { parseBedrockModelRef } from './bedrock-model-ref';

describe('parseBedrockModelRef', () => {
  describe('when given a foundation model id or its ARN', () => {
    it('returns the foundation model', () => {
      expect(parseBedrockModelRef('anthropic.claude-3-5-haiku-20241022-v1:0')).toEqual({
        kind: 'foundationModel',
        modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
      });
      expect(
        parseBedrockModelRef('arn:aws:bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0'),
      ).toEqual({
        kind: 'foundationModel',
        modelId: 'amazon.nova-pro-v1:0',
      });
    });
  });

  describe('when given a system inference profile id or its ARN', () => {
    it('returns the profile and the model it routes to', () => {
      expect(parseBedrockModelRef('global.anthropic.claude-sonnet-4-20250514-v1:0')).toEqual({
        kind: 'inferenceProfile',
        profileId: 'global.anthropic.claude-sonnet-4-20250514-v1:0',
        modelId: 'anthropic.claude-sonnet-4-20250514-v1:0',
      });
      expect(
        parseBedrockModelRef(
          'arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.amazon.nova-lite-v1:0',
        ),
      ).toEqual({
        kind: 'inferenceProfile',
        profileId: 'us.amazon.nova-lite-v1:0',
        modelId: 'amazon.nova-lite-v1:0',
      });
    });
  });

  describe('when given anything else', () => {
    it('returns undefined', () => {
      expect(parseBedrockModelRef('claude')).toBeUndefined();
      expect(
        parseBedrockModelRef(
          'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123',
        ),
      ).toBeUndefined();
      expect(
        parseBedrockModelRef('arn:aws:bedrock:us-east-1:123456789012:inference-profile/abc123'),
      ).toBeUndefined();
    });
  });
});
