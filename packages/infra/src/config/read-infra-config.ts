import type { Node } from 'constructs';
import { defaultModelIdFor } from './default-model-id';
import { DEFAULT_INFRA_CONFIG, type InfraConfig } from './infra-config';
import { InfraConfigError } from './infra-config-error';

/** The context keys `readInfraConfig` reads, one per `InfraConfig` field. */
export const CONTEXT_KEYS = [
  'environmentName',
  'region',
  'account',
  'modelId',
  'taskCpu',
  'taskMemoryMiB',
  'minCapacity',
  'maxCapacity',
  'domainName',
  'certificateArn',
  'logRetentionDays',
  'uploadExpiryDays',
  'alarmEmail',
] as const satisfies readonly (keyof InfraConfig)[];

type NumericKey =
  | 'taskCpu'
  | 'taskMemoryMiB'
  | 'minCapacity'
  | 'maxCapacity'
  | 'logRetentionDays'
  | 'uploadExpiryDays';

/**
 * Reads the deployment settings from CDK context (`-c key=value` or cdk.json `context`),
 * filling defaults from `DEFAULT_INFRA_CONFIG`. The region and account fall back to the CLI's
 * `CDK_DEFAULT_REGION` and `CDK_DEFAULT_ACCOUNT`; the model to `defaultModelIdFor(region)`.
 * Empty strings count as unset.
 *
 * @param node - The app's construct node, whose context holds the settings.
 * @param env - The process environment (for the CLI defaults).
 * @returns The settings, not yet validated (see `validateInfraConfig`).
 * @throws InfraConfigError when a numeric setting is not a number.
 */
export function readInfraConfig(node: Node, env: NodeJS.ProcessEnv): InfraConfig {
  const problems: string[] = [];
  const text = (key: (typeof CONTEXT_KEYS)[number]): string | undefined => {
    const value: unknown = node.tryGetContext(key);
    if (value === undefined || value === null || value === '') return undefined;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : JSON.stringify(value);
  };
  const number = (key: NumericKey): number => {
    const raw = text(key);
    if (raw === undefined) return DEFAULT_INFRA_CONFIG[key];
    const value = Number(raw);
    if (Number.isNaN(value)) problems.push(`${key} "${raw}" is not a number; pass digits only`);
    return value;
  };
  const region = text('region') ?? nonEmpty(env.CDK_DEFAULT_REGION) ?? DEFAULT_INFRA_CONFIG.region;
  const config: InfraConfig = {
    environmentName: text('environmentName') ?? DEFAULT_INFRA_CONFIG.environmentName,
    region,
    account: text('account') ?? nonEmpty(env.CDK_DEFAULT_ACCOUNT),
    modelId: text('modelId') ?? defaultModelIdFor(region),
    taskCpu: number('taskCpu'),
    taskMemoryMiB: number('taskMemoryMiB'),
    minCapacity: number('minCapacity'),
    maxCapacity: number('maxCapacity'),
    domainName: text('domainName'),
    certificateArn: text('certificateArn'),
    logRetentionDays: number('logRetentionDays'),
    uploadExpiryDays: number('uploadExpiryDays'),
    alarmEmail: text('alarmEmail'),
  };
  if (problems.length > 0) throw new InfraConfigError(problems);
  return config;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}
