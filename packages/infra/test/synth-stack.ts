import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { join } from 'node:path';
import { FEATURE_FLAGS } from '../src/config/feature-flags';
import { DEFAULT_INFRA_CONFIG, type InfraConfig } from '../src/config/infra-config';
import { CtrlAltHealStack } from '../src/ctrl-alt-heal-stack';

/** Stand-in image context: staging needs only a folder with a Dockerfile. */
export const FIXTURE_IMAGE_DIRECTORY = join(__dirname, 'fixtures', 'image');

/** A well-formed ACM certificate ARN in the default region. */
export const TEST_CERTIFICATE_ARN =
  'arn:aws:acm:eu-west-1:123456789012:certificate/0a1b2c3d-4e5f-6789-abcd-ef0123456789';

/** A synthesized stack and its template. */
export interface SynthesizedStack {
  readonly app: App;
  readonly stack: CtrlAltHealStack;
  readonly template: Template;
}

/**
 * Synthesizes the stack with the default settings plus `overrides`, against the fixture image.
 *
 * @param overrides - Settings that differ from `DEFAULT_INFRA_CONFIG`.
 * @returns The app, the stack and its template.
 */
export function synthStack(overrides: Partial<InfraConfig> = {}): SynthesizedStack {
  const app = new App({ context: FEATURE_FLAGS });
  const stack = new CtrlAltHealStack(app, 'Test', {
    config: { ...DEFAULT_INFRA_CONFIG, ...overrides },
    imageDirectory: FIXTURE_IMAGE_DIRECTORY,
  });
  return { app, stack, template: Template.fromStack(stack) };
}

/**
 * Collects every cdk-nag acknowledgement in the construct tree (CDK's own are left out).
 *
 * @param app - The app to walk.
 * @returns Rule id to the reasons given for it.
 */
export function collectAcknowledgements(app: App): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const construct of app.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [key, reason] of Object.entries(entry.data as Record<string, string>)) {
        // cdk-nag findings are annotations; CDK also records its own CloudFormation-Validate ids.
        if (!/^annotation::/i.test(key)) continue;
        const id = key.replace(/^annotation::/i, '');
        found.set(id, [...(found.get(id) ?? []), reason]);
      }
    }
  }
  return found;
}
