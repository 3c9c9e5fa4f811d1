export declare const BUDGET_GZIP_BYTES: number;
export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}
/** Every file of the built dashboard with its raw and gzipped size, and the totals. */
export declare function bundleSize(dist?: string): { files: BundleFile[]; bytes: number; gzipBytes: number };
