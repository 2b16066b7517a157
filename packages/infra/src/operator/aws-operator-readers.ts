import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from '@aws-sdk/client-secrets-manager';
import type { SecretReader, StackOutputReader } from './register-telegram-webhook';

/**
 * Reads stack outputs with CloudFormation `DescribeStacks`.
 *
 * @param client - A CloudFormation client for the stack's region.
 * @returns The reader.
 */
export function cloudFormationOutputs(client: CloudFormationClient): StackOutputReader {
  return {
    async readOutputs(stackName) {
      const answer = await client.send(new DescribeStacksCommand({ StackName: stackName }));
      const outputs = answer.Stacks?.[0]?.Outputs ?? [];
      return Object.fromEntries(
        outputs.flatMap((output) =>
          output.OutputKey === undefined || output.OutputValue === undefined
            ? []
            : [[output.OutputKey, output.OutputValue]],
        ),
      );
    },
  };
}

/**
 * Reads secret values with Secrets Manager `GetSecretValue`. A secret created without a value
 * answers `ResourceNotFoundException` for its current version, which reads as `undefined`.
 *
 * @param client - A Secrets Manager client for the stack's region.
 * @returns The reader.
 */
export function secretsManagerValues(client: SecretsManagerClient): SecretReader {
  return {
    async readSecret(secretId) {
      try {
        const answer = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
        return answer.SecretString;
      } catch (error) {
        if (error instanceof ResourceNotFoundException) return undefined;
        throw error;
      }
    },
  };
}
