import { TABLES } from '@ctrl-alt-heal/app/table-definitions';
import { Match } from 'aws-cdk-lib/assertions';
import { findAll, findOne, getAtt } from './template-lookup';
import { synthStack } from './synth-stack';

// One synth for every data-layer assertion: key, tables, buckets, logs, secrets, backups.
const { template } = synthStack({ uploadExpiryDays: 30, logRetentionDays: 90 });
const key = findOne(template, 'AWS::KMS::Key');
const keyArn = getAtt(key.id);

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

    it('writes VPC flow logs of all traffic to the log bucket', () => {
      template.hasResourceProperties('AWS::EC2::FlowLog', {
        LogDestinationType: 's3',
        TrafficType: 'ALL',
        LogDestination: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
      });
    });
  });
});
