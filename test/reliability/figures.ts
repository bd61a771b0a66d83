// The fault-injection suite's figures (faults injected, writes confirmed, writes lost), printed per file for the report.

export class FaultFigures {
  faults = 0;
  confirmed = 0;
  lost = 0;
  crashes = 0;

  constructor(private readonly name: string) {}

  /** One line the lead can copy: grep "fault figures" in the test output. */
  print(): void {
    console.log(`[fault figures] ${this.name}: faults injected ${this.faults}, writes confirmed ${this.confirmed}, writes lost ${this.lost}, crashes ${this.crashes}`);
  }
}
