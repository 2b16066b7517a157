import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as apigateway from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpAlbIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as kms from 'aws-cdk-lib/aws-kms';
import * as logs from 'aws-cdk-lib/aws-logs';
import { PUBLIC_ROUTES } from '@ctrl-alt-heal/app/public-routes';
import { Construct } from 'constructs';

/** Settings of the HTTPS front. */
export interface HttpApiFrontProps {
  /** The VPC of the internal load balancer. */
  readonly vpc: ec2.IVpc;
  /** The internal load balancer's HTTP listener. */
  readonly listener: elbv2.ApplicationListener;
  /** Key that encrypts the access log group. */
  readonly key: kms.IKey;
  /** Days the access log group keeps logs. */
  readonly logRetentionDays: logs.RetentionDays;
}

/** The only routes the front exposes; everything else is answered 404 by API Gateway. */
export const FRONT_ROUTES: readonly {
  readonly path: string;
  readonly method: apigwv2.HttpMethod;
}[] = PUBLIC_ROUTES.map((route) => ({
  path: route.path,
  method: route.method === 'GET' ? apigwv2.HttpMethod.GET : apigwv2.HttpMethod.POST,
}));

// One JSON line per request: ids, route, status and latency only; no bodies, headers or IPs.
const ACCESS_LOG_FORMAT = JSON.stringify({
  requestId: '$context.requestId',
  time: '$context.requestTime',
  route: '$context.routeKey',
  status: '$context.status',
  latencyMs: '$context.responseLatency',
});

/** Requests per second the stage accepts on average, and in a burst. */
export const FRONT_THROTTLE = { rateLimit: 50, burstLimit: 100 } as const;

// TODO: through this front `/chat-streaming` arrives buffered in one piece and a turn longer
// than API Gateway's 30 s integration limit gets a 504. Meanwhile Telegram is unaffected (the
// webhook answers at once and the turn runs after), and deployments that need streaming give a
// domain and certificate, which serve HTTPS from the load balancer itself.
/**
 * An API Gateway HTTP API that gives the stack an HTTPS URL without a domain of its own. It
 * reaches the internal load balancer through a VPC link whose security group is the only one
 * the load balancer admits, so the load balancer has no path from the internet except this
 * front. Access logs (no bodies, no headers) go to an encrypted log group.
 */
export class HttpApiFront extends Construct {
  /** The HTTP API. */
  readonly api: apigwv2.HttpApi;
  /** The `$default` stage's HTTPS URL, ending in `/`. */
  readonly url: string;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Front settings.
   */
  constructor(scope: Construct, id: string, props: HttpApiFrontProps) {
    super(scope, id);
    const linkSecurityGroup = new ec2.SecurityGroup(this, 'LinkSecurityGroup', {
      vpc: props.vpc,
      allowAllOutbound: false,
      description: 'API Gateway VPC link to the internal load balancer',
    });
    props.listener.connections.allowFrom(linkSecurityGroup, ec2.Port.tcp(props.listener.port));
    const vpcLink = new apigwv2.VpcLink(this, 'Link', {
      vpc: props.vpc,
      subnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS },
      securityGroups: [linkSecurityGroup],
    });
    this.api = new apigwv2.HttpApi(this, 'Api', {
      description: 'Ctrl-Alt-Heal HTTPS front',
      createDefaultStage: false,
    });
    const integration = new HttpAlbIntegration('Alb', props.listener, { vpcLink });
    for (const route of FRONT_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: [route.method], integration });
    }
    const stage = this.addStage(props);
    this.url = stage.url;
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'the app authenticates every route itself: /webhook checks the Telegram secret token header in constant time, /chat, /chat-streaming and /chat/actions require the bearer key, /health is a public liveness probe that reveals nothing',
    });
  }

  private addStage(props: HttpApiFrontProps): apigwv2.HttpStage {
    const accessLogs = new logs.LogGroup(this, 'AccessLogs', {
      encryptionKey: props.key,
      retention: props.logRetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    return new apigwv2.HttpStage(this, 'Stage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: FRONT_THROTTLE,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: apigateway.AccessLogFormat.custom(ACCESS_LOG_FORMAT),
      },
    });
  }
}
