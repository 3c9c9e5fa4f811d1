// zod/mini's objects check their fields in one generic loop, whose property reads go megamorphic
// in a process that also runs fetch. zod's JIT object (the one its classic build uses) compiles
// one checker per shape with the field names written in, which takes about a third off checking
// a session, and reports the same issues. It falls back to the loop where `new Function` is not
// allowed. Everything else about these objects is zod/mini's.
import type * as z from "zod/mini";
import { never, ZodMiniType } from "zod/mini";
// Named imports only (no namespaces), so that bundlers keep just these.
import { $constructor, $ZodObjectJIT, type $ZodType } from "zod/v4/core";

type Shape = z.core.$ZodLooseShape;
/** The SDK's objects take only an error map. */
type Params = { error: (issue: { code?: string }) => string | undefined };

const JitObject: $constructor<z.ZodMiniObject> = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  ZodMiniType.init(inst, def);
  Object.defineProperty(inst, "shape", { value: def.shape });
});

function make(shape: Shape, catchall: $ZodType | undefined, params: Params | undefined) {
  return new JitObject({ type: "object", shape, ...(catchall && { catchall }), ...params });
}

/** `z.object`: unknown fields are dropped. */
export function object<T extends Shape>(shape: T, params?: Params): z.ZodMiniObject<z.core.util.Writeable<T>> {
  return make(shape, undefined, params) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>>;
}

/** `z.strictObject`: unknown fields are refused. */
export function strictObject<T extends Shape>(
  shape: T,
  params?: Params,
): z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict> {
  return make(shape, never(), params) as unknown as z.ZodMiniObject<z.core.util.Writeable<T>, z.core.$strict>;
}
