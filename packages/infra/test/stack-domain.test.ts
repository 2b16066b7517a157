import { Match } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, HIPAASecurityChecks } from 'cdk-nag';
import { findAll, findOne } from './template-lookup';
import { synthStack, TEST_CERTIFICATE_ARN } from './synth-stack';

// One synth of the configuration with a domain and certificate: public HTTPS load balancer.
const { stack, template } = synthStack({
  domainName: 'bot.example.org',
  certificateArn: TEST_CERTIFICATE_ARN,
  account: '123456789012',
  alarmEmail: 'oncall@example.org',
});

describe('CtrlAltHealStack with a domain and certificate', () => {
  describe('when synthesized', () => {
    it('puts an internet-facing load balancer in the public subnets', () => {
      template.hasResourceProperties('AWS::ElasticLoadBalancingV2::LoadBalancer', {
        Scheme: 'internet-facing',
      });
    });

    it('serves HTTPS with the certificate and a current TLS 1.3/1.2 policy', () => {
      template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: 443,
        Protocol: 'HTTPS',
        Certificates: [{ CertificateArn: TEST_CERTIFICATE_ARN }],
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
        DefaultActions: [Match.objectLike({ Type: 'forward' })],
      });
    });

    it('redirects HTTP to HTTPS permanently', () => {
      template.hasResourceProperties('AWS::ElasticLoadBalancingV2::Listener', {
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [
          {
            Type: 'redirect',
            RedirectConfig: { Port: '443', Protocol: 'HTTPS', StatusCode: 'HTTP_301' },
          },
        ],
      });
    });

    it('declares no API Gateway front', () => {
      expect(findAll(template, 'AWS::ApiGatewayV2::Api')).toEqual([]);
      expect(findAll(template, 'AWS::ApiGatewayV2::VpcLink')).toEqual([]);
    });

    it('outputs the webhook URL on the domain', () => {
      template.hasOutput('WebhookUrl', { Value: 'https://bot.example.org/webhook' });
      template.hasOutput('ChatUrl', { Value: 'https://bot.example.org/chat' });
    });

    it('opens the load balancer on 443 and 80 only', () => {
      const group = findOne(template, 'AWS::EC2::SecurityGroup', 'LoadBalancerAlbSecurityGroup');
      expect(group.resource.Properties?.SecurityGroupIngress).toEqual([
        expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 }),
        expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 80, ToPort: 80 }),
      ]);
    });

    it('subscribes the alarm email to the topic', () => {
      template.hasResourceProperties('AWS::SNS::Subscription', {
        Protocol: 'email',
        Endpoint: 'oncall@example.org',
      });
    });

    it('declares the 76 resources the README lists (75 plus the email subscription)', () => {
      expect(Object.keys(template.toJSON().Resources as object)).toHaveLength(76);
    });

    it('leaves nothing unacknowledged for the AwsSolutions and HIPAA Security packs', () => {
      expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
      expect(new HIPAASecurityChecks().validateScope(stack).violations).toEqual([]);
    });
  });
});
