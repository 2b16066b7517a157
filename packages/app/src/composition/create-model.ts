import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { BedrockConverseModel, OfflineModel, type ModelPort } from '@ctrl-alt-heal/agent';
import type { ModelConfig } from '../config/app-config';

/** The model and how to release it. */
export interface ModelHandle {
  readonly model: ModelPort;
  /** Closes the Bedrock client's sockets (no-op offline). */
  close(): void;
}

/**
 * Builds the configured model: the offline model (no network), or Bedrock Converse with a
 * client for the configured region and optional endpoint (tests point it at a fake).
 */
export function createModel(config: ModelConfig): ModelHandle {
  if (config.provider === 'offline') {
    return { model: new OfflineModel(), close: (): void => undefined };
  }
  const client = new BedrockRuntimeClient({
    region: config.region,
    ...(config.endpoint === null ? {} : { endpoint: config.endpoint }),
  });
  return {
    model: new BedrockConverseModel({ client, modelId: config.modelId }),
    close: (): void => client.destroy(),
  };
}
