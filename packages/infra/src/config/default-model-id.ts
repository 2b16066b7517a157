/** The foundation model the default inference profiles route to. */
export const DEFAULT_FOUNDATION_MODEL = 'anthropic.claude-sonnet-4-20250514-v1:0';

/** Inference profile prefix of each region family whose profiles keep data in one geography. */
export const PROFILE_GEOGRAPHY: Readonly<Record<string, string>> = {
  'us-': 'us',
  'eu-': 'eu',
  'ap-': 'apac',
};

/**
 * The geography prefix (`us`, `eu`, `apac`) of a region's inference profiles.
 *
 * @param region - A region name such as `eu-west-1`.
 * @returns The prefix, or `undefined` for a region outside those families.
 */
export function profileGeographyOf(region: string): string | undefined {
  const family = Object.keys(PROFILE_GEOGRAPHY).find((prefix) => region.startsWith(prefix));
  return family === undefined ? undefined : PROFILE_GEOGRAPHY[family];
}

/**
 * The model a deployment uses when `modelId` is not set: the inference profile of the region's
 * own geography, so requests (and the health data in them) stay in that geography; outside the
 * known families, the foundation model in the region itself.
 *
 * @param region - The stack's region.
 * @returns A model or inference profile id.
 */
export function defaultModelIdFor(region: string): string {
  const geography = profileGeographyOf(region);
  return geography === undefined
    ? DEFAULT_FOUNDATION_MODEL
    : `${geography}.${DEFAULT_FOUNDATION_MODEL}`;
}
