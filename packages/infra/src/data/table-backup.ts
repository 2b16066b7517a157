import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/** Settings of the table backups. */
export interface TableBackupProps {
  /** Tables to back up. */
  readonly tables: readonly dynamodb.ITable[];
  /** Key that encrypts the backup vault. */
  readonly key: kms.IKey;
}

/**
 * Daily AWS Backup snapshots of every table, kept 35 days in a vault encrypted with the data
 * key and retained on stack deletion. Point-in-time recovery covers the last 35 days to the
 * second; these snapshots survive a deleted table or a bad restore.
 */
export class TableBackup extends Construct {
  /** The backup plan. */
  readonly plan: backup.BackupPlan;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Backup settings.
   */
  constructor(scope: Construct, id: string, props: TableBackupProps) {
    super(scope, id);
    const vault = new backup.BackupVault(this, 'Vault', {
      encryptionKey: props.key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.plan = backup.BackupPlan.daily35DayRetention(this, 'Plan', vault);
    const selection = this.plan.addSelection('Tables', {
      resources: props.tables.map((table) => backup.BackupResource.fromDynamoDbTable(table)),
    });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        'AWS Backup role: the AWS-maintained backup policy tracks the DynamoDB and KMS calls backups need; the selection limits it to these tables',
    });
  }
}
