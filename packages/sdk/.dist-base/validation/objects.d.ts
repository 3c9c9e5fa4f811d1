import type * as z from "zod/mini";

type Shape = z.core.$ZodLooseShape;
/** The SDK's objects take only an error map. */
type Params = {
  error: (issue: { code?: string }) => string | undefined;
};
/** `z.object`: unknown fields are dropped. */
export declare function object<T extends Shape>(shape: T, params?: Params): z.ZodMiniObject<z.core.util.Writeable<T>>;
/** `z.strictObject`: unknown fields are refused. */
export declare function strictObject<T extends Shape>(
  shape: T,
  params?: Params,
): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
//# sourceMappingURL=objects.d.ts.map
