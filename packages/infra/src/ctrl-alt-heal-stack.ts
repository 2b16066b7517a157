import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { parseBedrockModelRef } from './config/bedrock-model-ref';
import type { InfraConfig } from './config/infra-config';
import { InfraConfigError } from './config/infra-config-error';
import { validateInfraConfig } from './config/validate-infra-config';
import { AppBuckets } from './data/app-buckets';
import { AppTables } from './data/app-tables';
import { DataKey } from './data/data-key';
import { TableBackup } from './data/table-backup';
import { AppNetwork } from './network/app-network';
import { AppSecrets } from './secrets/app-secrets';
import { AppLoadBalancer } from './service/app-load-balancer';
import { AppService } from './service/app-service';
import { AppTaskDefinition } from './service/app-task-definition';
import { containerEnvironment } from './service/container-environment';
import { HttpApiFront } from './service/http-api-front';
import { ServiceAlarms } from './service/service-alarms';
import { TaskRolePolicy } from './service/task-role-policy';
import { TABLES, type TableName } from '@ctrl-alt-heal/app/table-definitions';

/** Settings of the stack. */
export interface CtrlAltHealStackProps extends StackProps {
  /** The deployment settings; validated before anything is declared. */
  readonly config: InfraConfig;
  /** Folder holding the app bundle and its Dockerfile (`packages/app/dist`). */
  readonly imageDirectory: string;
}

interface DataLayer {
  readonly key: DataKey['key'];
  readonly buckets: AppBuckets;
  readonly tables: AppTables;
  readonly secrets: AppSecrets;
}

/**
 * The whole deployment of Ctrl-Alt-Heal: it only wires the network, data, secrets and service
 * constructs together and publishes the outputs an operator needs (`WebhookUrl` first).
 *
 * @throws InfraConfigError when the settings are invalid, listing every problem.
 */
export class CtrlAltHealStack extends Stack {
  /**
   * @param scope - The app.
   * @param id - Stack id.
   * @param props - Stack settings.
   */
  constructor(scope: Construct, id: string, props: CtrlAltHealStackProps) {
    super(scope, id, {
      ...props,
      env: { region: props.config.region, account: props.config.account },
      description: `Ctrl-Alt-Heal care companion (${props.config.environmentName})`,
    });
    const problems = validateInfraConfig(props.config);
    if (problems.length > 0) throw new InfraConfigError(problems);
    const { config } = props;

    const key = new DataKey(this, 'DataKey', { environmentName: config.environmentName }).key;
    const buckets = new AppBuckets(this, 'Buckets', {
      key,
      uploadExpiryDays: config.uploadExpiryDays,
    });
    const tables = new AppTables(this, 'Tables', { key });
    new TableBackup(this, 'Backup', { tables: Object.values(tables.tables), key });
    const secrets = new AppSecrets(this, 'Secrets', { key });
    const network = new AppNetwork(this, 'Network', { flowLogBucket: buckets.logs });
    this.addService(config, props.imageDirectory, network, { key, buckets, tables, secrets });
    this.addSecretOutputs(secrets);
  }

