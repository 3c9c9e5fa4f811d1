export declare const specFiles: { qod: URL; profiles: URL };
export type SpecName = keyof typeof specFiles;
/** An OpenAPI 3.0 document as parsed JSON. */
export type OpenApiDocument = Record<string, any>;
export declare function loadSpec(name: SpecName): OpenApiDocument;
export interface SpecValidator {
  /** JSON pointer like `/components/schemas/SessionInfo`. Returns [] when valid. */
  validate(pointer: string, value: unknown): string[];
}
export declare function createSpecValidator(document: OpenApiDocument): SpecValidator;
export declare function resolveRef(document: OpenApiDocument, node: unknown): any;
export declare function pointerSegment(key: string | number): string;
