import { App } from 'aws-cdk-lib';
import { DEFAULT_INFRA_CONFIG } from '../src/config/infra-config';
import { InfraConfigError } from '../src/config/infra-config-error';
import { CtrlAltHealStack } from '../src/ctrl-alt-heal-stack';
import { FIXTURE_IMAGE_DIRECTORY } from './synth-stack';

describe('CtrlAltHealStack', () => {
  describe('when the settings are invalid', () => {
    it('throws an InfraConfigError listing every problem before declaring anything', () => {
      const app = new App();

      expect(
        () =>
          new CtrlAltHealStack(app, 'Bad', {
            config: { ...DEFAULT_INFRA_CONFIG, taskMemoryMiB: 512, domainName: 'bot.example.org' },
            imageDirectory: FIXTURE_IMAGE_DIRECTORY,
          }),
      ).toThrow(
        new InfraConfigError([
          'taskMemoryMiB 512 does not fit taskCpu 1024; use 2048 to 8192 in steps of 1024; set it with -c taskMemoryMiB=2048 or in cdk.json "context"',
          'domainName and certificateArn go together: give both for an HTTPS listener on your domain, or neither for the API Gateway front',
        ]),
      );
    });
  });
});
