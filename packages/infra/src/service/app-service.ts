import { Duration } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import { Construct } from 'constructs';
import { CONTAINER_PORT } from './container-environment';

/** Settings of the service. */
export interface AppServiceProps {
  /** The VPC; tasks run in its private subnets. */
  readonly vpc: ec2.IVpc;
  /** The task to run. */
  readonly taskDefinition: ecs.FargateTaskDefinition;
  /** The load balancer whose target group receives the tasks. */
  readonly loadBalancer: elbv2.IApplicationLoadBalancer;
  /** The target group. */
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  /** Fewest tasks. */
  readonly minCapacity: number;
  /** Most tasks. */
  readonly maxCapacity: number;
}

/** Average CPU and memory utilization, in percent, that autoscaling steers towards. */
export const SCALING_TARGET_PERCENT = 70;

/**
 * The ECS cluster (Container Insights on) and the Fargate service: tasks in private subnets with
 * no public IP, reachable only from the load balancer on the container port and talking out
 * over HTTPS only, a deployment
 * circuit breaker that rolls back, full capacity kept during deploys, and target-tracking
 * scaling between `minCapacity` and `maxCapacity` on CPU and on memory.
 */
export class AppService extends Construct {
  /** The cluster. */
  readonly cluster: ecs.Cluster;
  /** The service. */
  readonly service: ecs.FargateService;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Service settings.
   */
  constructor(scope: Construct, id: string, props: AppServiceProps) {
    super(scope, id);
    this.cluster = new ecs.Cluster(this, 'Cluster', {
      vpc: props.vpc,
      containerInsightsV2: ecs.ContainerInsights.ENHANCED,
    });
    const securityGroup = new ec2.SecurityGroup(this, 'TaskSecurityGroup', {
      vpc: props.vpc,
      allowAllOutbound: false,
      description: 'App tasks: in from the load balancer, out over HTTPS only',
    });
    // Telegram, Bedrock, Secrets Manager, and DynamoDB and S3 through their gateway endpoints.
    securityGroup.addEgressRule(
      ec2.Peer.anyIpv4(),
      ec2.Port.tcp(443),
      'HTTPS to AWS APIs and Telegram',
    );
    this.service = new ecs.FargateService(this, 'Service', {
      cluster: this.cluster,
      securityGroups: [securityGroup],
      taskDefinition: props.taskDefinition,
      desiredCount: props.minCapacity,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      assignPublicIp: false,
      circuitBreaker: { enable: true, rollback: true },
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      healthCheckGracePeriod: Duration.seconds(60),
      platformVersion: ecs.FargatePlatformVersion.LATEST,
    });
    this.service.attachToApplicationTargetGroup(props.targetGroup);
    this.service.connections.allowFrom(props.loadBalancer, ec2.Port.tcp(CONTAINER_PORT));
    this.addScaling(props.minCapacity, props.maxCapacity);
  }

  private addScaling(minCapacity: number, maxCapacity: number): void {
    const scaling = this.service.autoScaleTaskCount({ minCapacity, maxCapacity });
    const cooldowns = {
      scaleInCooldown: Duration.minutes(5),
      scaleOutCooldown: Duration.minutes(1),
    };
    scaling.scaleOnCpuUtilization('Cpu', {
      targetUtilizationPercent: SCALING_TARGET_PERCENT,
      ...cooldowns,
    });
    scaling.scaleOnMemoryUtilization('Memory', {
      targetUtilizationPercent: SCALING_TARGET_PERCENT,
      ...cooldowns,
    });
  }
}
