import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** Settings of the stack's data key. */
export interface DataKeyProps {
  /** Deployment name, used in the key alias. */
  readonly environmentName: string;
}

/**
 * The one customer-managed KMS key (yearly rotation, retained on stack deletion) that encrypts
 * the tables, buckets, log groups, secrets and the alarm topic. Its policy lets CloudWatch Logs
 * use it only for this account's log groups, and CloudWatch alarms publish to the encrypted
 * alarm topic (the event rule's target adds EventBridge's own grant).
 */
export class DataKey extends Construct {
  /** The key. */
  readonly key: kms.Key;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Key settings.
   */
  constructor(scope: Construct, id: string, props: DataKeyProps) {
    super(scope, id);
    this.key = new kms.Key(this, 'Key', {
      alias: `alias/ctrl-alt-heal/${props.environmentName}`,
      description: 'Ctrl-Alt-Heal data: tables, buckets, logs, secrets, alarm topic',
      enableKeyRotation: true,
      rotationPeriod: Duration.days(365),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.allowLogs();
    this.allowAlarms();
  }

  private allowLogs(): void {
    const { partition, region, account } = Stack.of(this);
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogsForThisAccount',
        principals: [new iam.ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: [
          'kms:Encrypt*',
          'kms:Decrypt*',
          'kms:ReEncrypt*',
          'kms:GenerateDataKey*',
          'kms:Describe*',
        ],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:*`,
          },
        },
      }),
    );
  }

  private allowAlarms(): void {
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlarmsToEncryptedTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
      }),
    );
  }
}
