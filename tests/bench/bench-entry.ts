/** One measured figure of a benchmark, with its target and, when relevant, the baseline value. */
export type BenchEntry = {
  name: string;
  value: number;
  unit: string;
  target?: number;
  better: 'lower' | 'higher';
  baseline?: number;
};
