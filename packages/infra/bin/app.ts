// The CDK app that `cdk synth` and `cdk deploy` run (see cdk.json): reads the deployment
// settings from context, checks that the app bundle exists, declares one stack, and runs the
// cdk-nag packs. A settings problem ends the run with the list of problems, no stack trace.
import { App } from 'aws-cdk-lib';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  addComplianceChecks,
  CtrlAltHealStack,
  FEATURE_FLAGS,
  InfraConfigError,
  readInfraConfig,
  stackNameFor,
} from '../src/index';

const imageDirectory = join(__dirname, '..', '..', 'app', 'dist');
if (
  !existsSync(join(imageDirectory, 'main.js')) ||
  !existsSync(join(imageDirectory, 'Dockerfile'))
) {
  console.error(
    `${imageDirectory} has no main.js or Dockerfile: run "pnpm bundle" first ("pnpm synth" and "pnpm cdk:deploy" do).`,
  );
  process.exit(1);
}

try {
  const app = new App({ context: FEATURE_FLAGS });
  const config = readInfraConfig(app.node, process.env);
  new CtrlAltHealStack(app, stackNameFor(config.environmentName), { config, imageDirectory });
  addComplianceChecks(app);
  app.synth();
} catch (error) {
  if (!(error instanceof InfraConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
