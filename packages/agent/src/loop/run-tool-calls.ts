import { z } from 'zod';

import { ToolInputInvalidError } from '../errors/agent-error';
import type {
  ConversationMessage,
  ToolResultBlock,
  ToolUseBlock,
} from '../model/conversation-message';
import type { AgentLogger } from '../ports/agent-logger';
import type { AgentTool, ToolContext, ToolOutcome } from '../tools/agent-tool';

/** The tool calls of a model message, in order. */
export function toolCallsOf(message: ConversationMessage): ToolUseBlock[] {
  return message.content.flatMap((block) => ('toolUse' in block ? [block.toolUse] : []));
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || error.name === 'TimeoutError');
}

function errorResult(toolUseId: string, text: string): ToolResultBlock {
  return { toolUseId, status: 'error', content: [{ text }] };
}

/**
 * The result for input that failed the tool's schema. The validator's words are for the
 * model only; `json.reason` lets a model word it for the patient (`tooLong` when a text
 * exceeded its limit, otherwise `invalid`).
 */
function invalidInputResult(toolUseId: string, error: ToolInputInvalidError): ToolResultBlock {
  const tooLong =
    error.cause instanceof z.ZodError && error.cause.issues.some((i) => i.code === 'too_big');
  return {
    toolUseId,
    status: 'error',
    content: [
      {
        text: `The input was not valid: ${error.issues.join('; ')}. Do not show this text to the patient; say in plain words what to send instead.`,
      },
      { json: { kind: 'invalidInput', reason: tooLong ? 'tooLong' : 'invalid' } },
    ],
  };
}

function toResultBlock(toolUseId: string, outcome: ToolOutcome): ToolResultBlock {
  return {
    toolUseId,
    status: outcome.status,
    content:
      outcome.data === undefined
        ? [{ text: outcome.summary }]
        : [{ text: outcome.summary }, { json: outcome.data }],
  };
}

async function runOne(
  call: ToolUseBlock,
  tools: readonly AgentTool[],
  context: ToolContext,
  logger: AgentLogger | undefined,
): Promise<ToolResultBlock> {
  const tool = tools.find((candidate) => candidate.spec.name === call.name);
  if (tool === undefined) {
    return errorResult(call.toolUseId, `There is no tool named ${call.name}.`);
  }
  try {
    return toResultBlock(call.toolUseId, await tool.run(call.input, context));
  } catch (error: unknown) {
    if (error instanceof ToolInputInvalidError) {
      return invalidInputResult(call.toolUseId, error);
    }
    if (!(error instanceof Error) || isAbort(error)) {
      throw error;
    }
    logger?.warn('agent tool failed', { tool: call.name, errorName: error.name });
    return errorResult(
      call.toolUseId,
      'The tool could not finish. Tell the patient it did not work this time and to try again later.',
    );
  }
}

/**
 * Runs the model's tool calls one after another and answers them in one user message, as
 * Converse requires. Invalid input, an unknown tool or a failing tool becomes an error result
 * the model can read; abort errors and non-Error throws pass through.
 */
export async function runToolCalls(
  calls: readonly ToolUseBlock[],
  tools: readonly AgentTool[],
  context: ToolContext,
  logger?: AgentLogger,
): Promise<ConversationMessage> {
  const results: ToolResultBlock[] = [];
  for (const call of calls) {
    results.push(await runOne(call, tools, context, logger));
  }
  return { role: 'user', content: results.map((toolResult) => ({ toolResult })) };
}
