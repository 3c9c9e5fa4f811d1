export type SpecName = "qod" | "qod@1.2.0-rc.3" | "profiles" | "profiles@1.2.0-rc.3" | "provisioning@0.4.0-rc.1";
export type ApiName = "quality-on-demand" | "qos-profiles" | "qos-provisioning";
export interface SpecVersion {
  api: ApiName;
  version: string;
  /** Short name; `qod` and `profiles` are the stable 1.1.0 of their API. */
  name: SpecName;
  /** The version file, e.g. `openapi/quality-on-demand/1.1.0.yaml`. */
  file: URL;
}
export declare const specVersions: readonly SpecVersion[];
export declare const specFiles: Record<SpecName, URL>;
/** An OpenAPI 3.0 document as parsed JSON. */
export type OpenApiDocument = Record<string, any>;
/** The document with the shared definitions bundled in (local `$ref`s only). */
export declare function loadSpec(name: SpecName): OpenApiDocument;
export interface SpecValidator {
  /** JSON pointer like `/components/schemas/SessionInfo`. Returns [] when valid. */
  validate(pointer: string, value: unknown): string[];
}
export declare function createSpecValidator(document: OpenApiDocument): SpecValidator;
export declare function resolveRef(document: OpenApiDocument, node: unknown): any;
export declare function pointerSegment(key: string | number): string;
