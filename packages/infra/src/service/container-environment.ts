import { ENV } from '@ctrl-alt-heal/app/env-names';
import { TABLES, type TableName } from '@ctrl-alt-heal/app/table-definitions';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

/** Port the container listens on. */
export const CONTAINER_PORT = 8000;

/** The deployed resources the container needs to find. */
export interface ContainerEnvironmentOptions {
  /** Region of the stack; also the Bedrock region. */
  readonly region: string;
  /** Bedrock model or inference profile id. */
  readonly modelId: string;
  /** The app's tables, keyed like `TABLES`. */
  readonly tables: Readonly<Record<TableName, dynamodb.ITable>>;
  /** Uploads bucket. */
  readonly uploadsBucket: s3.IBucket;
  /** Assets bucket. */
  readonly assetsBucket: s3.IBucket;
  /** The four secrets, passed by ARN. */
  readonly secrets: {
    readonly telegramBotToken: secretsmanager.ISecret;
    readonly webSearchKey: secretsmanager.ISecret;
    readonly webhookSecret: secretsmanager.ISecret;
    readonly chatApiKey: secretsmanager.ISecret;
  };
}

/**
 * Builds the container's environment with the variable names the app reads (`ENV`, `TABLES`).
 * It carries resource names and secret ARNs only; the app fetches secret values from Secrets
 * Manager at run time, so no secret value is ever in the task definition.
 *
 * @param options - The deployed resources.
 * @returns Variable name to value (values may be CloudFormation tokens).
 */
export function containerEnvironment(options: ContainerEnvironmentOptions): Record<string, string> {
  const tableNames = Object.fromEntries(
    (Object.keys(TABLES) as TableName[]).map((name) => [
      TABLES[name].envName,
      options.tables[name].tableName,
    ]),
  );
  return {
    [ENV.runtimeMode]: 'aws',
    [ENV.host]: '0.0.0.0',
    [ENV.port]: String(CONTAINER_PORT),
    [ENV.logLevel]: 'info',
    [ENV.awsRegion]: options.region,
    ...tableNames,
    [ENV.uploadsBucket]: options.uploadsBucket.bucketName,
    [ENV.assetsBucket]: options.assetsBucket.bucketName,
    [ENV.telegramSecret]: options.secrets.telegramBotToken.secretArn,
    [ENV.serperSecret]: options.secrets.webSearchKey.secretArn,
    [ENV.webhookSecret]: options.secrets.webhookSecret.secretArn,
    [ENV.chatApiKeySecret]: options.secrets.chatApiKey.secretArn,
    [ENV.modelProvider]: 'bedrock',
    [ENV.bedrockModelId]: options.modelId,
    [ENV.bedrockRegion]: options.region,
  };
}
