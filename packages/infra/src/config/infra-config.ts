/**
 * Everything a deployment of Ctrl-Alt-Heal can be configured with. Read from CDK context by
 * `readInfraConfig` and checked by `validateInfraConfig` before any resource is declared.
 */
export interface InfraConfig {
  /** Short lowercase name of the deployment (`dev`, `prod`); part of the stack name. */
  readonly environmentName: string;
  /** Region to deploy into, such as `eu-west-1`. */
  readonly region: string;
  /** 12-digit account id; absent for an account-agnostic template. */
  readonly account?: string;
  /**
   * Bedrock model id, inference profile id (`eu.anthropic…`) or either's ARN. The task role may
   * invoke this model only.
   */
  readonly modelId: string;
  /** Fargate task CPU units (1024 = 1 vCPU). */
  readonly taskCpu: number;
  /** Fargate task memory in MiB; must be valid for `taskCpu`. */
  readonly taskMemoryMiB: number;
  /** Fewest running tasks; autoscaling never goes below it. */
  readonly minCapacity: number;
  /** Most running tasks. */
  readonly maxCapacity: number;
  /** Public host name for the webhook, with `certificateArn`; absent for the API Gateway front. */
  readonly domainName?: string;
  /** ACM certificate for `domainName`, in the stack's region. */
  readonly certificateArn?: string;
  /** Days CloudWatch keeps the app and API access logs; a value CloudWatch accepts. */
  readonly logRetentionDays: number;
  /** Days an upload (prescription photo or PDF) is kept before it expires. */
  readonly uploadExpiryDays: number;
  /** Address that receives alarm notifications; absent to subscribe later. */
  readonly alarmEmail?: string;
}

/**
 * Defaults for every setting that has one: 1 vCPU / 2 GiB, 1–3 tasks, a year of logs, uploads
 * kept 90 days, `eu-west-1`, and a Claude Sonnet EU inference profile.
 */
export const DEFAULT_INFRA_CONFIG = {
  environmentName: 'dev',
  region: 'eu-west-1',
  modelId: 'eu.anthropic.claude-sonnet-4-20250514-v1:0',
  taskCpu: 1024,
  taskMemoryMiB: 2048,
  minCapacity: 1,
  maxCapacity: 3,
  logRetentionDays: 365,
  uploadExpiryDays: 90,
} as const satisfies Partial<InfraConfig>;
