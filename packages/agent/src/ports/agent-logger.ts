/**
 * The logging the agent needs; the app's JSON logger satisfies it. The agent logs ids, counts,
 * tool names and error names only — never message text, medication names or tool input.
 */
export interface AgentLogger {
  /** Degraded but handled: a tool failed, the round cap was hit. */
  warn(msg: string, fields?: Readonly<Record<string, unknown>>): void;
}
