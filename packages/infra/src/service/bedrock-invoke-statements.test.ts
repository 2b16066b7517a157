import { App, Stack } from 'aws-cdk-lib';
import { bedrockInvokeStatements } from './bedrock-invoke-statements';

const stack = new Stack(new App(), 'S', { env: { region: 'eu-west-1', account: '123456789012' } });
const resolve = (statements: ReturnType<typeof bedrockInvokeStatements>): unknown =>
  stack.resolve(statements.map((statement): unknown => statement.toStatementJson())) as unknown;
const ACTIONS = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];
const partition = (rest: string): unknown => ({
  'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, rest]],
});

describe('bedrockInvokeStatements', () => {
  describe('when the model is a foundation model', () => {
    it('allows that model in the stack region only', () => {
      expect(
        resolve(
          bedrockInvokeStatements(
            { kind: 'foundationModel', modelId: 'amazon.nova-pro-v1:0' },
            stack,
          ),
        ),
      ).toEqual([
        {
          Sid: 'InvokeConfiguredModel',
          Effect: 'Allow',
          Action: ACTIONS,
          Resource: partition(':bedrock:eu-west-1::foundation-model/amazon.nova-pro-v1:0'),
        },
      ]);
    });
  });

  describe('when the model is an inference profile', () => {
    it('allows the profile, and its model in any region only through that profile', () => {
      const profile = partition(
        ':bedrock:eu-west-1:123456789012:inference-profile/eu.amazon.nova-pro-v1:0',
      );

      expect(
        resolve(
          bedrockInvokeStatements(
            {
              kind: 'inferenceProfile',
              profileId: 'eu.amazon.nova-pro-v1:0',
              modelId: 'amazon.nova-pro-v1:0',
            },
            stack,
          ),
        ),
      ).toEqual([
        {
          Sid: 'InvokeConfiguredInferenceProfile',
          Effect: 'Allow',
          Action: ACTIONS,
          Resource: profile,
        },
        {
          Sid: 'InvokeProfileModelThroughProfileOnly',
          Effect: 'Allow',
          Action: ACTIONS,
          Resource: partition(':bedrock:*::foundation-model/amazon.nova-pro-v1:0'),
          Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profile } },
        },
      ]);
    });
  });
});
