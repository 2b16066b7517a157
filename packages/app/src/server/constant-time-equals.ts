import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Compares a presented secret with the expected one in constant time. Both are hashed first so
 * the buffers have equal length (`timingSafeEqual` requires it) and neither the content nor the
 * length of the expected secret leaks through timing.
 */
export function constantTimeEquals(presented: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(presented), digest(expected));
}
