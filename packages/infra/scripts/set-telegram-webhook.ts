// `pnpm telegram:set-webhook`: points the Telegram bot at a deployed stack. Reads the stack's
// WebhookUrl output and the bot token and webhook secret token from Secrets Manager, then calls
// setWebhook. Never prints the token.
//
//   pnpm telegram:set-webhook [--env dev] [--stack NAME] [--region eu-west-1]
//                             [--allowed-updates message,callback_query] [--drop-pending-updates]
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { parseArgs } from 'node:util';
import { stackNameFor } from '../src/config/stack-name';
import { cloudFormationOutputs, secretsManagerValues } from '../src/operator/aws-operator-readers';
import {
  DEFAULT_ALLOWED_UPDATES,
  registerTelegramWebhook,
} from '../src/operator/register-telegram-webhook';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      env: { type: 'string', default: 'dev' },
      stack: { type: 'string' },
      region: { type: 'string' },
      'allowed-updates': { type: 'string', default: DEFAULT_ALLOWED_UPDATES.join(',') },
      'drop-pending-updates': { type: 'boolean', default: false },
    },
  });
  const stackName = values.stack ?? stackNameFor(values.env);
  const clientConfig = values.region === undefined ? {} : { region: values.region };
  const registration = await registerTelegramWebhook({
    stackName,
    outputs: cloudFormationOutputs(new CloudFormationClient(clientConfig)),
    secrets: secretsManagerValues(new SecretsManagerClient(clientConfig)),
    fetch,
    allowedUpdates: values['allowed-updates'].split(',').map((type) => type.trim()),
    dropPendingUpdates: values['drop-pending-updates'],
  });
  console.log(`webhook set for ${stackName}: ${registration.url}`);
  console.log(`pending updates: ${registration.pendingUpdateCount}`);
  if (registration.lastErrorMessage !== undefined) {
    console.log(`last delivery error: ${registration.lastErrorMessage}`);
  }
}

main().catch((error: unknown) => {
  // Setup errors say what to do; SDK errors name the credentials or region problem.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`telegram:set-webhook failed: ${message}`);
  process.exitCode = 1;
});
