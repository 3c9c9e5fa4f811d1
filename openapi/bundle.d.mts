/** The version file as one document: shared components copied in, every `$ref` local. */
export declare function bundleSpec(fileUrl: URL): Record<string, any>;
