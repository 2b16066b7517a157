import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Settings of the app's buckets. */
export interface AppBucketsProps {
  /** Customer-managed key that encrypts the uploads and assets buckets. */
  readonly key: kms.IKey;
  /** Days an upload is kept before it expires. */
  readonly uploadExpiryDays: number;
}

/** Days a replaced or deleted upload version stays recoverable before it is removed for good. */
export const NONCURRENT_VERSION_DAYS = 30;

/** Days server, load balancer and flow logs are kept in the log bucket. */
export const LOG_ARCHIVE_DAYS = 365;

/**
 * The uploads bucket (prescription photos and PDFs; expire after `uploadExpiryDays`), the
 * assets bucket, and the log bucket that receives their access logs, the load balancer's
 * access logs and the VPC flow logs. All block public access, refuse plain HTTP, are versioned
 * and are retained on stack deletion. The log bucket uses S3-managed keys, because neither S3
 * server access logging nor load balancer logging can write to a KMS-encrypted bucket.
 */
export class AppBuckets extends Construct {
  /** Prescription uploads. */
  readonly uploads: s3.Bucket;
  /** Generated files the app serves or sends. */
  readonly assets: s3.Bucket;
  /** Access logs, load balancer logs and flow logs. */
  readonly logs: s3.Bucket;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Bucket settings.
   */
  constructor(scope: Construct, id: string, props: AppBucketsProps) {
    super(scope, id);
    this.logs = new s3.Bucket(this, 'Logs', {
      ...this.baseProps(),
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [
        {
          expiration: Duration.days(LOG_ARCHIVE_DAYS),
          noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
        },
      ],
    });
    this.uploads = this.addDataBucket('Uploads', props.key, 'uploads/', [
      {
        expiration: Duration.days(props.uploadExpiryDays),
        noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      },
    ]);
    this.assets = this.addDataBucket('Assets', props.key, 'assets/', [
      {
        noncurrentVersionExpiration: Duration.days(NONCURRENT_VERSION_DAYS),
        abortIncompleteMultipartUploadAfter: Duration.days(1),
      },
    ]);
    this.acknowledgeFindings();
  }

  private acknowledgeFindings(): void {
    for (const bucket of [this.logs, this.uploads, this.assets]) {
      Validations.of(bucket).acknowledge({
        id: 'HIPAA.Security-S3BucketReplicationEnabled',
        reason:
          'single-region deployment: versioning and retention protect the objects, and copying patient uploads to a second region would widen where health data lives',
      });
    }
    Validations.of(this.logs).acknowledge({
      id: 'HIPAA.Security-S3DefaultEncryptionKMS',
      reason:
        'S3 server access logging and load balancer access logging deliver only to buckets encrypted with S3-managed keys; the bucket holds request metadata, no bodies',
    });
  }

  private baseProps(): s3.BucketProps {
    return {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
    };
  }

  private addDataBucket(
    id: string,
    key: kms.IKey,
    logPrefix: string,
    lifecycleRules: s3.LifecycleRule[],
  ): s3.Bucket {
    return new s3.Bucket(this, id, {
      ...this.baseProps(),
      encryption: s3.BucketEncryption.KMS,
      encryptionKey: key,
      bucketKeyEnabled: true,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: logPrefix,
      lifecycleRules,
    });
  }
}
