/** The reply when the patient cancels a proposal that was waiting for an answer. */
export const CANCELLED_REPLY = 'Okay, I have not saved anything.';

const CANCEL =
  /^\s*(?:cancel|stop|never\s*mind|nevermind|delete(?:\s+it)?|forget\s+(?:it|about\s+it)|no\s+thanks|abort|quit)(?:\s+(?:it|that|please))?[\s.!]*$/i;

/**
 * True when a reply means "drop what you were asking about": cancel, stop, never mind, delete,
 * forget it, no thanks (any case, with an optional "please" and trailing punctuation). Used
 * where a short reply would otherwise be read as a medicine's name.
 */
export function isCancelReply(text: string): boolean {
  return CANCEL.test(text);
}
