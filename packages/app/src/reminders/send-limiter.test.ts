import { BOT_MESSAGES_PER_SECOND, SendLimiter } from './send-limiter';
import { FakeReminderClock } from './testing/fake-reminder-clock';

const FAR_MS = Number.MAX_SAFE_INTEGER;

describe('SendLimiter', () => {
  let clock: FakeReminderClock;
  let limiter: SendLimiter;

  beforeEach(() => {
    clock = new FakeReminderClock(0);
    limiter = new SendLimiter({ clock });
  });

  describe('when many chats are sent to at once', () => {
    it('lets a burst of the bot rate through, then paces at that rate', async () => {
      for (let chat = 1; chat <= BOT_MESSAGES_PER_SECOND * 3; chat += 1) {
        await limiter.acquire(chat, FAR_MS);
      }

      expect(BOT_MESSAGES_PER_SECOND).toBe(10);
      expect(clock.sleeps).toEqual(Array.from({ length: 20 }, () => 100));
      expect(clock.nowMs).toBe(2000);
    });
  });

  describe('when one chat is sent to repeatedly', () => {
    it('allows one message per second to it', async () => {
      await limiter.acquire(7, FAR_MS);
      await limiter.acquire(7, FAR_MS);
      await limiter.acquire(7, FAR_MS);

      expect(clock.sleeps).toEqual([1000, 1000]);
    });

    it('does not hold back another chat', async () => {
      await limiter.acquire(7, FAR_MS);
      await limiter.acquire(8, FAR_MS);

      expect(clock.sleeps).toEqual([]);
    });
  });

  describe('when Telegram asked to retry after a while', () => {
    it('holds back that chat and the bot for that long', async () => {
      limiter.pause(7, 5000);

      await limiter.acquire(8, FAR_MS);
      await limiter.acquire(7, FAR_MS);

      expect(clock.sleeps).toEqual([5000]);
      expect(clock.nowMs).toBe(5000);
    });
  });

  describe('when the slot would come after the deadline', () => {
    it('returns false without waiting or taking a slot', async () => {
      await limiter.acquire(7, FAR_MS);

      const acquired = await limiter.acquire(7, 500);

      expect(acquired).toBe(false);
      expect(clock.sleeps).toEqual([]);
    });
  });

  describe('when the signal is aborted', () => {
    it('returns false', async () => {
      const abort = new AbortController();
      abort.abort();

      expect(await limiter.acquire(7, FAR_MS, abort.signal)).toBe(false);
    });
  });
});
