import { App } from 'aws-cdk-lib';
import { DEFAULT_INFRA_CONFIG } from './infra-config';
import { InfraConfigError } from './infra-config-error';
import { readInfraConfig } from './read-infra-config';

function nodeWith(context: Record<string, unknown>): App['node'] {
  return new App({ context }).node;
}

describe('readInfraConfig', () => {
  describe('when no context is given', () => {
    it('returns the defaults, with region and account from the CLI environment and the model of that region', () => {
      const config = readInfraConfig(nodeWith({}), {
        CDK_DEFAULT_REGION: 'us-west-2',
        CDK_DEFAULT_ACCOUNT: '123456789012',
      });

      expect(config).toEqual({
        ...DEFAULT_INFRA_CONFIG,
        region: 'us-west-2',
        account: '123456789012',
        modelId: 'us.anthropic.claude-sonnet-4-20250514-v1:0',
      });
    });

    it('falls back to the default region without the CLI environment', () => {
      expect(readInfraConfig(nodeWith({}), {})).toEqual({
        ...DEFAULT_INFRA_CONFIG,
        account: undefined,
      });
    });
  });

  describe('when context values arrive as strings from -c', () => {
    it('turns numbers into numbers and keeps text as text', () => {
      const config = readInfraConfig(
        nodeWith({
          environmentName: 'prod',
          taskCpu: '2048',
          taskMemoryMiB: '4096',
          maxCapacity: 5,
          domainName: 'bot.example.org',
          alarmEmail: '',
        }),
        {},
      );

      expect(config).toEqual(
        expect.objectContaining({
          environmentName: 'prod',
          taskCpu: 2048,
          taskMemoryMiB: 4096,
          maxCapacity: 5,
          domainName: 'bot.example.org',
          alarmEmail: undefined,
        }),
      );
    });
  });

  describe('when a numeric value is not a number', () => {
    it('throws an InfraConfigError naming each one', () => {
      expect(() => readInfraConfig(nodeWith({ taskCpu: 'one', minCapacity: 'x' }), {})).toThrow(
        new InfraConfigError([
          'taskCpu "one" is not a number; pass digits only',
          'minCapacity "x" is not a number; pass digits only',
        ]),
      );
    });
  });
});
