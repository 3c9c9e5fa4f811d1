// What the global setup provides to every test file, read with `inject(name)` from "vitest".
import type { SpecName } from "@qod/openapi/validator";

declare module "vitest" {
  export interface ProvidedContext {
    /** Root URL of the Prism mock of each spec version, by spec name (`qod`, `qod@1.2.0-rc.3`...). */
    mockUrls: Record<SpecName, string>;
    /** Root URL of the Prism mock of QoD 1.1.0 (`mockUrls.qod`); use it as the client's baseUrl. */
    qodMockUrl: string;
    /** Root URL of the Prism mock of QoS Profiles 1.1.0 (`mockUrls.profiles`); use it as the client's baseUrl. */
    profilesMockUrl: string;
    /** The run's coverage record directory, for `recordingMiddleware` (src/coverage-record.mjs). */
    contractRecordDir: string;
  }
}
