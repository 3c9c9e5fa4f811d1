import { never, ZodMiniType } from "zod/mini";
// Named imports only (no namespaces), so that bundlers keep just these.
import { $constructor, $ZodObjectJIT } from "zod/v4/core";

const JitObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObjectJIT.init(inst, def);
  ZodMiniType.init(inst, def);
  Object.defineProperty(inst, "shape", { value: def.shape });
});
function make(shape, catchall, params) {
  return new JitObject({ type: "object", shape, ...(catchall && { catchall }), ...params });
}
/** `z.object`: unknown fields are dropped. */
export function object(shape, params) {
  return make(shape, undefined, params);
}
/** `z.strictObject`: unknown fields are refused. */
export function strictObject(shape, params) {
  return make(shape, never(), params);
}
//# sourceMappingURL=objects.js.map
