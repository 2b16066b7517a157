import { Stack, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/** Key prefix of the VPC flow logs in the log bucket. */
export const FLOW_LOG_PREFIX = 'vpc-flow-logs/';

/** Settings of the network. */
export interface AppNetworkProps {
  /** Bucket that receives the VPC flow logs. */
  readonly flowLogBucket: s3.IBucket;
}

/**
 * A VPC over two availability zones: public subnets for the load balancer and the NAT gateways
 * (no public IPs handed out at launch), private subnets for the tasks with one NAT gateway per
 * zone, gateway endpoints so DynamoDB and S3 traffic stays off the internet, and flow logs of
 * all traffic to the log bucket.
 */
export class AppNetwork extends Construct {
  /** The VPC. */
  readonly vpc: ec2.Vpc;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Network settings.
   */
  constructor(scope: Construct, id: string, props: AppNetworkProps) {
    super(scope, id);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      maxAzs: 2,
      natGateways: 2,
      subnetConfiguration: [
        {
          name: 'public',
          subnetType: ec2.SubnetType.PUBLIC,
          cidrMask: 24,
          mapPublicIpOnLaunch: false,
        },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 22 },
      ],
      gatewayEndpoints: {
        DynamoDb: { service: ec2.GatewayVpcEndpointAwsService.DYNAMODB },
        S3: { service: ec2.GatewayVpcEndpointAwsService.S3 },
      },
    });
    this.allowFlowLogDelivery(props.flowLogBucket);
    this.vpc.addFlowLog('FlowLog', {
      destination: ec2.FlowLogDestination.toS3(props.flowLogBucket, FLOW_LOG_PREFIX),
      trafficType: ec2.FlowLogTrafficType.ALL,
    });
    Validations.of(this.vpc).acknowledge(
      {
        id: 'HIPAA.Security-VPCDefaultSecurityGroupClosed',
        reason:
          'no resource uses the default security group (each has its own); removing its rules needs a Lambda-backed custom resource this stack avoids',
      },
      {
        id: 'HIPAA.Security-VPCNoUnrestrictedRouteToIGW',
        reason:
          'only the public subnets route to the internet gateway: they hold the NAT gateways and, with a domain, the public HTTPS load balancer; tasks sit in private subnets',
      },
    );
  }

  // Declared here so a later update of the bucket policy cannot drop the statement that the
  // flow log service would otherwise add on its own at creation.
  private allowFlowLogDelivery(bucket: s3.IBucket): void {
    const { account } = Stack.of(this);
    bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'VpcFlowLogDelivery',
        principals: [new iam.ServicePrincipal('delivery.logs.amazonaws.com')],
        actions: ['s3:PutObject'],
        resources: [bucket.arnForObjects(`${FLOW_LOG_PREFIX}AWSLogs/${account}/*`)],
        conditions: {
          StringEquals: {
            's3:x-amz-acl': 'bucket-owner-full-control',
            'aws:SourceAccount': account,
          },
        },
      }),
    );
  }
}
