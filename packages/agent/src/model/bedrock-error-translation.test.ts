import {
  ContextTooLongError,
  ModelRequestRejectedError,
  ModelThrottledError,
  ModelUnavailableError,
} from '../errors/agent-error';
import {
  DEFAULT_THROTTLE_RETRY_AFTER_MS,
  translateBedrockError,
} from './bedrock-error-translation';

function vendorError(name: string, message: string, fault: 'client' | 'server'): Error {
  return Object.assign(new Error(message), { name, $fault: fault });
}

describe('translateBedrockError', () => {
  describe.each([
    ['prompt is too long: 210000 tokens > 200000 maximum'],
    ['Input is too long for requested model.'],
    ['The input exceeds the maximum number of tokens'],
  ])('when a ValidationException says "%s"', (message) => {
    it('returns ContextTooLongError', () => {
      const translated = translateBedrockError(
        vendorError('ValidationException', message, 'client'),
      );

      expect(translated).toBeInstanceOf(ContextTooLongError);
    });
  });

  describe('when the quota is exceeded', () => {
    it('returns ModelThrottledError with the default wait', () => {
      const translated = translateBedrockError(
        vendorError('ServiceQuotaExceededException', 'quota', 'client'),
      );

      expect(translated).toBeInstanceOf(ModelThrottledError);
      expect(translated).toMatchObject({ retryAfterMs: DEFAULT_THROTTLE_RETRY_AFTER_MS });
    });
  });

  describe('when access is denied', () => {
    it('returns ModelRequestRejectedError keeping the cause', () => {
      const original = vendorError('AccessDeniedException', 'no access', 'client');

      const translated = translateBedrockError(original);

      expect(translated).toBeInstanceOf(ModelRequestRejectedError);
      expect((translated as ModelRequestRejectedError).cause).toBe(original);
    });
  });

  describe('when the model times out', () => {
    it('returns ModelUnavailableError', () => {
      expect(
        translateBedrockError(vendorError('ModelTimeoutException', 'slow', 'client')),
      ).toBeInstanceOf(ModelUnavailableError);
    });
  });

  describe('when the error is our own bug', () => {
    it('returns it unchanged', () => {
      const bug = new TypeError('cannot read x of undefined');

      expect(translateBedrockError(bug)).toBe(bug);
    });
  });
});
