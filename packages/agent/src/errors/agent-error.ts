/**
 * The agent's error family. Callers tell failures apart by subclass, never by message text.
 * Messages carry no health data and no message text.
 */

/** Base of every error the agent package throws on purpose. */
export class AgentError extends Error {
  /**
   * @param message - What failed, without health data or message text.
   * @param options - `cause` keeps the underlying error for the log's cause chain.
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The model service refused the call for now; try again after `retryAfterMs`. */
export class ModelThrottledError extends AgentError {
  /** Milliseconds to wait before retrying (the service's hint, or a default when it gave none). */
  readonly retryAfterMs: number;

  /**
   * @param retryAfterMs - Milliseconds to wait before retrying.
   * @param options - `cause` keeps the vendor error.
   */
  constructor(retryAfterMs: number, options?: { cause?: unknown }) {
    super(`the model is throttled; retry after ${retryAfterMs} ms`, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** The conversation sent to the model is longer than its context window. */
export class ContextTooLongError extends AgentError {
  /** @param options - `cause` keeps the vendor error. */
  constructor(options?: { cause?: unknown }) {
    super('the conversation is too long for the model', options);
  }
}

/** The model service cannot be reached or failed on its side; the turn can be retried later. */
export class ModelUnavailableError extends AgentError {
  /** @param options - `cause` keeps the vendor or network error. */
  constructor(options?: { cause?: unknown }) {
    super('the model is unavailable', options);
  }
}

/** The model service rejected the request as malformed (a bug on our side, not the patient's). */
export class ModelRequestRejectedError extends AgentError {
  /** @param options - `cause` keeps the vendor error. */
  constructor(options?: { cause?: unknown }) {
    super('the model rejected the request', options);
  }
}

/** A tool's input did not match its schema. The loop turns it into an error tool result. */
export class ToolInputInvalidError extends AgentError {
  /** Name of the tool whose input was invalid. */
  readonly toolName: string;
  /** One line per problem, as `path: message` (no input values). */
  readonly issues: readonly string[];

  /**
   * @param toolName - The tool the model called.
   * @param issues - One line per problem, as `path: message`.
   * @param options - `cause` keeps the validation error.
   */
  constructor(toolName: string, issues: readonly string[], options?: { cause?: unknown }) {
    super(`invalid input for tool ${toolName}: ${issues.join('; ')}`, options);
    this.toolName = toolName;
    this.issues = issues;
  }
}
