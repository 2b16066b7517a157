import { ENV } from '@ctrl-alt-heal/app/env-names';
import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findAll, findOne, getAtt } from './template-lookup';
import { collectAcknowledgements, synthStack } from './synth-stack';

// One synth of the configuration without a domain: API Gateway front, internal load balancer.
const { app, stack, template } = synthStack({ minCapacity: 1, maxCapacity: 3 });
const keyArn = getAtt(findOne(template, 'AWS::KMS::Key').id);
const container = (
  findOne(template, 'AWS::ECS::TaskDefinition').resource.Properties?.ContainerDefinitions as Record<
    string,
    unknown
  >[]
)[0];

describe('CtrlAltHealStack service without a domain', () => {
  describe('the task', () => {
    it('runs the image with separate task and execution roles', () => {
      const task = findOne(template, 'AWS::ECS::TaskDefinition').resource.Properties;
      const taskRole = findOne(template, 'AWS::IAM::Role', 'TaskTaskRole').id;
      const executionRole = findOne(template, 'AWS::IAM::Role', 'TaskExecutionRole').id;
      expect(task).toEqual(
        expect.objectContaining({
          Cpu: '1024',
          Memory: '2048',
          TaskRoleArn: getAtt(taskRole),
          ExecutionRoleArn: getAtt(executionRole),
          RequiresCompatibilities: ['FARGATE'],
        }),
      );
    });

    it('checks /health with node (no curl in the image) after a start period, and stops slowly enough to drain', () => {
      expect(container).toEqual(
        expect.objectContaining({
          StopTimeout: 120,
          ReadonlyRootFilesystem: true,
          PortMappings: [{ ContainerPort: 8000, Protocol: 'tcp' }],
          HealthCheck: {
            Command: [
              'CMD',
              'node',
              '-e',
              expect.stringContaining("fetch('http://127.0.0.1:8000/health'") as unknown,
            ],
            Interval: 30,
            Timeout: 5,
            Retries: 3,
            StartPeriod: 60,
          },
        }),
      );
    });

    it('passes secret ARNs by the env names the app reads, never secret values', () => {
      const environment = Object.fromEntries(
        (container?.Environment as { Name: string; Value: unknown }[]).map((entry) => [
          entry.Name,
          entry.Value,
        ]),
      );
      const secretRef = (prefix: string): { Ref: string } => ({
        Ref: findOne(template, 'AWS::SecretsManager::Secret', prefix).id,
      });
      expect(environment).toEqual(
        expect.objectContaining({
          [ENV.runtimeMode]: 'aws',
          [ENV.telegramSecret]: secretRef('SecretsTelegramBotToken'),
          [ENV.serperSecret]: secretRef('SecretsWebSearchKey'),
          [ENV.webhookSecret]: secretRef('SecretsWebhookSecret'),
          [ENV.chatApiKeySecret]: secretRef('SecretsChatApiKey'),
          [ENV.modelProvider]: 'bedrock',
          [ENV.bedrockModelId]: 'eu.anthropic.claude-sonnet-4-20250514-v1:0',
        }),
      );
      expect(container?.Secrets).toBeUndefined();
      expect(JSON.stringify(template.toJSON())).not.toContain('"SecretString"');
    });

    it('keeps container logs in an encrypted log group', () => {
      expect(container?.LogConfiguration).toEqual({
        LogDriver: 'awslogs',
        Options: expect.objectContaining({
          'awslogs-group': { Ref: findOne(template, 'AWS::Logs::LogGroup', 'TaskLogs').id },
        }) as unknown,
      });
    });
  });

  describe('the service', () => {
    it('rolls back failed deployments, keeps full capacity while deploying, and runs in private subnets', () => {
      template.hasResourceProperties('AWS::ECS::Service', {
        DeploymentConfiguration: Match.objectLike({
          DeploymentCircuitBreaker: { Enable: true, Rollback: true },
          MinimumHealthyPercent: 100,
          MaximumPercent: 200,
        }),
        NetworkConfiguration: {
          AwsvpcConfiguration: Match.objectLike({ AssignPublicIp: 'DISABLED' }),
        },
        LaunchType: 'FARGATE',
      });
    });

    it('lets tasks in from the load balancer only and out over HTTPS only', () => {
      const taskGroup = findOne(template, 'AWS::EC2::SecurityGroup', 'AppTaskSecurityGroup');
      expect(taskGroup.resource.Properties?.SecurityGroupEgress).toEqual([
        {
          CidrIp: '0.0.0.0/0',
          Description: 'HTTPS to AWS APIs and Telegram',
          FromPort: 443,
          IpProtocol: 'tcp',
          ToPort: 443,
        },
      ]);
      const ingress = findAll(template, 'AWS::EC2::SecurityGroupIngress')
        .map(([, rule]) => rule.Properties ?? {})
        .filter(
          (rule) =>
            JSON.stringify(rule.GroupId) === JSON.stringify(getAtt(taskGroup.id, 'GroupId')),
        );
      expect(ingress).toEqual([
        expect.objectContaining({
          FromPort: 8000,
          ToPort: 8000,
          SourceSecurityGroupId: getAtt(
            findOne(template, 'AWS::EC2::SecurityGroup', 'LoadBalancerAlbSecurityGroup').id,
            'GroupId',
          ),
        }),
      ]);
    });

    it('starts only after the task role policy exists', () => {
      const service = findOne(template, 'AWS::ECS::Service');
      expect(service.resource.DependsOn).toEqual(
        expect.arrayContaining([findOne(template, 'AWS::IAM::ManagedPolicy').id]),
      );
    });

    it('turns on Container Insights', () => {
      template.hasResourceProperties('AWS::ECS::Cluster', {
        ClusterSettings: [{ Name: 'containerInsights', Value: 'enhanced' }],
      });
    });

    it('scales from 1 to 3 tasks on CPU and on memory at 70%', () => {
      template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalableTarget', {
        MinCapacity: 1,
        MaxCapacity: 3,
      });
      for (const metric of [
        'ECSServiceAverageCPUUtilization',
        'ECSServiceAverageMemoryUtilization',
      ]) {
        template.hasResourceProperties('AWS::ApplicationAutoScaling::ScalingPolicy', {
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingScalingPolicyConfiguration: Match.objectLike({
            PredefinedMetricSpecification: { PredefinedMetricType: metric },
            TargetValue: 70,
          }),
        });
      }
    });

    it('health-checks targets on /health every 30 s with a 5 s timeout and drains them for 60 s', () => {
      template.hasResourceProperties('AWS::ElasticLoadBalancingV2::TargetGroup', {
        HealthCheckPath: '/health',
        HealthCheckIntervalSeconds: 30,
        HealthCheckTimeoutSeconds: 5,
        Port: 8000,
        TargetType: 'ip',
        TargetGroupAttributes: Match.arrayWith([
          { Key: 'deregistration_delay.timeout_seconds', Value: '60' },
        ]),
      });
    });
  });

  describe('the alarms', () => {
    const topic = findOne(template, 'AWS::SNS::Topic');

    it('publish to an encrypted topic', () => {
      expect(topic.resource.Properties?.KmsMasterKeyId).toEqual(keyArn);
    });

    it('watch load balancer 5xx, task 5xx, unhealthy targets and missing tasks', () => {
      const alarms = findAll(template, 'AWS::CloudWatch::Alarm').map(
        ([, alarm]) => alarm.Properties ?? {},
      );
      expect(alarms.map((alarm) => alarm.MetricName ?? 'math')).toEqual([
        'HTTPCode_ELB_5XX_Count',
        'HTTPCode_Target_5XX_Count',
        'UnHealthyHostCount',
        'math',
      ]);
      for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topic.id }]);
    });

    it('report task stops other than scaling and deployments to the topic', () => {
      template.hasResourceProperties('AWS::Events::Rule', {
        EventPattern: Match.objectLike({
          source: ['aws.ecs'],
          'detail-type': ['ECS Task State Change'],
          detail: Match.objectLike({
            lastStatus: ['STOPPED'],
            stoppedReason: [{ 'anything-but': { prefix: 'Scaling activity' } }],
          }),
        }),
        Targets: [Match.objectLike({ Arn: { Ref: topic.id } })],
      });
    });
  });

  describe('the HTTPS front', () => {
    it('keeps the load balancer internal, on HTTP inside the VPC', () => {
      template.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
        Scheme: 'internal',
        LoadBalancerAttributes: Match.arrayWith([
          { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
          { Key: 'access_logs.s3.enabled', Value: 'true' },
        ]),
      });
      template.resourcePropertiesCountIs(
        'AWS::ElasticLoadBalancingV2::Listener',
        { Port: 80, Protocol: 'HTTP' },
        1,
      );
    });

    it('admits the load balancer’s traffic only from the VPC link', () => {
      const albGroup = findOne(template, 'AWS::EC2::SecurityGroup', 'LoadBalancerAlbSecurityGroup');
      expect(albGroup.resource.Properties?.SecurityGroupIngress).toBeUndefined();
      const ingress = findAll(template, 'AWS::EC2::SecurityGroupIngress')
        .map(([, rule]) => rule.Properties ?? {})
        .filter(
          (rule) => JSON.stringify(rule.GroupId) === JSON.stringify(getAtt(albGroup.id, 'GroupId')),
        );
      expect(ingress).toEqual([
        expect.objectContaining({
          FromPort: 80,
          ToPort: 80,
          SourceSecurityGroupId: getAtt(
            findOne(template, 'AWS::EC2::SecurityGroup', 'FrontLinkSecurityGroup').id,
            'GroupId',
          ),
        }),
      ]);
    });

    it('exposes only the app’s public routes through a VPC link, with throttling and access logs', () => {
      const routes = findAll(template, 'AWS::ApiGatewayV2::Route').map(
        ([, route]) => route.Properties?.RouteKey,
      );
      expect(routes.sort()).toEqual([
        'GET /health',
        'POST /chat',
        'POST /chat-streaming',
        'POST /chat/actions',
        'POST /webhook',
      ]);
      template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
        ConnectionType: 'VPC_LINK',
        IntegrationType: 'HTTP_PROXY',
      });
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
        AccessLogSettings: Match.objectLike({
          Format: Match.stringLikeRegexp('"requestId":"\\$context.requestId"'),
        }),
      });
    });

    it('outputs an https:// WebhookUrl on the API endpoint', () => {
      template.hasOutput('WebhookUrl', {
        Value: {
          'Fn::Join': [
            '',
            [
              'https://',
              { Ref: findOne(template, 'AWS::ApiGatewayV2::Api').id },
              '.execute-api.eu-west-1.',
              { Ref: 'AWS::URLSuffix' },
              '/webhook',
            ],
          ],
        },
      });
    });
  });

  describe('the resource count', () => {
    it('matches the 87 the README lists for this configuration', () => {
      expect(Object.keys(template.toJSON().Resources as object)).toHaveLength(87);
    });
  });

  describe('cdk-nag', () => {
    it('finds nothing unacknowledged in the AwsSolutions and HIPAA Security packs', () => {
      expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
      expect(new HIPAASecurityChecks().validateScope(stack).violations).toEqual([]);
    });

    it('lists every acknowledgement, with a reason, in the infra README', () => {
      const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
      for (const [id, reasons] of collectAcknowledgements(app)) {
        expect(readme).toContain(id);
        for (const reason of reasons) expect(reason.length).toBeGreaterThan(40);
      }
    });
  });
});
