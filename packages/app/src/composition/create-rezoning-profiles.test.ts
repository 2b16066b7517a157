import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse-config';
import { createJsonLogger } from '../logging/json-logger';
import { RedactionList } from '../logging/redaction-list';
import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import { bootCore, closeCore, type AppCore } from './boot-core';
import { createTelegramCommandStores } from './telegram-command-stores';

const TOKEN = '7000004:REZONING_WIRING_TOKEN_abcdefghijklmnopqr';

describe('createRezoningProfiles', () => {
  describe('when wired by the booted core', () => {
    let dataDir: string;
    let core: AppCore;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'cah-rezone-'));
      const redaction = new RedactionList();
      const config = parseConfig(
        { CAH_DATA_DIR: dataDir, PORT: '0', TELEGRAM_BOT_TOKEN: TOKEN },
        { repoRoot: '/unused', defaultUpdateMode: 'polling' },
      );
      const logger = createJsonLogger({ service: 'test', redaction, write: () => undefined });
      core = await bootCore({ config, logger, redaction });
    });

    afterAll(async () => {
      await closeCore(core);
      await rm(dataDir, { recursive: true, force: true });
    });

    async function utcPrescription(externalId: string): Promise<string> {
      const { userId } = await core.stores.identities.resolveUser('telegram', externalId);
      const schedule = { ...prescriptionFixture().schedule, timeZone: 'UTC' };
      await core.stores.prescriptions.saveDraft(userId, prescriptionFixture({ schedule }));
      await core.stores.prescriptions.confirm(userId, 'rx-1');
      return userId;
    }

    async function zoneOf(userId: string): Promise<string | undefined> {
      return (await core.stores.prescriptions.get(userId, 'rx-1'))?.schedule.timeZone;
    }

    it("moves prescriptions when the agent's set_time_zone runs (as on /chat)", async () => {
      const userId = await utcPrescription('9001');

      await core.turns.run(userId, 'my time zone is Asia/Kathmandu');

      expect(await zoneOf(userId)).toBe('Asia/Kathmandu');
    });

    it('moves prescriptions when a Telegram command sets the zone', async () => {
      const userId = await utcPrescription('9002');

      await createTelegramCommandStores(core, {}).profiles.setTimeZone(userId, 'Asia/Kolkata');

      expect(await zoneOf(userId)).toBe('Asia/Kolkata');
    });
  });
});
