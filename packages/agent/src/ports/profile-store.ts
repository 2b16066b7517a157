/** What the bot keeps about a user besides prescriptions. */
export interface UserProfile {
  readonly userId: string;
  /** IANA zone; null until the patient sets one. */
  readonly timeZone: string | null;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}

/** Where user profiles live, keyed by the verified internal user id. */
export interface ProfileStore {
  get(userId: string): Promise<UserProfile | null>;
  /** Sets the zone; the caller has validated it is a real IANA name. */
  setTimeZone(userId: string, timeZone: string): Promise<void>;
}
