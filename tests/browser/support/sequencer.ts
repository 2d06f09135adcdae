// The order the browser test files start in. The three audits are the longest
// files (about 100-230 s each, every screen state through axe); by default
// Vitest starts them last, being the smallest files, so one of them ran alone
// on one core at the end. Started first, the journeys fill the other worker
// around them.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const isAudit = (file: TestSpecification): boolean => /[/\\]audit-[^/\\]*\.spec\.ts$/.test(file.moduleId);

export class AuditsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter(isAudit), ...sorted.filter((f) => !isAudit(f))];
  }
}
