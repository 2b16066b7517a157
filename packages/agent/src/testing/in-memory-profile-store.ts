import type { ProfileStore, UserProfile } from '../ports/profile-store';

/** A profile store in memory, honouring the same contract as the DynamoDB one. */
export class InMemoryProfileStore implements ProfileStore {
  private readonly profiles = new Map<string, UserProfile>();

  /** @param initial - Profiles to start with. */
  constructor(initial: readonly UserProfile[] = []) {
    for (const profile of initial) {
      this.profiles.set(profile.userId, profile);
    }
  }

  /** The profile, or null. */
  get(userId: string): Promise<UserProfile | null> {
    return Promise.resolve(this.profiles.get(userId) ?? null);
  }

  /** Sets the zone, creating a profile (created at the epoch) when there is none. */
  setTimeZone(userId: string, timeZone: string): Promise<void> {
    const current = this.profiles.get(userId) ?? {
      userId,
      timeZone: null,
      createdAt: new Date(0).toISOString(),
    };
    this.profiles.set(userId, { ...current, timeZone });
    return Promise.resolve();
  }
}
