// Test doubles of @ctrl-alt-heal/agent for this and sibling packages. Not for production code.

export { ScriptedModel } from './scripted-model';
export type { ScriptedStep } from './scripted-model';
export { InMemoryConversationStore } from './in-memory-conversation-store';
export { InMemoryPrescriptionStore } from './in-memory-prescription-store';
export { InMemoryProfileStore } from './in-memory-profile-store';
export { startFakeBedrock } from './fake-bedrock';
export type { FakeBedrock, FakeBedrockOptions, FakeBedrockRequest } from './fake-bedrock';
export type { FakeBedrockReply } from './fake-bedrock-wire';
export { buildPrescription } from './prescription-fixture';
export { buildToolContext } from './tool-context-fixture';
export type { ToolContextFixture } from './tool-context-fixture';
