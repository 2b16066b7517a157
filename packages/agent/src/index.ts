// Public surface of @ctrl-alt-heal/agent. Every export here is a promise to keep.

// Messages
export type {
  ContentBlock,
  ConversationMessage,
  JsonValue,
  ToolResultBlock,
  ToolUseBlock,
} from './model/conversation-message';

// Model port and models
export type {
  ModelCallOptions,
  ModelPort,
  ModelRequest,
  ModelResponse,
  ModelStopReason,
  ModelStreamEvent,
  TokenUsage,
  ToolSpec,
} from './model/model-port';
export { BedrockConverseModel, DEFAULT_MAX_OUTPUT_TOKENS } from './model/bedrock-converse-model';
export type { BedrockConverseModelOptions } from './model/bedrock-converse-model';
export { DEFAULT_THROTTLE_RETRY_AFTER_MS } from './model/bedrock-error-translation';
export { contentToolUseId, OfflineModel } from './model/offline-model';
export type { OfflineModelOptions } from './model/offline-model';

// Texts the app may show
export { HELP_TEXT } from './model/help-text';

// Errors
export {
  AgentError,
  ContextTooLongError,
  ModelRequestRejectedError,
  ModelThrottledError,
  ModelUnavailableError,
  ToolInputInvalidError,
} from './errors/agent-error';

// The turn loop
export { runTurn, streamTurn } from './loop/run-turn';
export {
  DEFAULT_MAX_TOOL_ROUNDS,
  DEFAULT_TIME_ZONE,
  EMPTY_REPLY,
  ROUND_CAP_REPLY,
} from './loop/turn-types';
export type { AgentDeps, TurnEvent, TurnInput, TurnResult, VerifiedUser } from './loop/turn-types';
export { DEFAULT_HISTORY_MESSAGES, selectHistoryWindow } from './loop/history-window';

// Tools
export { createAgentTools } from './tools/create-agent-tools';
export { defineTool } from './tools/agent-tool';
export type { AgentTool, ToolContext, ToolDefinition, ToolOutcome } from './tools/agent-tool';
export type { ToolDeps } from './tools/tool-deps';
export { MAX_ACTION_LABEL_LENGTH } from './tools/reply-action';
export { describeSchedule } from './tools/schedule-description';
export type { ScheduleDescription, ScheduleDescriptionOptions } from './tools/schedule-description';
export { describePrescription } from './tools/prescription-description';
export type { PrescriptionDescription } from './tools/prescription-description';
export { MAX_ITEMS_PER_DOSE, MAX_MG_PER_DOSE, MAX_ML_PER_DOSE } from './tools/implausible-dose';
export type { ReplyAction } from './tools/reply-action';

// Time
export { readLocalClock } from './time/local-clock';
export type { LocalClockReading } from './time/local-clock';

// System prompt
export { buildSystemPrompt } from './prompt/system-prompt';
export type { SystemPromptOptions } from './prompt/system-prompt';

// Ports the agent uses
export type { AgentLogger } from './ports/agent-logger';
export type { ConversationStore } from './ports/conversation-store';
export type { PrescriptionStore } from './ports/prescription-store';
export type { ProfileStore, UserProfile } from './ports/profile-store';
