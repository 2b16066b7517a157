import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoFhirResourceStore } from './dynamo-fhir-resource-store';

const medicationRequest = {
  resourceType: 'MedicationRequest',
  id: 'mr-1',
  status: 'active',
  dosageInstruction: [
    { text: 'Take 1 tablet three times a day', timing: { repeat: { frequency: 3 } } },
  ],
};

describe('DynamoFhirResourceStore', () => {
  let storage: TestStorage;
  let store: DynamoFhirResourceStore;

  useTestStorage((started) => {
    storage = started;
    store = new DynamoFhirResourceStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date('2026-03-01T09:00:00.000Z'),
    });
  });

  describe('when a resource is put', () => {
    it('reads back exactly as written', async () => {
      await store.put('f1', 'MedicationRequest/mr-1', medicationRequest);

      expect(await store.get('f1', 'MedicationRequest/mr-1')).toEqual({
        resourceKey: 'MedicationRequest/mr-1',
        resource: medicationRequest,
        updatedAt: '2026-03-01T09:00:00.000Z',
      });
    });
  });

  describe('when a resource is put again under the same key', () => {
    it('replaces it', async () => {
      await store.put('f2', 'MedicationRequest/mr-1', medicationRequest);

      await store.put('f2', 'MedicationRequest/mr-1', { ...medicationRequest, status: 'stopped' });

      expect((await store.get('f2', 'MedicationRequest/mr-1'))?.resource).toEqual({
        ...medicationRequest,
        status: 'stopped',
      });
    });
  });

  describe('when the resource is absent', () => {
    it('returns null', async () => {
      expect(await store.get('f3', 'Patient/none')).toBeNull();
    });
  });

  describe('when a user has resources of several types', () => {
    it('lists all of them, or those of one type', async () => {
      await store.put('f4', 'Patient/p', { resourceType: 'Patient', id: 'p' });
      await store.put('f4', 'MedicationRequest/b', { resourceType: 'MedicationRequest', id: 'b' });
      await store.put('f4', 'MedicationRequest/a', { resourceType: 'MedicationRequest', id: 'a' });
      await store.put('other', 'Patient/q', { resourceType: 'Patient', id: 'q' });

      const all = await store.list('f4');
      const requests = await store.list('f4', 'MedicationRequest');

      expect(all.map((stored) => stored.resourceKey)).toEqual([
        'MedicationRequest/a',
        'MedicationRequest/b',
        'Patient/p',
      ]);
      expect(requests.map((stored) => stored.resource)).toEqual([
        { resourceType: 'MedicationRequest', id: 'a' },
        { resourceType: 'MedicationRequest', id: 'b' },
      ]);
    });
  });

  describe('when the key does not match the resource', () => {
    it('refuses to write', async () => {
      await expect(store.put('f5', 'Patient/x', medicationRequest)).rejects.toThrow(
        /^resource key must be MedicationRequest\/<FHIR id>$/,
      );
      await expect(store.put('f5', 'MedicationRequest/../x', medicationRequest)).rejects.toThrow(
        /^resource key must be MedicationRequest\/<FHIR id>$/,
      );
    });
  });
});
