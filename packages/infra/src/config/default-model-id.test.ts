import { defaultModelIdFor } from './default-model-id';

describe('defaultModelIdFor', () => {
  describe('when the region belongs to a profile geography', () => {
    it('returns that geography’s inference profile', () => {
      expect(defaultModelIdFor('eu-central-1')).toBe('eu.anthropic.claude-sonnet-4-20250514-v1:0');
      expect(defaultModelIdFor('us-east-1')).toBe('us.anthropic.claude-sonnet-4-20250514-v1:0');
      expect(defaultModelIdFor('ap-southeast-2')).toBe(
        'apac.anthropic.claude-sonnet-4-20250514-v1:0',
      );
    });
  });

  describe('when the region is outside those geographies', () => {
    it('returns the foundation model in the region', () => {
      expect(defaultModelIdFor('sa-east-1')).toBe('anthropic.claude-sonnet-4-20250514-v1:0');
    });
  });
});
