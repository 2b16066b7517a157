import { Token } from 'aws-cdk-lib';
import { DEFAULT_INFRA_CONFIG, type InfraConfig } from './infra-config';
import { validateInfraConfig } from './validate-infra-config';

const VALID: InfraConfig = { ...DEFAULT_INFRA_CONFIG };
const CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

function problemsWith(overrides: Partial<InfraConfig>): string[] {
  return validateInfraConfig({ ...VALID, ...overrides });
}

describe('validateInfraConfig', () => {
  describe('when every setting is valid', () => {
    it('returns no problems for the defaults', () => {
      expect(validateInfraConfig(VALID)).toEqual([]);
    });

    it('returns no problems for a full production setting', () => {
      expect(
        problemsWith({
          environmentName: 'prod',
          account: '123456789012',
          modelId: 'anthropic.claude-3-5-haiku-20241022-v1:0',
          taskCpu: 2048,
          taskMemoryMiB: 4096,
          minCapacity: 2,
          maxCapacity: 6,
          domainName: 'bot.example.org',
          certificateArn: CERT,
          logRetentionDays: 731,
          uploadExpiryDays: 30,
          alarmEmail: 'oncall@example.org',
        }),
      ).toEqual([]);
    });
  });

  describe('when a value is an unresolved token', () => {
    it('skips it', () => {
      expect(
        problemsWith({
          environmentName: Token.asString({ Ref: 'Env' }),
          taskCpu: Token.asNumber({ Ref: 'Cpu' }),
          alarmEmail: Token.asString({ Ref: 'Email' }),
        }),
      ).toEqual([]);
    });
  });

  describe('when the environment name is not a short lowercase name', () => {
    it('says how to set it', () => {
      expect(problemsWith({ environmentName: 'Prod_1' })).toEqual([
        'environmentName "Prod_1" must be 1-20 lowercase letters, digits or "-", starting with a letter; set it with -c environmentName=prod or in cdk.json "context"',
      ]);
    });
  });

  describe('when the region is not a region name', () => {
    it('says how to set it', () => {
      expect(problemsWith({ region: 'Europe' })).toEqual([
        'region "Europe" is not an AWS region name; set it with -c region=eu-west-1 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the account is not 12 digits', () => {
    it('says how to set it', () => {
      expect(problemsWith({ account: '1234' })).toEqual([
        'account "1234" must be the 12-digit account id; set it with -c account=123456789012 or in cdk.json "context", or leave it out',
      ]);
    });
  });

  describe('when the model id is not a Bedrock model or profile', () => {
    it('says what forms are accepted', () => {
      expect(problemsWith({ modelId: 'claude' })).toEqual([
        'modelId "claude" is not a Bedrock model id, system inference profile id or ARN of either; set it with -c modelId=eu.anthropic.claude-sonnet-4-20250514-v1:0 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the inference profile belongs to another geography than the region', () => {
    it('names the profile the region can call', () => {
      expect(problemsWith({ region: 'us-east-1' })).toEqual([
        'modelId "eu.anthropic.claude-sonnet-4-20250514-v1:0" is an inference profile of the eu geography, which us-east-1 cannot call; use us.anthropic.claude-sonnet-4-20250514-v1:0',
      ]);
    });

    it('points to an in-region model where no profile family applies', () => {
      expect(problemsWith({ region: 'sa-east-1' })).toEqual([
        'modelId "eu.anthropic.claude-sonnet-4-20250514-v1:0" is an inference profile of the eu geography, which sa-east-1 cannot call; use a model offered in that region',
      ]);
    });

    it('accepts a global profile anywhere', () => {
      expect(
        problemsWith({
          region: 'sa-east-1',
          modelId: 'global.anthropic.claude-sonnet-4-20250514-v1:0',
        }),
      ).toEqual([]);
    });
  });

  describe('when the task CPU is not a Fargate size', () => {
    it('lists the sizes', () => {
      expect(problemsWith({ taskCpu: 1000 })).toEqual([
        'taskCpu 1000 is not a Fargate size; use one of 256, 512, 1024, 2048, 4096, 8192, 16384; set it with -c taskCpu=1024 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the memory does not fit the CPU', () => {
    it('gives the range for that CPU', () => {
      expect(problemsWith({ taskCpu: 1024, taskMemoryMiB: 1024 })).toEqual([
        'taskMemoryMiB 1024 does not fit taskCpu 1024; use 2048 to 8192 in steps of 1024; set it with -c taskMemoryMiB=2048 or in cdk.json "context"',
      ]);
    });
  });

  describe('when a capacity is outside 1 to 10 or not whole', () => {
    it('says the range', () => {
      expect(problemsWith({ minCapacity: 0, maxCapacity: 2.5 })).toEqual([
        'minCapacity 0 and maxCapacity 2.5 must be whole numbers from 1 to 10; set it with -c maxCapacity=3 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the minimum capacity is above the maximum', () => {
    it('says which to change', () => {
      expect(problemsWith({ minCapacity: 4, maxCapacity: 2 })).toEqual([
        'minCapacity 4 is above maxCapacity 2; lower minCapacity or raise maxCapacity',
      ]);
    });
  });

  describe('when only one of domain and certificate is given', () => {
    it('asks for both or neither', () => {
      const message =
        'domainName and certificateArn go together: give both for an HTTPS listener on your domain, or neither for the API Gateway front';
      expect(problemsWith({ domainName: 'bot.example.org' })).toEqual([message]);
      expect(problemsWith({ certificateArn: CERT })).toEqual([message]);
    });
  });

  describe('when the domain is not a host name', () => {
    it('says how to set it', () => {
      expect(problemsWith({ domainName: 'https://bot.example.org', certificateArn: CERT })).toEqual(
        [
          'domainName "https://bot.example.org" is not a lowercase host name; set it with -c domainName=bot.example.org or in cdk.json "context"',
        ],
      );
    });
  });

  describe('when the certificate is not an ACM ARN', () => {
    it('says where to copy it from', () => {
      expect(problemsWith({ domainName: 'bot.example.org', certificateArn: 'my-cert' })).toEqual([
        'certificateArn "my-cert" is not an ACM certificate ARN; copy it from the ACM console (arn:aws:acm:<region>:<account>:certificate/<id>)',
      ]);
    });
  });

  describe('when the certificate is in another region', () => {
    it('says to use the stack region', () => {
      expect(
        problemsWith({
          domainName: 'bot.example.org',
          certificateArn: CERT.replace('eu-west-1', 'us-east-1'),
        }),
      ).toEqual([
        'certificateArn is in us-east-1 but the stack deploys to eu-west-1; request or import the certificate in eu-west-1',
      ]);
    });
  });

  describe('when the log retention is not a CloudWatch value', () => {
    it('lists the accepted values', () => {
      expect(problemsWith({ logRetentionDays: 100 })).toEqual([
        'logRetentionDays 100 is not a CloudWatch retention; use one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653; set it with -c logRetentionDays=365 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the upload expiry is not 1 to 3650 whole days', () => {
    it('says the range', () => {
      expect(problemsWith({ uploadExpiryDays: 0 })).toEqual([
        'uploadExpiryDays 0 must be a whole number of days from 1 to 3650; set it with -c uploadExpiryDays=90 or in cdk.json "context"',
      ]);
    });
  });

  describe('when the alarm email is not an address', () => {
    it('says how to set it', () => {
      expect(problemsWith({ alarmEmail: 'oncall' })).toEqual([
        'alarmEmail "oncall" is not an email address; set it with -c alarmEmail=oncall@example.org or in cdk.json "context", or leave it out',
      ]);
    });
  });

  describe('when several settings are wrong', () => {
    it('reports each of them', () => {
      expect(problemsWith({ region: 'x', logRetentionDays: 2 })).toHaveLength(2);
    });
  });
});
