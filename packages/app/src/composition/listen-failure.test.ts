import { createServer } from 'node:net';
import { listenFailureMessage } from './listen-failure';

function codeError(code: string): Error {
  return Object.assign(new Error(`listen ${code}`), { code });
}

describe('listenFailureMessage', () => {
  describe('when the port is taken by another process', () => {
    it('names the port and how to pick another', async () => {
      const busy = createServer();
      await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
      const address = busy.address();
      const port = typeof address === 'object' && address !== null ? address.port : -1;
      const second = createServer();
      const error = await new Promise<unknown>((resolve) => {
        second.once('error', resolve);
        second.listen(port, '127.0.0.1');
      });
      busy.close();

      expect(listenFailureMessage(error, port)).toBe(
        `port ${port} is in use; set PORT to another port (PORT=8123 npm start)`,
      );
    });
  });

  describe('when the configured port is 8123 itself', () => {
    it('suggests a different one', () => {
      expect(listenFailureMessage(codeError('EADDRINUSE'), 8123)).toBe(
        'port 8123 is in use; set PORT to another port (PORT=8124 npm start)',
      );
    });
  });

  describe('when the failure is not about the address', () => {
    it('returns null', () => {
      expect(listenFailureMessage(new Error('boom'), 8000)).toBeNull();
    });
  });
});
