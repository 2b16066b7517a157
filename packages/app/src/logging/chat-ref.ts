import { createHmac } from 'node:crypto';

/** Hex characters kept from the digest: enough to tell chats apart in logs, too few to track. */
const CHAT_REF_LENGTH = 12;

/**
 * Returns a function mapping a Telegram chat id to a short keyed hash for log lines, so one
 * chat's lines can be followed without writing the chat id. The key should be a deployment
 * secret (the webhook secret): without it the small id space could be brute-forced.
 */
export function createChatRef(key: string): (chatId: number | string) => string {
  return (chatId) =>
    createHmac('sha256', key).update(`chat:${chatId}`).digest('hex').slice(0, CHAT_REF_LENGTH);
}
