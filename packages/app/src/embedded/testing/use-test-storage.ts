import { startTestStorage, type TestStorage } from './start-test-storage';

/**
 * Registers the jest hooks of a suite that shares one {@link TestStorage}: starts it before all
 * tests and hands it to `onStart`, which keeps it and builds the stores under test over it;
 * stops it after all tests. Call it inside a `describe`.
 */
export function useTestStorage(onStart: (storage: TestStorage) => void): void {
  let started: TestStorage | undefined;

  beforeAll(async () => {
    started = await startTestStorage();
    onStart(started);
  });

  afterAll(async () => {
    await started?.stop();
  });
}
