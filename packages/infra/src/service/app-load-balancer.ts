import { Duration, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { CONTAINER_PORT } from './container-environment';

/** How the load balancer is reached. */
export type LoadBalancerExposure =
  /** Internet-facing, HTTPS with the given ACM certificate, HTTP redirected to HTTPS. */
  | { readonly kind: 'publicHttps'; readonly certificateArn: string }
  /** Internal, plain HTTP inside the VPC; only a front (API Gateway VPC link) reaches it. */
  | { readonly kind: 'internal' };

/** Settings of the load balancer. */
export interface AppLoadBalancerProps {
  /** The VPC. */
  readonly vpc: ec2.IVpc;
  /** Bucket that receives the access logs. */
  readonly logBucket: s3.IBucket;
  /** Public HTTPS or internal. */
  readonly exposure: LoadBalancerExposure;
}

/**
 * Seconds a deregistering task keeps serving the requests it has (a `/chat` turn can take most
 * of a minute) before ECS sends it SIGTERM.
 */
export const DEREGISTRATION_DELAY_SECONDS = 60;

/** TLS policy of the public HTTPS listener: TLS 1.3 and 1.2, restricted ciphers, hybrid PQ. */
export const HTTPS_SSL_POLICY = elbv2.SslPolicy.TLS13_12_RES_PQ;

/**
 * The Application Load Balancer in front of the tasks, with access logs, invalid headers
 * dropped, and one target group (IP targets on the container port) health-checked on
 * `/health` every 30 s with a 5 s timeout.
 */
export class AppLoadBalancer extends Construct {
  /** The load balancer. */
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  /** The listener that forwards to the tasks (HTTPS when public, HTTP when internal). */
  readonly listener: elbv2.ApplicationListener;
  /** The tasks' target group. */
  readonly targetGroup: elbv2.ApplicationTargetGroup;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Load balancer settings.
   */
  constructor(scope: Construct, id: string, props: AppLoadBalancerProps) {
    super(scope, id);
    const isPublic = props.exposure.kind === 'publicHttps';
    this.loadBalancer = new elbv2.ApplicationLoadBalancer(this, 'Alb', {
      vpc: props.vpc,
      internetFacing: isPublic,
      vpcSubnets: {
        subnetType: isPublic ? ec2.SubnetType.PUBLIC : ec2.SubnetType.PRIVATE_WITH_EGRESS,
      },
      securityGroup: new ec2.SecurityGroup(this, 'AlbSecurityGroup', {
        vpc: props.vpc,
        allowAllOutbound: false,
        description: isPublic
          ? 'Public HTTPS load balancer'
          : 'Internal load balancer behind the API front',
      }),
      dropInvalidHeaderFields: true,
    });
    this.loadBalancer.logAccessLogs(props.logBucket, 'alb');
    this.targetGroup = this.addTargetGroup(props.vpc);
    this.listener =
      props.exposure.kind === 'publicHttps'
        ? this.addHttpsListener(props.exposure.certificateArn)
        : this.addInternalListener();
    Validations.of(this.loadBalancer).acknowledge({
      id: 'HIPAA.Security-ELBDeletionProtectionEnabled',
      reason:
        'the load balancer holds no data and a deploy recreates it; deletion protection would only block tearing down the stack',
    });
  }

  private addInternalListener(): elbv2.ApplicationListener {
    const listener = this.loadBalancer.addListener('Http', {
      protocol: elbv2.ApplicationProtocol.HTTP,
      port: 80,
      open: false,
      defaultTargetGroups: [this.targetGroup],
    });
    const reason =
      'internal load balancer reached only from the API Gateway VPC link inside the VPC; TLS from clients ends at API Gateway, which has no certificate to present to a private listener';
    Validations.of(listener).acknowledge(
      { id: 'HIPAA.Security-ALBHttpToHttpsRedirection', reason },
      { id: 'HIPAA.Security-ELBv2ACMCertificateRequired', reason },
    );
    return listener;
  }

  private addTargetGroup(vpc: ec2.IVpc): elbv2.ApplicationTargetGroup {
    return new elbv2.ApplicationTargetGroup(this, 'Tasks', {
      vpc,
      targetType: elbv2.TargetType.IP,
      protocol: elbv2.ApplicationProtocol.HTTP,
      port: CONTAINER_PORT,
      deregistrationDelay: Duration.seconds(DEREGISTRATION_DELAY_SECONDS),
      healthCheck: {
        path: '/health',
        interval: Duration.seconds(30),
        timeout: Duration.seconds(5),
        healthyThresholdCount: 2,
        unhealthyThresholdCount: 3,
        healthyHttpCodes: '200',
      },
    });
  }

  private addHttpsListener(certificateArn: string): elbv2.ApplicationListener {
    const listener = this.loadBalancer.addListener('Https', {
      protocol: elbv2.ApplicationProtocol.HTTPS,
      port: 443,
      open: true,
      certificates: [elbv2.ListenerCertificate.fromArn(certificateArn)],
      sslPolicy: HTTPS_SSL_POLICY,
      defaultTargetGroups: [this.targetGroup],
    });
    const redirect = this.loadBalancer.addRedirect({ sourcePort: 80, targetPort: 443 });
    Validations.of(redirect).acknowledge({
      id: 'HIPAA.Security-ELBv2ACMCertificateRequired',
      reason: 'port 80 only answers with a permanent redirect to HTTPS; it forwards nothing',
    });
    Validations.of(this.loadBalancer.connections.securityGroups[0] ?? this).acknowledge({
      id: 'AwsSolutions-EC23',
      reason:
        'public webhook endpoint: Telegram and /chat clients connect from addresses not known in advance, on 443 (and 80, which only redirects)',
    });
    return listener;
  }
}
