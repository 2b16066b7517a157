import { App } from 'aws-cdk-lib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FEATURE_FLAGS } from '../src/config/feature-flags';
import { DEFAULT_INFRA_CONFIG } from '../src/config/infra-config';
import { CtrlAltHealStack } from '../src/ctrl-alt-heal-stack';
import { freePort, startBundle, waitForHealth } from './boot-bundle';
import {
  FAKE_BOT_TOKEN,
  type FakeSecretsManager,
  startFakeSecretsManager,
} from './fake-secrets-manager';

const APP_ROOT = join(__dirname, '..', '..', 'app');
const APP_DIST = join(APP_ROOT, 'dist');
// The real binary of the npm `node@24` package, not its .bin shim (which adds a NODE_PATH).
const NODE_24 = join(dirname(require.resolve('node/package.json')), 'bin', 'node');
const UNREACHABLE = 'http://127.0.0.1:9';

/** Synthesizes the stack into a temporary cloud assembly; returns it and the image asset folder. */
function synthImageAsset(): {
  outdir: string;
  assetDir: string;
  environment: Record<string, unknown>;
} {
  const outdir = mkdtempSync(join(tmpdir(), 'cah-boot-'));
  const app = new App({ outdir, context: FEATURE_FLAGS });
  const stack = new CtrlAltHealStack(app, 'Boot', {
    config: DEFAULT_INFRA_CONFIG,
    imageDirectory: APP_DIST,
  });
  const template = app.synth().getStackByName(stack.stackName).template as {
    Resources: Record<
      string,
      {
        Type: string;
        Properties: {
          ContainerDefinitions?: { Environment: { Name: string; Value: unknown }[] }[];
        };
      }
    >;
  };
  const manifest = JSON.parse(readFileSync(join(outdir, 'Boot.assets.json'), 'utf8')) as {
    dockerImages: Record<string, { source: { directory: string } }>;
  };
  const [image] = Object.values(manifest.dockerImages);
  if (image === undefined) throw new Error('the cloud assembly has no image asset');
  const task = Object.values(template.Resources).find(
    (resource) => resource.Type === 'AWS::ECS::TaskDefinition',
  );
  const environment = Object.fromEntries(
    (task?.Properties.ContainerDefinitions?.[0]?.Environment ?? []).map((entry) => [
      entry.Name,
      entry.Value,
    ]),
  );
  return { outdir, assetDir: join(outdir, image.source.directory), environment };
}

/**
 * The task definition's environment with every CloudFormation reference replaced by a made-up
 * name, every AWS endpoint aimed at `awsEndpoint` (a closed local port unless given), Bedrock and
 * Telegram at a closed local port, and dummy credentials.
 */
function deployedLikeEnv(
  environment: Record<string, unknown>,
  port: number,
  awsEndpoint = UNREACHABLE,
): Record<string, string> {
  const names = Object.fromEntries(
    Object.entries(environment).map(([name, value]) => [
      name,
      typeof value === 'string' ? value : `boot-test-${name.toLowerCase()}`,
    ]),
  );
  return {
    ...names,
    HOST: '127.0.0.1',
    PORT: String(port),
    AWS_ENDPOINT_URL: awsEndpoint,
    BEDROCK_ENDPOINT: UNREACHABLE,
    TELEGRAM_API_ROOT: UNREACHABLE,
    AWS_ACCESS_KEY_ID: 'boot-test',
    AWS_SECRET_ACCESS_KEY: 'boot-test',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    PATH: process.env.PATH ?? '/usr/bin:/bin',
  };
}

describe('the app image bundle', () => {
  let synthesized: ReturnType<typeof synthImageAsset>;
  let secretsManager: FakeSecretsManager;

  beforeAll(async () => {
    if (!existsSync(join(APP_DIST, 'main.js'))) {
      execFileSync(process.execPath, [join(APP_ROOT, 'scripts', 'bundle.mjs')], {
        stdio: 'inherit',
      });
    }
    synthesized = synthImageAsset();
    secretsManager = await startFakeSecretsManager();
  }, 120_000);

  afterAll(async () => {
    rmSync(synthesized.outdir, { recursive: true, force: true });
    await secretsManager.close();
  });

  it('is staged in the cloud assembly with its Dockerfile', () => {
    expect(existsSync(join(synthesized.assetDir, 'main.js'))).toBe(true);
    expect(readFileSync(join(synthesized.assetDir, 'Dockerfile'), 'utf8')).toContain(
      'FROM node:24-slim',
    );
  });

  describe.each([
    ['Node 20 (this runtime)', process.execPath, 'v20.'],
    ['Node 24 (the image runtime)', NODE_24, 'v24.'],
  ])('when booted with %s in deployed mode', (_label, nodeBinary, major) => {
    it('runs that Node major', () => {
      expect(execFileSync(nodeBinary, ['--version'], { encoding: 'utf8' })).toMatch(
        new RegExp(`^${major.replace('.', '\\.')}`),
      );
    });

    it('answers /health with 200 while no dependency is reachable', async () => {
      const port = await freePort();
      const bundle = startBundle(
        nodeBinary,
        synthesized.assetDir,
        deployedLikeEnv(synthesized.environment, port),
      );
      try {
        const status = await waitForHealth(port, 15_000);
        if (status !== 200) process.stderr.write(`bundle output:\n${bundle.output()}\n`);
        expect(status).toBe(200);
      } finally {
        await bundle.stop();
      }
    }, 40_000);

    it('answers /health with 200 and exits 0 on SIGTERM when Secrets Manager answers', async () => {
      const port = await freePort();
      const bundle = startBundle(
        nodeBinary,
        synthesized.assetDir,
        deployedLikeEnv(synthesized.environment, port, secretsManager.endpoint),
      );
      const status = await waitForHealth(port, 15_000);
      const exitCode = await bundle.stop();
      if (status !== 200) process.stderr.write(`bundle output:\n${bundle.output()}\n`);
      expect(status).toBe(200);
      expect(exitCode).toBe(0);
      expect(bundle.output()).not.toContain(FAKE_BOT_TOKEN);
    }, 40_000);
  });
});
