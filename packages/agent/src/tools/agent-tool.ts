import { z } from 'zod';

import { ToolInputInvalidError } from '../errors/agent-error';
import type { JsonValue } from '../model/conversation-message';
import type { ToolSpec } from '../model/model-port';
import type { ReplyAction } from './reply-action';

/**
 * What a tool knows about the turn, built by the loop from the verified turn, never from the
 * model: whose data it touches, their zone and the time.
 */
export interface ToolContext {
  /** The verified internal user id. Tool schemas never take a user id. */
  readonly userId: string;
  /** The user's IANA zone (their setting, or the agent's default when they have none). */
  readonly timeZone: string;
  /** False when the user has not set a zone, so `timeZone` is only the default. */
  readonly timeZoneIsUsers: boolean;
  /** The turn's clock reading. */
  readonly now: Date;
  /** Adds a button or similar next to the reply. */
  addAction(action: ReplyAction): void;
}

/** What a tool run gives back to the model. */
export interface ToolOutcome {
  /** `error` tells the model the tool did not do what was asked. */
  readonly status: 'success' | 'error';
  /** Plain-language summary the model (and the offline model) can pass on to the patient. */
  readonly summary: string;
  /** Structured detail for the model. */
  readonly data?: JsonValue;
}

/** A tool ready for the loop: its spec for the model and a run that validates raw input. */
export interface AgentTool {
  readonly spec: ToolSpec;
  /**
   * Validates `input` against the tool's schema and runs it.
   * @throws ToolInputInvalidError when the input does not match the schema.
   */
  run(input: JsonValue, context: ToolContext): Promise<ToolOutcome>;
}

/** How to define a tool: a strict zod object schema and a typed run function. */
export interface ToolDefinition<Schema extends z.ZodObject> {
  /** snake_case name the model calls. */
  readonly name: string;
  readonly description: string;
  /** Use `z.strictObject` so unknown keys (a model-supplied `userId`) are rejected. */
  readonly input: Schema;
  run(input: z.infer<Schema>, context: ToolContext): Promise<ToolOutcome>;
}

const jsonSchemaObject = z.record(z.string(), z.json());

function toInputSchema(schema: z.ZodObject): ToolSpec['inputSchema'] {
  // Bedrock takes the schema body only; the `$schema` dialect key is dropped.
  const entries = Object.entries(jsonSchemaObject.parse(z.toJSONSchema(schema)));
  return Object.fromEntries(entries.filter(([key]) => key !== '$schema'));
}

function describeIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length === 0 ? '(input)' : issue.path.join('.');
    return `${path}: ${issue.message}`;
  });
}

/** Turns a definition into an {@link AgentTool} whose JSON Schema comes from its zod schema. */
export function defineTool<Schema extends z.ZodObject>(
  definition: ToolDefinition<Schema>,
): AgentTool {
  return {
    spec: {
      name: definition.name,
      description: definition.description,
      inputSchema: toInputSchema(definition.input),
    },
    run: async (input, context) => {
      const parsed = definition.input.safeParse(input);
      if (!parsed.success) {
        throw new ToolInputInvalidError(definition.name, describeIssues(parsed.error), {
          cause: parsed.error,
        });
      }
      return definition.run(parsed.data, context);
    },
  };
}
