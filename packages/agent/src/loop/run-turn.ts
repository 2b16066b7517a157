import type { ConversationMessage } from '../model/conversation-message';
import type { ModelRequest, ModelResponse, TokenUsage, ToolSpec } from '../model/model-port';
import { buildSystemPrompt } from '../prompt/system-prompt';
import type { ToolContext } from '../tools/agent-tool';
import type { ReplyAction } from '../tools/reply-action';
import { DEFAULT_HISTORY_MESSAGES } from './history-window';
import { runToolCalls, toolCallsOf } from './run-tool-calls';
import {
  addUsage,
  createToolContext,
  ensureReplyText,
  loadHistoryWindow,
  relayModelStream,
  replyTextOf,
} from './turn-steps';
import {
  type AgentDeps,
  DEFAULT_MAX_TOOL_ROUNDS,
  DEFAULT_TIME_ZONE,
  ROUND_CAP_REPLY,
  type TurnEvent,
  type TurnInput,
  type TurnResult,
} from './turn-types';

type CallMode = 'whole' | 'stream';

/** Mutable state of one turn; lives only inside one call. */
interface TurnState {
  readonly messages: ConversationMessage[];
  usage: TokenUsage;
  toolRounds: number;
}

/** Answers the model's pending tool calls with refusals, so the stored turn stays paired. */
function refuseCalls(response: ModelResponse): ConversationMessage {
  return {
    role: 'user',
    content: toolCallsOf(response.message).map((call) => ({
      toolResult: {
        toolUseId: call.toolUseId,
        status: 'error' as const,
        content: [{ text: 'Not run: the limit of tool rounds for this turn was reached.' }],
      },
    })),
  };
}

async function* callModel(
  deps: AgentDeps,
  request: ModelRequest,
  mode: CallMode,
  state: TurnState,
  signal: AbortSignal | undefined,
): AsyncGenerator<TurnEvent, ModelResponse> {
  const separator = replyTextOf(state.messages) === '' ? '' : '\n\n';
  const response =
    mode === 'stream'
      ? yield* relayModelStream(deps.model, request, separator, signal)
      : await deps.model.converse(request, { signal });
  state.usage = addUsage(state.usage, response.usage);
  return response;
}

/** Everything a turn fixes before its first model call. */
interface PreparedTurn {
  readonly history: ConversationMessage[];
  readonly system: string;
  readonly actions: ReplyAction[];
  readonly context: ToolContext;
  readonly tools: ToolSpec[];
}

async function prepareTurn(input: TurnInput, deps: AgentDeps): Promise<PreparedTurn> {
  const timeZone = input.user.timeZone ?? deps.defaultTimeZone ?? DEFAULT_TIME_ZONE;
  const history = await loadHistoryWindow(
    deps.conversations,
    input.user.userId,
    deps.historyMessages ?? DEFAULT_HISTORY_MESSAGES,
  );
  const system = buildSystemPrompt({
    now: input.now,
    timeZone,
    timeZoneIsUsers: input.user.timeZone !== null,
  });
  const actions: ReplyAction[] = [];
  const context = createToolContext(input, timeZone, actions);
  return { history, system, actions, context, tools: deps.tools.map((tool) => tool.spec) };
}

/** Ends a turn whose model still wants tools after the cap, keeping the stored turn paired. */
function endAtRoundCap(response: ModelResponse, state: TurnState, deps: AgentDeps): void {
  // A capped turn still stores an answer for every call: a dangling toolUse would make
  // Converse reject the next request built from this history.
  deps.logger?.warn('agent tool round cap reached', { toolRounds: state.toolRounds });
  state.messages.push(refuseCalls(response), {
    role: 'assistant',
    content: [{ text: ROUND_CAP_REPLY }],
  });
}

async function* turnEvents(
  input: TurnInput,
  deps: AgentDeps,
  mode: CallMode,
): AsyncGenerator<TurnEvent, void> {
  const maxToolRounds = deps.maxToolRounds ?? DEFAULT_MAX_TOOL_ROUNDS;
  if (!Number.isInteger(maxToolRounds) || maxToolRounds < 0) {
    throw new RangeError(`maxToolRounds must be a whole number >= 0, got ${maxToolRounds}`);
  }
  const turn = await prepareTurn(input, deps);
  const state: TurnState = {
    messages: [{ role: 'user', content: [{ text: input.text }] }],
    usage: { inputTokens: 0, outputTokens: 0 },
    toolRounds: 0,
  };

  for (;;) {
    input.signal?.throwIfAborted();
    const request = {
      system: turn.system,
      messages: [...turn.history, ...state.messages],
      tools: turn.tools,
    };
    const response = yield* callModel(deps, request, mode, state, input.signal);
    const calls = toolCallsOf(response.message);
    if (calls.length === 0) {
      state.messages.push(ensureReplyText(response.message));
      break;
    }
    state.messages.push(response.message);
    if (state.toolRounds >= maxToolRounds) {
      const separator = replyTextOf(state.messages) === '' ? '' : '\n\n';
      endAtRoundCap(response, state, deps);
      if (mode === 'stream') {
        yield { kind: 'textDelta', text: separator + ROUND_CAP_REPLY };
      }
      break;
    }
    state.messages.push(await runToolCalls(calls, deps.tools, turn.context, deps.logger));
    state.toolRounds += 1;
  }

  // TODO: a turn that fails before this line stores nothing, not even the patient's message,
  // so the next turn's history lacks it. Safe meanwhile: the caller tells the patient the turn
  // failed, and storing only whole turns keeps every toolUse paired with its toolResult.
  await deps.conversations.append(input.user.userId, state.messages);
  yield { kind: 'result', result: resultOf(state, turn.actions, deps) };
}

function resultOf(state: TurnState, actions: readonly ReplyAction[], deps: AgentDeps): TurnResult {
  return {
    text: replyTextOf(state.messages),
    actions,
    usage: state.usage,
    toolRounds: state.toolRounds,
    modelId: deps.model.modelId,
  };
}

/**
 * Runs one turn: loads the history window, builds the system prompt (date and time in the
 * user's zone), calls the model, runs the tools it asks for with a context built from the
 * verified user, repeats up to `maxToolRounds` tool rounds (default
 * {@link DEFAULT_MAX_TOOL_ROUNDS}), stores the turn's messages in one append, and returns the
 * reply. Nothing is stored when the turn fails.
 * @throws the model's agent errors (`ModelThrottledError`, `ContextTooLongError`, ...), the
 *   conversation store's errors, and abort errors, unchanged; RangeError when `maxToolRounds`
 *   is not a whole number of at least 0.
 */
export async function runTurn(input: TurnInput, deps: AgentDeps): Promise<TurnResult> {
  for await (const event of turnEvents(input, deps, 'whole')) {
    if (event.kind === 'result') {
      return event.result;
    }
  }
  throw new Error('turn ended without a result');
}

/**
 * Runs one turn like {@link runTurn} over the streaming model call: yields text deltas as the
 * model produces them (later rounds' text after a blank line), then exactly one `result`.
 * A delta already yielded is not taken back if the turn later fails.
 * @throws the same errors as {@link runTurn}, from the iterator.
 */
export function streamTurn(input: TurnInput, deps: AgentDeps): AsyncIterable<TurnEvent> {
  return turnEvents(input, deps, 'stream');
}
