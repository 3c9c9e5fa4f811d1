/** This package's version, sent in the User-Agent. A test keeps it equal to package.json. */
export declare const SDK_VERSION = "0.1.0";
//# sourceMappingURL=version.d.ts.map
