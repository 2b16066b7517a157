import { TABLES } from '@ctrl-alt-heal/app/table-definitions';
import { Match } from 'aws-cdk-lib/assertions';
import { findAll, findOne, getAtt } from './template-lookup';
import { synthStack } from './synth-stack';

// One synth for the data layer (key, tables, buckets, logs, secrets, backups) and the task role.
const { template } = synthStack({ uploadExpiryDays: 30, logRetentionDays: 90 });
const key = findOne(template, 'AWS::KMS::Key');
const keyArn = getAtt(key.id);

function statementsOf(
  type: 'AWS::IAM::Policy' | 'AWS::IAM::ManagedPolicy',
): Record<string, unknown>[] {
  return findAll(template, type).flatMap(
    ([, policy]) =>
      (policy.Properties?.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
  );
}

describe('CtrlAltHealStack data layer', () => {
  describe('when synthesized', () => {
    it('declares one customer-managed key with yearly rotation, kept on stack deletion', () => {
      expect(key.resource).toEqual(
        expect.objectContaining({
          DeletionPolicy: 'Retain',
          Properties: expect.objectContaining({
            EnableKeyRotation: true,
            RotationPeriodInDays: 365,
          }) as unknown,
        }),
      );
    });

    it('declares one table per TABLES entry with its keys, indexes and TTL', () => {
      for (const definition of Object.values(TABLES)) {
        const { resource } = findOne(
          template,
          'AWS::DynamoDB::Table',
          `Tables${definition.id.replace(/-/g, '')}`,
        );
        const keySchema = [
          { AttributeName: definition.partitionKey.name, KeyType: 'HASH' },
          ...('sortKey' in definition
            ? [{ AttributeName: definition.sortKey.name, KeyType: 'RANGE' }]
            : []),
        ];
        expect(resource.Properties?.KeySchema).toEqual(keySchema);
        expect(resource.Properties?.GlobalSecondaryIndexes).toEqual(
          definition.indexes.length === 0
            ? undefined
            : definition.indexes.map(
                (index): unknown =>
                  expect.objectContaining({
                    IndexName: index.indexName,
                    Projection: { ProjectionType: 'ALL' },
                  }) as unknown,
              ),
        );
        expect(resource.Properties?.TimeToLiveSpecification).toEqual(
          'timeToLiveAttribute' in definition
            ? { AttributeName: definition.timeToLiveAttribute, Enabled: true }
            : undefined,
        );
      }
      expect(findAll(template, 'AWS::DynamoDB::Table')).toHaveLength(Object.keys(TABLES).length);
    });

    it('encrypts every table with the key, keeps point-in-time recovery, and retains it', () => {
      for (const [, table] of findAll(template, 'AWS::DynamoDB::Table')) {
        expect(table).toEqual(
          expect.objectContaining({
            DeletionPolicy: 'Retain',
            Properties: expect.objectContaining({
              BillingMode: 'PAY_PER_REQUEST',
              DeletionProtectionEnabled: true,
              PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
              SSESpecification: { KMSMasterKeyId: keyArn, SSEEnabled: true, SSEType: 'KMS' },
            }) as unknown,
          }),
        );
      }
    });

    it('backs up every table daily into a vault encrypted with the key', () => {
      template.hasResourceProperties('AWS::Backup::BackupVault', { EncryptionKeyArn: keyArn });
      const selection = findOne(template, 'AWS::Backup::BackupSelection').resource;
      const tableArns = findAll(template, 'AWS::DynamoDB::Table').map(([id]) => getAtt(id));
      expect(selection.Properties?.BackupSelection).toEqual(
        expect.objectContaining({ Resources: expect.arrayContaining(tableArns) as unknown }),
      );
    });

    it('makes the uploads bucket private, TLS-only, versioned, key-encrypted, expiring, and retained', () => {
      const uploads = findOne(template, 'AWS::S3::Bucket', 'BucketsUploads');
      expect(uploads.resource.DeletionPolicy).toBe('Retain');
      expect(uploads.resource.Properties).toEqual(
        expect.objectContaining({
          PublicAccessBlockConfiguration: {
            BlockPublicAcls: true,
            BlockPublicPolicy: true,
            IgnorePublicAcls: true,
            RestrictPublicBuckets: true,
          },
          VersioningConfiguration: { Status: 'Enabled' },
          BucketEncryption: {
            ServerSideEncryptionConfiguration: [
              {
                BucketKeyEnabled: true,
                ServerSideEncryptionByDefault: { KMSMasterKeyID: keyArn, SSEAlgorithm: 'aws:kms' },
              },
            ],
          },
          LifecycleConfiguration: {
            Rules: [
              {
                AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
                ExpirationInDays: 30,
                NoncurrentVersionExpiration: { NoncurrentDays: 30 },
                Status: 'Enabled',
              },
            ],
          },
        }),
      );
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: uploads.id },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it('blocks public access, enforces TLS and versions every bucket', () => {
      for (const [id, bucket] of findAll(template, 'AWS::S3::Bucket')) {
        expect(bucket.Properties?.PublicAccessBlockConfiguration).toEqual(
          expect.objectContaining({ BlockPublicAcls: true, RestrictPublicBuckets: true }),
        );
        expect(bucket.Properties?.VersioningConfiguration).toEqual({ Status: 'Enabled' });
        template.hasResourceProperties('AWS::S3::BucketPolicy', {
          Bucket: { Ref: id },
          PolicyDocument: {
            Statement: Match.arrayWith([
              Match.objectLike({
                Effect: 'Deny',
                Condition: { Bool: { 'aws:SecureTransport': 'false' } },
              }),
            ]),
          },
        });
      }
    });

    it('encrypts every log group with the key and keeps logs the configured days', () => {
      const groups = findAll(template, 'AWS::Logs::LogGroup');
      expect(groups.length).toBeGreaterThan(0);
      for (const [, group] of groups) {
        expect(group.Properties).toEqual(
          expect.objectContaining({ KmsKeyId: keyArn, RetentionInDays: 90 }),
        );
      }
    });

    it('keeps four secrets encrypted with the key: two empty for the operator, two generated', () => {
      const secrets = Object.fromEntries(
        findAll(template, 'AWS::SecretsManager::Secret').map(([id, secret]) => [
          id.replace(/[0-9A-F]{8}$/, ''),
          secret.Properties,
        ]),
      );
      const generated = { ExcludePunctuation: true, IncludeSpace: false, PasswordLength: 64 };
      expect(secrets).toEqual({
        SecretsTelegramBotToken: { Description: expect.any(String) as unknown, KmsKeyId: keyArn },
        SecretsWebSearchKey: { Description: expect.any(String) as unknown, KmsKeyId: keyArn },
        SecretsWebhookSecret: {
          Description: expect.any(String) as unknown,
          KmsKeyId: keyArn,
          GenerateSecretString: generated,
        },
        SecretsChatApiKey: {
          Description: expect.any(String) as unknown,
          KmsKeyId: keyArn,
          GenerateSecretString: generated,
        },
      });
    });

    it('writes VPC flow logs of all traffic to the log bucket, under a policy the stack owns', () => {
      template.hasResourceProperties('AWS::EC2::FlowLog', {
        LogDestinationType: 's3',
        TrafficType: 'ALL',
        LogDestination: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
      });
      const logs = findOne(template, 'AWS::S3::Bucket', 'BucketsLogs').id;
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: logs },
        PolicyDocument: {
          Statement: Match.arrayWith([
            {
              Sid: 'VpcFlowLogDelivery',
              Effect: 'Allow',
              Principal: { Service: 'delivery.logs.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: {
                'Fn::Join': [
                  '',
                  [getAtt(logs), '/vpc-flow-logs/AWSLogs/', { Ref: 'AWS::AccountId' }, '/*'],
                ],
              },
              Condition: {
                StringEquals: {
                  's3:x-amz-acl': 'bucket-owner-full-control',
                  'aws:SourceAccount': { Ref: 'AWS::AccountId' },
                },
              },
            },
          ]),
        },
      });
    });
  });
});

