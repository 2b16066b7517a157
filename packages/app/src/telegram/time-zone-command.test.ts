import { COMMAND_REPLIES } from './command-replies';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import {
  buttonData,
  buttonTexts,
  buttonUpdate,
  messageUpdate,
  PATIENT,
} from './testing/telegram-updates';
import { commandArgument } from './time-zone-command';

const NOW = new Date('2026-03-02T09:00:00Z');

describe('the /timezone flows', () => {
  let harness: BotHarness;
  let userId: string;
  let nextUpdate = 0;

  useBotHarness(NOW, async (started) => {
    harness = started;
    userId = await harness.userIdOf(PATIENT.id);
  });

  async function send(fields: Record<string, unknown>) {
    nextUpdate += 1;
    await harness.process(messageUpdate(nextUpdate, fields));
    return harness.api.callsTo('sendMessage').at(-1);
  }

  async function press(data: string) {
    const reply = harness.api.callsTo('sendMessage').at(-1);
    if (reply === undefined) throw new Error('nothing to press');
    nextUpdate += 1;
    await harness.process(buttonUpdate(nextUpdate, reply, data));
    return harness.api.callsTo('sendMessage').at(-1);
  }

  const zone = async (): Promise<string | null> =>
    (await harness.profiles.get(userId))?.timeZone ?? null;

  describe('when /timezone comes alone before any zone is set', () => {
    it('says none is set and asks', async () => {
      const reply = await send({ text: '/timezone', entities: [command(9)] });

      expect(reply?.payload.text).toBe(
        `You have not set a time zone yet.\n\n${COMMAND_REPLIES.askZone}`,
      );
    });
  });

  describe('when /timezone IST is ambiguous', () => {
    it('offers one button per candidate, then stores the one pressed', async () => {
      const reply = await send({ text: '/timezone IST', entities: [command(9)] });
      const data = buttonData(reply);

      expect(buttonTexts(reply).length).toBeGreaterThanOrEqual(3);
      expect(data.at(-1)).toBe('tz:keep');
      expect(data.every((d) => Buffer.byteLength(d) <= 64)).toBe(true);
      expect(await zone()).toBeNull();

      const saved = await press(data[0] ?? '');

      expect(await zone()).toBe('Asia/Kolkata');
      expect(saved?.payload.text).toMatch(
        /^Thank you\. Your time zone is now <b>.*Asia\/Kolkata.*<\/b>\. It is 14:30 there now/,
      );
    });
  });

  describe('when /timezone names an IANA zone', () => {
    it('stores it and tells the local time there', async () => {
      const reply = await send({ text: '/timezone Asia/Kathmandu', entities: [command(9)] });

      expect(await zone()).toBe('Asia/Kathmandu');
      expect(String(reply?.payload.text)).toContain('It is 14:45 there now');
    });
  });

  describe('when the zone is unknown', () => {
    it('suggests names and stores nothing', async () => {
      const reply = await send({ text: '/timezone Asia/Katmandoo', entities: [command(9)] });

      expect(await zone()).toBe('Asia/Kathmandu');
      expect(String(reply?.payload.text)).toMatch(/Did you mean: .*Asia\/Kathmandu/);
      expect(String(reply?.payload.text)).toMatch(/I kept your time zone as it was\.$/);
    });
  });

  describe('when a location in Sydney is shared', () => {
    it('asks first, then stores the zone on the button press', async () => {
      const reply = await send({ location: { latitude: -33.8688, longitude: 151.2093 } });

      expect(await zone()).toBe('Asia/Kathmandu');
      expect(buttonData(reply)).toEqual(['tz:l:0:-33.8688,151.2093', 'tz:keep']);

      await press('tz:l:0:-33.8688,151.2093');

      expect(await zone()).toBe('Australia/Sydney');
    });
  });

  describe('when the keep button or forged data is pressed', () => {
    it('stores nothing', async () => {
      const kept = await press('tz:keep');
      const forged = await press('tz:t:7:IST');

      expect([kept?.payload.text, forged?.payload.text]).toEqual([
        COMMAND_REPLIES.zoneKept,
        COMMAND_REPLIES.zoneExpired,
      ]);
      expect(await zone()).toBe('Australia/Sydney');
    });
  });

  describe('when /timezone alone comes after a zone is set', () => {
    it('shows the zone and its local time', async () => {
      const reply = await send({ text: '/timezone', entities: [command(9)] });

      expect(String(reply?.payload.text)).toMatch(
        /^Your time zone is <b>Australia\/Sydney<\/b>; it is 20:00 there now\./,
      );
    });
  });
});

describe('commandArgument', () => {
  describe('when the command carries the bot name', () => {
    it('returns only the text after it', () => {
      expect(commandArgument('/timezone@ctrl_alt_heal_bot  Europe/London ')).toBe('Europe/London');
    });
  });
});

function command(length: number): Record<string, unknown> {
  return { type: 'bot_command', offset: 0, length };
}
