import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { createAgentTools } from './create-agent-tools';

const tools = createAgentTools({
  prescriptions: new InMemoryPrescriptionStore(),
  profiles: new InMemoryProfileStore(),
  newId: () => 'unused',
});

const FORBIDDEN = /user|bucket|key|table|chat|telegram/i;

describe('createAgentTools', () => {
  describe('always', () => {
    it('offers the four tools in order', () => {
      expect(tools.map((tool) => tool.spec.name)).toEqual([
        'propose_prescription',
        'list_medications',
        'todays_doses',
        'set_time_zone',
      ]);
    });

    it('takes no user, bucket, key or table argument and rejects extra keys', () => {
      for (const { spec } of tools) {
        const properties = spec.inputSchema.properties;
        const names =
          typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];

        expect({
          tool: spec.name,
          forbidden: names.filter((name) => FORBIDDEN.test(name)),
        }).toEqual({
          tool: spec.name,
          forbidden: [],
        });
        expect({
          tool: spec.name,
          additionalProperties: spec.inputSchema.additionalProperties,
        }).toEqual({
          tool: spec.name,
          additionalProperties: false,
        });
      }
    });
  });
});
