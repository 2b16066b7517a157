import { fargateMemoryChoices } from './fargate-task-sizes';

describe('fargateMemoryChoices', () => {
  describe('when the CPU is a Fargate size', () => {
    it('lists its memory sizes in MiB', () => {
      expect(fargateMemoryChoices(256)).toEqual([512, 1024, 1536, 2048]);
      expect(fargateMemoryChoices(1024)).toEqual([2048, 3072, 4096, 5120, 6144, 7168, 8192]);
    });
  });

  describe('when the CPU is not a Fargate size', () => {
    it('returns an empty list', () => {
      expect(fargateMemoryChoices(1000)).toEqual([]);
    });
  });
});