  private addService(
    config: InfraConfig,
    imageDirectory: string,
    network: AppNetwork,
    data: DataLayer,
  ): void {
    const logRetentionDays = config.logRetentionDays as logs.RetentionDays;
    const task = new AppTaskDefinition(this, 'Task', {
      imageDirectory,
      cpu: config.taskCpu,
      memoryMiB: config.taskMemoryMiB,
      key: data.key,
      logRetentionDays,
      environment: containerEnvironment({
        region: this.region,
        modelId: config.modelId,
        tables: data.tables.tables,
        uploadsBucket: data.buckets.uploads,
        assetsBucket: data.buckets.assets,
        secrets: data.secrets,
      }),
    });
    const taskPolicy = this.grantTask(task, config, data);
    const balancer = new AppLoadBalancer(this, 'LoadBalancer', {
      vpc: network.vpc,
      logBucket: data.buckets.logs,
      exposure:
        config.certificateArn === undefined
          ? { kind: 'internal' }
          : { kind: 'publicHttps', certificateArn: config.certificateArn },
    });
    const app = new AppService(this, 'App', {
      vpc: network.vpc,
      taskDefinition: task.taskDefinition,
      loadBalancer: balancer.loadBalancer,
      targetGroup: balancer.targetGroup,
      minCapacity: config.minCapacity,
      maxCapacity: config.maxCapacity,
    });
    // Tasks read secrets at start; they must not start before their permissions exist.
    app.service.node.addDependency(taskPolicy);
    const alarms = new ServiceAlarms(this, 'Alarms', {
      loadBalancer: balancer.loadBalancer,
      targetGroup: balancer.targetGroup,
      cluster: app.cluster,
      service: app.service,
      key: data.key,
      email: config.alarmEmail,
    });
    const baseUrl =
      config.domainName === undefined
        ? new HttpApiFront(this, 'Front', {
            vpc: network.vpc,
            listener: balancer.listener,
            key: data.key,
            logRetentionDays,
          }).url
        : `https://${config.domainName}/`;
    this.addServiceOutputs(baseUrl, balancer, app, alarms);
  }

  private grantTask(task: AppTaskDefinition, config: InfraConfig, data: DataLayer): TaskRolePolicy {
    const model = parseBedrockModelRef(config.modelId);
    if (model === undefined) throw new InfraConfigError([`modelId "${config.modelId}" is invalid`]);
    return new TaskRolePolicy(this, 'TaskPolicy', {
      role: task.taskRole,
      tables: (Object.keys(TABLES) as TableName[]).map((name) => ({
        table: data.tables.tables[name],
        indexNames: TABLES[name].indexes.map((index) => index.indexName),
      })),
      buckets: [data.buckets.uploads, data.buckets.assets],
      secrets: [
        data.secrets.telegramBotToken,
        data.secrets.webSearchKey,
        data.secrets.webhookSecret,
        data.secrets.chatApiKey,
      ],
      key: data.key,
      model,
    });
  }

  private addServiceOutputs(
    baseUrl: string,
    balancer: AppLoadBalancer,
    app: AppService,
    alarms: ServiceAlarms,
  ): void {
    new CfnOutput(this, 'WebhookUrl', {
      value: `${baseUrl}webhook`,
      description: 'HTTPS URL to register with Telegram setWebhook',
    });
    new CfnOutput(this, 'ChatUrl', {
      value: `${baseUrl}chat`,
      description: 'POST {"prompt": ...} with the bearer key',
    });
    new CfnOutput(this, 'LoadBalancerDnsName', {
      value: balancer.loadBalancer.loadBalancerDnsName,
      description: 'Point the domain (CNAME or alias) here when a domain is configured',
    });
    new CfnOutput(this, 'ClusterName', { value: app.cluster.clusterName });
    new CfnOutput(this, 'ServiceName', { value: app.service.serviceName });
    new CfnOutput(this, 'AlarmTopicArn', { value: alarms.topic.topicArn });
  }

  private addSecretOutputs(secrets: AppSecrets): void {
    new CfnOutput(this, 'TelegramBotTokenSecretArn', {
      value: secrets.telegramBotToken.secretArn,
      description: 'Put the BotFather token here',
    });
    new CfnOutput(this, 'WebSearchKeySecretArn', {
      value: secrets.webSearchKey.secretArn,
      description: 'Put the Serper API key here',
    });
    new CfnOutput(this, 'WebhookSecretArn', {
      value: secrets.webhookSecret.secretArn,
      description: 'Generated webhook secret token',
    });
    new CfnOutput(this, 'ChatApiKeySecretArn', {
      value: secrets.chatApiKey.secretArn,
      description: 'Generated bearer key for /chat',
    });
  }
}
