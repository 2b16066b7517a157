/**
 * The CPU and memory pairs Fargate accepts (Linux tasks), as documented for ECS task size:
 * for each CPU value in units, the allowed memory in MiB from `minMiB` to `maxMiB` in `stepMiB`.
 */
export const FARGATE_TASK_SIZES: readonly {
  readonly cpu: number;
  readonly minMiB: number;
  readonly maxMiB: number;
  readonly stepMiB: number;
}[] = [
  { cpu: 256, minMiB: 512, maxMiB: 2048, stepMiB: 512 },
  { cpu: 512, minMiB: 1024, maxMiB: 4096, stepMiB: 1024 },
  { cpu: 1024, minMiB: 2048, maxMiB: 8192, stepMiB: 1024 },
  { cpu: 2048, minMiB: 4096, maxMiB: 16384, stepMiB: 1024 },
  { cpu: 4096, minMiB: 8192, maxMiB: 30720, stepMiB: 1024 },
  { cpu: 8192, minMiB: 16384, maxMiB: 61440, stepMiB: 4096 },
  { cpu: 16384, minMiB: 32768, maxMiB: 122880, stepMiB: 8192 },
];

/**
 * Lists the memory sizes Fargate allows for a CPU value.
 *
 * @param cpu - CPU units (1024 = 1 vCPU).
 * @returns The allowed memory sizes in MiB, or an empty list when `cpu` is not a Fargate size.
 */
export function fargateMemoryChoices(cpu: number): number[] {
  const size = FARGATE_TASK_SIZES.find((candidate) => candidate.cpu === cpu);
  if (size === undefined) return [];
  const choices: number[] = [];
  for (let mib = size.minMiB; mib <= size.maxMiB; mib += size.stepMiB) choices.push(mib);
  return choices;
}
