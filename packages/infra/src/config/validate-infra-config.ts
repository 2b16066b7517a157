import { Token } from 'aws-cdk-lib';
import { parseBedrockModelRef } from './bedrock-model-ref';
import { PROFILE_GEOGRAPHY, profileGeographyOf } from './default-model-id';
import { fargateMemoryChoices, FARGATE_TASK_SIZES } from './fargate-task-sizes';
import type { InfraConfig } from './infra-config';

/** Retention values CloudWatch Logs accepts, in days. */
export const LOG_RETENTION_CHOICES: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288,
  3653,
];

/** Most tasks the service may scale to; the reminder claims were sized for a handful. */
export const MAX_TASKS = 10;

type Check = (config: InfraConfig) => string | undefined;

const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,19}$/;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const CERTIFICATE_ARN = /^arn:aws[a-z-]*:acm:([a-z0-9-]+):\d{12}:certificate\/[0-9a-f-]{36}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function isSet(value: string | number | undefined): value is string | number {
  return value !== undefined && !Token.isUnresolved(value);
}

function isWholeIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function fix(key: string, example: string | number): string {
  return `set it with -c ${key}=${example} or in cdk.json "context"`;
}

const checkEnvironmentName: Check = ({ environmentName: name }) =>
  isSet(name) && !ENVIRONMENT_NAME.test(name)
    ? `environmentName "${name}" must be 1-20 lowercase letters, digits or "-", starting with a letter; ${fix('environmentName', 'prod')}`
    : undefined;

const checkRegion: Check = ({ region }) =>
  isSet(region) && !REGION.test(region)
    ? `region "${region}" is not an AWS region name; ${fix('region', 'eu-west-1')}`
    : undefined;

const checkAccount: Check = ({ account }) =>
  isSet(account) && !/^\d{12}$/.test(account)
    ? `account "${account}" must be the 12-digit account id; ${fix('account', '123456789012')}, or leave it out`
    : undefined;

const checkModelId: Check = ({ modelId }) =>
  isSet(modelId) && parseBedrockModelRef(modelId) === undefined
    ? `modelId "${modelId}" is not a Bedrock model id, system inference profile id or ARN of either; ${fix('modelId', 'eu.anthropic.claude-sonnet-4-20250514-v1:0')}`
    : undefined;

const checkModelGeography: Check = ({ modelId, region }) => {
  if (!isSet(modelId) || !isSet(region) || !REGION.test(region)) return undefined;
  const ref = parseBedrockModelRef(modelId);
  const profileGeography =
    ref?.kind === 'inferenceProfile' ? ref.profileId.split('.')[0] : undefined;
  const regionGeography = profileGeographyOf(region);
  const known = Object.values(PROFILE_GEOGRAPHY);
  if (profileGeography === undefined || !known.includes(profileGeography)) return undefined;
  return regionGeography === profileGeography
    ? undefined
    : `modelId "${modelId}" is an inference profile of the ${profileGeography} geography, which ${region} cannot call; use ${regionGeography === undefined ? 'a model offered in that region' : `${regionGeography}.${ref?.modelId}`}`;
};

const checkTaskSize: Check = ({ taskCpu, taskMemoryMiB }) => {
  if (!isSet(taskCpu) || !isSet(taskMemoryMiB)) return undefined;
  const choices = fargateMemoryChoices(taskCpu);
  if (choices.length === 0) {
    const cpus = FARGATE_TASK_SIZES.map((size) => size.cpu).join(', ');
    return `taskCpu ${taskCpu} is not a Fargate size; use one of ${cpus}; ${fix('taskCpu', 1024)}`;
  }
  return choices.includes(taskMemoryMiB)
    ? undefined
    : `taskMemoryMiB ${taskMemoryMiB} does not fit taskCpu ${taskCpu}; use ${choices[0]} to ${choices.at(-1)} in steps of ${(choices[1] ?? 0) - (choices[0] ?? 0)}; ${fix('taskMemoryMiB', choices[0] ?? 2048)}`;
};

const checkCapacity: Check = ({ minCapacity: min, maxCapacity: max }) => {
  if (!isSet(min) || !isSet(max)) return undefined;
  if (!isWholeIn(min, 1, MAX_TASKS) || !isWholeIn(max, 1, MAX_TASKS)) {
    return `minCapacity ${min} and maxCapacity ${max} must be whole numbers from 1 to ${MAX_TASKS}; ${fix('maxCapacity', 3)}`;
  }
  return min > max
    ? `minCapacity ${min} is above maxCapacity ${max}; lower minCapacity or raise maxCapacity`
    : undefined;
};

const checkDomainPair: Check = ({ domainName, certificateArn }) =>
  (domainName === undefined) !== (certificateArn === undefined)
    ? 'domainName and certificateArn go together: give both for an HTTPS listener on your domain, or neither for the API Gateway front'
    : undefined;

const checkDomainName: Check = ({ domainName }) =>
  isSet(domainName) && !DOMAIN.test(domainName)
    ? `domainName "${domainName}" is not a lowercase host name; ${fix('domainName', 'bot.example.org')}`
    : undefined;

const checkCertificate: Check = ({ certificateArn, region }) => {
  if (!isSet(certificateArn)) return undefined;
  const match = CERTIFICATE_ARN.exec(certificateArn);
  if (match === null) {
    return `certificateArn "${certificateArn}" is not an ACM certificate ARN; copy it from the ACM console (arn:aws:acm:<region>:<account>:certificate/<id>)`;
  }
  return isSet(region) && match[1] !== region
    ? `certificateArn is in ${match[1]} but the stack deploys to ${region}; request or import the certificate in ${region}`
    : undefined;
};

const checkLogRetention: Check = ({ logRetentionDays: days }) =>
  isSet(days) && !LOG_RETENTION_CHOICES.includes(days)
    ? `logRetentionDays ${days} is not a CloudWatch retention; use one of ${LOG_RETENTION_CHOICES.join(', ')}; ${fix('logRetentionDays', 365)}`
    : undefined;

const checkUploadExpiry: Check = ({ uploadExpiryDays: days }) =>
  isSet(days) && !isWholeIn(days, 1, 3650)
    ? `uploadExpiryDays ${days} must be a whole number of days from 1 to 3650; ${fix('uploadExpiryDays', 90)}`
    : undefined;

const checkAlarmEmail: Check = ({ alarmEmail }) =>
  isSet(alarmEmail) && !EMAIL.test(alarmEmail)
    ? `alarmEmail "${alarmEmail}" is not an email address; ${fix('alarmEmail', 'oncall@example.org')}, or leave it out`
    : undefined;

const CHECKS: readonly Check[] = [
  checkEnvironmentName,
  checkRegion,
  checkAccount,
  checkModelId,
  checkModelGeography,
  checkTaskSize,
  checkCapacity,
  checkDomainPair,
  checkDomainName,
  checkCertificate,
  checkLogRetention,
  checkUploadExpiry,
  checkAlarmEmail,
];

/**
 * Checks a deployment's settings before any resource is declared. Values that are still
 * unresolved tokens are skipped: only CloudFormation can check them.
 *
 * @param config - The settings to check.
 * @returns One message per problem, each saying how to fix it; empty when all is well.
 */
export function validateInfraConfig(config: InfraConfig): string[] {
  return CHECKS.map((check) => check(config)).filter((problem) => problem !== undefined);
}
