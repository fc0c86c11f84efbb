import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Shares the browser-test files out among CI's processes (`--shard=i/n`, scripts/test.mjs) by how
 * long each took (e2e/durations.json): the longest first, each to the process with the least so
 * far. Vitest's own sharding splits by a hash of the path, which put all three languages' page
 * checks (a third of the time) in one process.
 */
export default class DurationSequencer extends BaseSequencer {
  override async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    const { index, count } = this.ctx.config.shard ?? { index: 1, count: 1 };
    const root = this.ctx.config.root;
    const { seconds } = JSON.parse(
      readFileSync(path.join(import.meta.dirname, 'durations.json'), 'utf8'),
    ) as { seconds: Record<string, number> };
    const known = Object.values(seconds).sort((a, b) => a - b);
    const median = known[known.length >> 1] ?? 1;
    const weighed = files
      .map((spec) => {
        const name = path.relative(root, spec.moduleId).split(path.sep).join('/');
        return { spec, name, weight: seconds[name] ?? median };
      })
      // Ties by name, so that every process computes the same shares.
      .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
    const loads = Array.from({ length: count }, () => 0);
    const mine: TestSpecification[] = [];
    for (const file of weighed) {
      const least = loads.indexOf(Math.min(...loads));
      loads[least] = (loads[least] ?? 0) + file.weight;
      if (least === index - 1) mine.push(file.spec);
    }
    return mine;
  }
}