describe('CtrlAltHealStack task role', () => {
  const statements = statementsOf('AWS::IAM::ManagedPolicy');

  it('is attached to the task role only', () => {
    expect(findOne(template, 'AWS::IAM::ManagedPolicy').resource.Properties?.Roles).toEqual([
      { Ref: findOne(template, 'AWS::IAM::Role', 'TaskTaskRole').id },
    ]);
  });

  it('reaches only this stack’s tables and their indexes, with item actions', () => {
    const tables = findAll(template, 'AWS::DynamoDB::Table').map(([id]) => getAtt(id));
    const doses = findOne(template, 'AWS::DynamoDB::Table', 'Tablesdoses').id;
    const identities = findOne(template, 'AWS::DynamoDB::Table', 'Tablesidentities').id;
    expect(statements.find((statement) => statement.Sid === 'AppTables')).toEqual({
      Sid: 'AppTables',
      Effect: 'Allow',
      Action: [
        'dynamodb:BatchGetItem',
        'dynamodb:BatchWriteItem',
        'dynamodb:ConditionCheckItem',
        'dynamodb:DeleteItem',
        'dynamodb:GetItem',
        'dynamodb:PutItem',
        'dynamodb:Query',
        'dynamodb:UpdateItem',
      ],
      Resource: expect.arrayContaining([
        ...tables,
        { 'Fn::Join': ['', [getAtt(doses), '/index/byDueHour']] },
        { 'Fn::Join': ['', [getAtt(identities), '/index/byUser']] },
      ]) as unknown,
    });
  });

  it('reads only the four secrets and uses the key only through DynamoDB, S3 and Secrets Manager', () => {
    const secrets = findAll(template, 'AWS::SecretsManager::Secret').map(([id]) => ({ Ref: id }));
    expect(statements.find((statement) => statement.Sid === 'ReadAppSecrets')).toEqual({
      Sid: 'ReadAppSecrets',
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: expect.arrayContaining(secrets) as unknown,
    });
    expect(
      statements.find((statement) => statement.Sid === 'UseDataKeyThroughAppServices'),
    ).toEqual({
      Sid: 'UseDataKeyThroughAppServices',
      Effect: 'Allow',
      Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'],
      Resource: keyArn,
      Condition: {
        StringEquals: {
          'kms:ViaService': [
            'dynamodb.eu-west-1.amazonaws.com',
            's3.eu-west-1.amazonaws.com',
            'secretsmanager.eu-west-1.amazonaws.com',
          ],
        },
      },
    });
  });

  it('invokes only the configured inference profile and its model through that profile', () => {
    const profileArn = {
      'Fn::Join': [
        '',
        [
          'arn:',
          { Ref: 'AWS::Partition' },
          ':bedrock:eu-west-1:',
          { Ref: 'AWS::AccountId' },
          ':inference-profile/eu.anthropic.claude-sonnet-4-20250514-v1:0',
        ],
      ],
    };
    const actions = ['bedrock:InvokeModel', 'bedrock:InvokeModelWithResponseStream'];
    expect(statements.filter((statement) => String(statement.Sid).startsWith('Invoke'))).toEqual([
      {
        Sid: 'InvokeConfiguredInferenceProfile',
        Effect: 'Allow',
        Action: actions,
        Resource: profileArn,
      },
      {
        Sid: 'InvokeProfileModelThroughProfileOnly',
        Effect: 'Allow',
        Action: actions,
        Resource: {
          'Fn::Join': [
            '',
            [
              'arn:',
              { Ref: 'AWS::Partition' },
              ':bedrock:*::foundation-model/anthropic.claude-sonnet-4-20250514-v1:0',
            ],
          ],
        },
        Condition: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
      },
    ]);
  });

  it('has no * resource anywhere except ecr:GetAuthorizationToken, which has no resource-level permission', () => {
    const starred = [...statementsOf('AWS::IAM::Policy'), ...statements].filter((statement) =>
      [statement.Resource].flat().includes('*'),
    );
    expect(starred).toEqual([
      { Action: 'ecr:GetAuthorizationToken', Effect: 'Allow', Resource: '*' },
    ]);
  });
});
