// The fault-injection suite's figures (faults injected, writes confirmed, writes lost, crashes): one line per test and one per file, for the report.
import { appendFileSync } from 'node:fs';
import { afterAll, afterEach, beforeEach } from 'vitest';

interface Counts {
  faults: number;
  confirmed: number;
  lost: number;
  crashes: number;
}

export class FaultFigures implements Counts {
  faults = 0;
  confirmed = 0;
  lost = 0;
  crashes = 0;

  constructor(private readonly name: string) {}

  snapshot(): Counts {
    return { faults: this.faults, confirmed: this.confirmed, lost: this.lost, crashes: this.crashes };
  }

  /** One line the lead can copy (grep "fault figures" in the test output); also appended as JSON to FAULT_FIGURES_FILE when set. */
  print(test?: string, since: Counts = { faults: 0, confirmed: 0, lost: 0, crashes: 0 }): void {
    const counts = { faults: this.faults - since.faults, confirmed: this.confirmed - since.confirmed, lost: this.lost - since.lost, crashes: this.crashes - since.crashes };
    const label = test ? `${this.name} › ${test}` : `${this.name} (whole file)`;
    console.log(`[fault figures] ${label}: faults injected ${counts.faults}, writes confirmed ${counts.confirmed}, writes lost ${counts.lost}, crashes ${counts.crashes}`);
    const file = process.env.FAULT_FIGURES_FILE;
    if (file) appendFileSync(file, `${JSON.stringify({ file: this.name, test: test ?? null, ...counts })}\n`);
  }
}

/** The figures of one test file: a line after each test with what it added, and the file's totals at the end. */
export function faultFigures(name: string): FaultFigures {
  const figures = new FaultFigures(name);
  let start = figures.snapshot();
  beforeEach(() => {
    start = figures.snapshot();
  });
  afterEach((context) => figures.print(context.task.name, start));
  afterAll(() => figures.print());
  return figures;
}
