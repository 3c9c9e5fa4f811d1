// What the global setup provides to every test file, read with `inject(name)` from "vitest".
declare module "vitest" {
  export interface ProvidedContext {
    /** Root URL of the Prism mock of openapi/quality-on-demand.yaml; use it as the client's baseUrl. */
    qodMockUrl: string;
    /** Root URL of the Prism mock of openapi/qos-profiles.yaml; use it as the client's baseUrl. */
    profilesMockUrl: string;
    /** The run's coverage record directory, for `recordingMiddleware` (src/coverage-record.mjs). */
    contractRecordDir: string;
  }
}

export {};
