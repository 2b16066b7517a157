import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

/** What the alarms watch and where they go. */
export interface ServiceAlarmsProps {
  /** The load balancer. */
  readonly loadBalancer: elbv2.ApplicationLoadBalancer;
  /** The tasks' target group. */
  readonly targetGroup: elbv2.ApplicationTargetGroup;
  /** The cluster. */
  readonly cluster: ecs.ICluster;
  /** The service. */
  readonly service: ecs.FargateService;
  /** Key that encrypts the alarm topic. */
  readonly key: kms.IKey;
  /** Address subscribed to the topic; none when absent. */
  readonly email?: string;
}

/** 5xx answers in five minutes (from the load balancer or from the tasks) that raise an alarm. */
export const FIVE_XX_THRESHOLD = 5;

/**
 * An encrypted SNS topic and what feeds it: alarms on load balancer 5xx, task 5xx, unhealthy
 * targets and fewer running tasks than desired (Container Insights), plus an event rule that
 * reports each task that stopped for any reason other than a scaling or deployment action
 * (crash, failed health check, out of memory): the task restarts.
 */
export class ServiceAlarms extends Construct {
  /** The alarm topic. */
  readonly topic: sns.Topic;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - What to watch.
   */
  constructor(scope: Construct, id: string, props: ServiceAlarmsProps) {
    super(scope, id);
    this.topic = new sns.Topic(this, 'Topic', { masterKey: props.key, enforceSSL: true });
    if (props.email !== undefined) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    }
    const fiveMinutes = { period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM };
    this.addAlarm(
      'LoadBalancer5xx',
      props.loadBalancer.metrics.httpCodeElb(elbv2.HttpCodeElb.ELB_5XX_COUNT, fiveMinutes),
      FIVE_XX_THRESHOLD,
      1,
    );
    this.addAlarm(
      'Target5xx',
      props.targetGroup.metrics.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, fiveMinutes),
      FIVE_XX_THRESHOLD,
      1,
    );
    this.addAlarm(
      'UnhealthyTargets',
      props.targetGroup.metrics.unhealthyHostCount({
        period: Duration.minutes(1),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      1,
      3,
    );
    this.addAlarm('TasksBelowDesired', this.missingTasks(props), 1, 5);
    this.reportTaskStops(props);
  }

  private addAlarm(
    id: string,
    metric: cloudwatch.IMetric,
    threshold: number,
    periods: number,
  ): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      metric,
      threshold,
      evaluationPeriods: periods,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.topic));
    alarm.addOkAction(new SnsAction(this.topic));
  }

  private missingTasks(props: ServiceAlarmsProps): cloudwatch.MathExpression {
    const metric = (metricName: string): cloudwatch.Metric =>
      new cloudwatch.Metric({
        namespace: 'ECS/ContainerInsights',
        metricName,
        dimensionsMap: {
          ClusterName: props.cluster.clusterName,
          ServiceName: props.service.serviceName,
        },
        statistic: cloudwatch.Stats.MINIMUM,
        period: Duration.minutes(1),
      });
    return new cloudwatch.MathExpression({
      expression: 'desired - running',
      usingMetrics: { desired: metric('DesiredTaskCount'), running: metric('RunningTaskCount') },
      period: Duration.minutes(1),
      label: 'Tasks missing',
    });
  }

  private reportTaskStops(props: ServiceAlarmsProps): void {
    const rule = new events.Rule(this, 'TaskStopped', {
      description: 'A task of the service stopped outside a scaling or deployment action',
      eventPattern: {
        source: ['aws.ecs'],
        detailType: ['ECS Task State Change'],
        detail: {
          clusterArn: [props.cluster.clusterArn],
          group: [`service:${props.service.serviceName}`],
          lastStatus: ['STOPPED'],
          stoppedReason: [{ 'anything-but': { prefix: 'Scaling activity' } }],
        },
      },
    });
    const field = (path: string): string => events.EventField.fromPath(path);
    rule.addTarget(
      new targets.SnsTopic(this.topic, {
        message: events.RuleTargetInput.fromText(
          `Task ${field('$.detail.taskArn')} stopped: ${field('$.detail.stoppedReason')} (${field('$.detail.stopCode')})`,
        ),
      }),
    );
  }
}
