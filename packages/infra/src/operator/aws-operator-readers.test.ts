import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cloudFormationOutputs, secretsManagerValues } from './aws-operator-readers';

const STACK_XML = `<DescribeStacksResponse xmlns="http://cloudformation.amazonaws.com/doc/2010-05-15/">
<DescribeStacksResult><Stacks><member>
<StackName>CtrlAltHeal-prod</StackName><StackStatus>CREATE_COMPLETE</StackStatus>
<CreationTime>2026-01-01T00:00:00Z</CreationTime>
<Outputs>
<member><OutputKey>WebhookUrl</OutputKey><OutputValue>https://abc.execute-api.eu-west-1.amazonaws.com/webhook</OutputValue></member>
<member><OutputKey>WebhookSecretArn</OutputKey><OutputValue>arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook</OutputValue></member>
</Outputs>
</member></Stacks></DescribeStacksResult>
<ResponseMetadata><RequestId>1</RequestId></ResponseMetadata>
</DescribeStacksResponse>`;

/** Fake CloudFormation (query protocol, XML) and Secrets Manager (JSON) on one local port. */
function startFakeAws(requests: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const target = request.headers['x-amz-target'];
      requests.push(typeof target === 'string' ? `${target} ${body}` : body);
      if (target === 'secretsmanager.GetSecretValue') {
        const { SecretId } = JSON.parse(body) as { SecretId: string };
        const found = SecretId === 'set';
        response.writeHead(found ? 200 : 400, { 'content-type': 'application/x-amz-json-1.1' });
        response.end(
          JSON.stringify(
            found
              ? { ARN: 'arn', Name: 'set', SecretString: 'the-value', VersionId: 'v1' }
              : {
                  __type: 'ResourceNotFoundException',
                  message:
                    "Secrets Manager can't find the specified secret value for staging label: AWSCURRENT",
                },
          ),
        );
        return;
      }
      response.writeHead(200, { 'content-type': 'text/xml' });
      response.end(STACK_XML);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('aws operator readers', () => {
  const requests: string[] = [];
  let server: Server;
  let clientConfig: ConstructorParameters<typeof SecretsManagerClient>[0];

  beforeAll(async () => {
    server = await startFakeAws(requests);
    clientConfig = {
      region: 'eu-west-1',
      endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
      maxAttempts: 1,
    };
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  describe('cloudFormationOutputs', () => {
    describe('when the stack has outputs', () => {
      it('returns them keyed by output key', async () => {
        const reader = cloudFormationOutputs(new CloudFormationClient(clientConfig ?? {}));

        await expect(reader.readOutputs('CtrlAltHeal-prod')).resolves.toEqual({
          WebhookUrl: 'https://abc.execute-api.eu-west-1.amazonaws.com/webhook',
          WebhookSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook',
        });
        expect(requests.at(-1)).toContain('StackName=CtrlAltHeal-prod');
      });
    });
  });

  describe('secretsManagerValues', () => {
    describe('when the secret has a value', () => {
      it('returns the string', async () => {
        const reader = secretsManagerValues(new SecretsManagerClient(clientConfig ?? {}));

        await expect(reader.readSecret('set')).resolves.toBe('the-value');
      });
    });

    describe('when the secret was created without a value', () => {
      it('returns undefined', async () => {
        const reader = secretsManagerValues(new SecretsManagerClient(clientConfig ?? {}));

        await expect(reader.readSecret('empty')).resolves.toBeUndefined();
      });
    });
  });
});
