// What callers pass to `device.assignQos()`: a profile, and where status changes go.
import * as z from "zod/mini";
import { sinkCredentialInputSchema, sinkInputSchema } from "./input-schemas.js";
import { knownProfileSchema, profileNameSchema, typeError } from "./leaf-schemas.js";
import { strictObject } from "./objects.js";

function assignmentSchema(profile: typeof knownProfileSchema | typeof profileNameSchema) {
  return z.pipe(
    strictObject(
      {
        profile,
        sink: z.optional(sinkInputSchema),
        sinkCredential: z.optional(sinkCredentialInputSchema),
      },
      { error: typeError("an assignment is an object: {profile, sink?, sinkCredential?}") },
    ),
    // The wire body without `device`, which the Device adds.
    z.transform((v) => ({
      qosProfile: v.profile,
      ...(v.sink !== undefined && { sink: v.sink }),
      ...(v.sinkCredential !== undefined && { sinkCredential: v.sinkCredential }),
    })),
  );
}

/** An assignment request; the profile must be in the known catalogue. Outputs the wire body. */
export const assignQosInputSchema = assignmentSchema(knownProfileSchema);

/** An assignment request with any profile name of the wire's shape (`allowUnknownProfiles`). */
export const assignQosInputSchemaAnyProfile = assignmentSchema(profileNameSchema);
