import { type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { BedrockModelRef } from '../config/bedrock-model-ref';
import { bedrockInvokeStatements } from './bedrock-invoke-statements';

/** What the task role may reach. */
export interface TaskRolePolicyProps {
  /** The role that receives the policy. */
  readonly role: iam.IRole;
  /** The app's tables with the names of their indexes. */
  readonly tables: readonly {
    readonly table: dynamodb.ITable;
    readonly indexNames: readonly string[];
  }[];
  /** The app's buckets. */
  readonly buckets: readonly s3.IBucket[];
  /** The app's secrets. */
  readonly secrets: readonly secretsmanager.ISecret[];
  /** The data key that encrypts all of them. */
  readonly key: kms.IKey;
  /** The model the app may invoke. */
  readonly model: BedrockModelRef;
}

/** Item-level DynamoDB actions the repositories use; no scans, no table management. */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** Object actions on the buckets; no version deletion and no bucket configuration. */
export const OBJECT_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] as const;

/**
 * The task role's only permissions, as one customer-managed policy: item access to this
 * stack's tables and their indexes, object access to its buckets, reading its secrets, using
 * the data key only through DynamoDB, S3 and Secrets Manager, and invoking the configured
 * Bedrock model.
 */
export class TaskRolePolicy extends Construct {
  /** The policy. */
  readonly policy: iam.ManagedPolicy;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - What the role may reach.
   */
  constructor(scope: Construct, id: string, props: TaskRolePolicyProps) {
    super(scope, id);
    this.policy = new iam.ManagedPolicy(this, 'Policy', {
      description: 'Ctrl-Alt-Heal task: its own tables, buckets, secrets, key and model only',
      roles: [props.role],
      statements: [
        new iam.PolicyStatement({
          sid: 'AppTables',
          actions: [...TABLE_ACTIONS],
          resources: props.tables.flatMap(({ table, indexNames }) => [
            table.tableArn,
            ...indexNames.map((name) => `${table.tableArn}/index/${name}`),
          ]),
        }),
        new iam.PolicyStatement({
          sid: 'AppBucketObjects',
          actions: [...OBJECT_ACTIONS],
          resources: props.buckets.map((bucket) => bucket.arnForObjects('*')),
        }),
        new iam.PolicyStatement({
          sid: 'ListAppBuckets',
          actions: ['s3:ListBucket'],
          resources: props.buckets.map((bucket) => bucket.bucketArn),
        }),
        new iam.PolicyStatement({
          sid: 'ReadAppSecrets',
          actions: ['secretsmanager:GetSecretValue'],
          resources: props.secrets.map((secret) => secret.secretArn),
        }),
        this.keyStatement(props.key),
        ...bedrockInvokeStatements(props.model, Stack.of(this)),
      ],
    });
    this.acknowledgeWildcards(props);
  }

  private acknowledgeWildcards(props: TaskRolePolicyProps): void {
    const stack = Stack.of(this);
    for (const bucket of props.buckets) {
      const logicalId: unknown = stack.resolve((bucket.node.defaultChild as CfnElement).logicalId);
      Validations.of(this.policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${String(logicalId)}.Arn>/*]`,
        reason:
          'object keys are per user and created at run time; the wildcard stays inside this one bucket and allows get, put and delete only',
      });
    }
    if (props.model.kind === 'inferenceProfile') {
      Validations.of(this.policy).acknowledge({
        id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${props.model.modelId}]`,
        reason:
          'a cross-region inference profile sends each request to a region chosen at call time; only this one model is allowed, and only through the configured profile (bedrock:InferenceProfileArn condition)',
      });
    }
  }

  private keyStatement(key: kms.IKey): iam.PolicyStatement {
    return new iam.PolicyStatement({
      sid: 'UseDataKeyThroughAppServices',
      actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
      resources: [key.keyArn],
      conditions: {
        StringEquals: {
          'kms:ViaService': ['dynamodb', 's3', 'secretsmanager'].map(
            (service) => `${service}.${Stack.of(this).region}.amazonaws.com`,
          ),
        },
      },
    });
  }
}
