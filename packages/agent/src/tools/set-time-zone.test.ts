import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildToolContext } from '../testing/tool-context-fixture';
import { ToolInputInvalidError } from '../errors/agent-error';
import { createSetTimeZoneTool } from './set-time-zone';

function setup() {
  const profiles = new InMemoryProfileStore([
    { userId: 'user-1', timeZone: null, createdAt: '2026-12-01T00:00:00.000Z' },
  ]);
  const tool = createSetTimeZoneTool({
    prescriptions: new InMemoryPrescriptionStore(),
    profiles,
    newId: () => 'unused',
  });
  return { profiles, tool };
}

describe('set_time_zone', () => {
  describe('when the place resolves to one zone', () => {
    it("stores it in the user's profile", async () => {
      const { profiles, tool } = setup();

      const outcome = await tool.run({ zone: 'London' }, buildToolContext().context);

      expect(outcome).toEqual({
        status: 'success',
        summary:
          'Thank you. Your time zone is now London, United Kingdom (Europe/London). Times and reminders will follow your local clock.',
        data: { kind: 'resolved', timeZone: 'Europe/London' },
      });
      expect(await profiles.get('user-1')).toEqual({
        userId: 'user-1',
        timeZone: 'Europe/London',
        createdAt: '2026-12-01T00:00:00.000Z',
      });
    });
  });

  describe('when the name fits several zones', () => {
    it('asks which one and stores nothing', async () => {
      const { profiles, tool } = setup();

      const outcome = await tool.run({ zone: 'IST' }, buildToolContext().context);

      expect(outcome).toMatchObject({ status: 'error', data: { kind: 'ambiguous' } });
      expect(outcome.summary).toContain('- India Standard Time (Asia/Kolkata)');
      expect((await profiles.get('user-1'))?.timeZone).toBeNull();
    });
  });

  describe('when the name is unknown', () => {
    it('returns the message with suggestions and stores nothing', async () => {
      const { profiles, tool } = setup();

      const outcome = await tool.run({ zone: 'Atlantis' }, buildToolContext().context);

      expect(outcome).toMatchObject({
        status: 'error',
        data: { kind: 'invalid', suggestions: ['Atlanta'] },
      });
      expect(outcome.summary).toMatch(
        /^I don't know the time zone "Atlantis"\..* Did you mean Atlanta\?$/,
      );
      expect((await profiles.get('user-1'))?.timeZone).toBeNull();
    });
  });

  describe('when the model adds a user id', () => {
    it('rejects the input', async () => {
      const { tool } = setup();

      await expect(
        tool.run({ zone: 'London', userId: 'user-2' }, buildToolContext().context),
      ).rejects.toThrow(ToolInputInvalidError);
    });
  });
});
