export interface SpecDiffReport {
  file: string;
  status: "added" | "removed" | "unchanged" | "changed";
  breaking: string[];
  nonBreaking: string[];
  unclassified: string[];
}
export declare function diffSpecFiles(
  file: string,
  before: string | undefined,
  after: string | undefined,
): Promise<SpecDiffReport>;
export declare function formatReport(ref: string, reports: SpecDiffReport[]): string;
