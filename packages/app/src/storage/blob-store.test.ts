import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { S3BlobStore, blobKeyOf } from './blob-store';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('S3BlobStore', () => {
  let storage: TestStorage;
  let store: S3BlobStore;

  useTestStorage((started) => {
    storage = started;
    store = new S3BlobStore({ client: storage.s3, bucketName: storage.bucketNames.uploads });
  });

  describe('when a blob is put', () => {
    it('stores it under uploads/<user>/<id> and reads it back', async () => {
      const key = await store.put('b1', 'photo-1.jpg', bytes('jpeg bytes'), 'image/jpeg');

      const blob = await store.get('b1', 'photo-1.jpg');

      expect(key).toBe('uploads/b1/photo-1.jpg');
      expect({ ...blob, body: Buffer.from(blob?.body ?? []).toString() }).toEqual({
        body: 'jpeg bytes',
        contentType: 'image/jpeg',
      });
    });
  });

  describe('when a blob is deleted', () => {
    it('is gone, and deleting it again does nothing', async () => {
      await store.put('b2', 'scan.pdf', bytes('%PDF'), 'application/pdf');

      await store.delete('b2', 'scan.pdf');
      await store.delete('b2', 'scan.pdf');

      expect(await store.get('b2', 'scan.pdf')).toBeNull();
    });
  });

  describe('when every blob of a user is deleted', () => {
    it("removes only that user's blobs and counts them", async () => {
      for (const id of ['a', 'b', 'c']) {
        await store.put('b3', id, bytes(id), 'text/plain');
      }
      await store.put('b33', 'a', bytes('keep'), 'text/plain');

      const deleted = await store.deleteAllForUser('b3');

      expect(deleted).toBe(3);
      expect(await store.get('b3', 'a')).toBeNull();
      expect(Buffer.from((await store.get('b33', 'a'))?.body ?? []).toString()).toBe('keep');
    });
  });

  describe('when an id is not a plain key segment', () => {
    it('refuses to build the key', () => {
      expect(() => blobKeyOf('u', '../other/x')).toThrow(/^blob id is not a plain key segment$/);
      expect(() => blobKeyOf('a/b', 'x')).toThrow(/^user id is not a plain key segment$/);
      expect(() => blobKeyOf('u', '..')).toThrow(/^blob id is not a plain key segment$/);
    });
  });
});
