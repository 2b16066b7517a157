// Public surface of @ctrl-alt-heal/agent. Every export here is a promise to keep.

// Messages
export type {
  ContentBlock,
  ConversationMessage,
  JsonValue,
  ToolResultBlock,
  ToolUseBlock,
} from './model/conversation-message';

// Ports the tools use
export type { ConversationStore } from './ports/conversation-store';
export type { PrescriptionStore } from './ports/prescription-store';
export type { ProfileStore, UserProfile } from './ports/profile-store';
