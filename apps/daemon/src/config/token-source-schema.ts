import * as z from "zod";

/**
 * Where a secret comes from: an environment variable, a file, a command's output, or (only
 * when the config file is readable by its owner alone) the value itself.
 */
export const tokenSourceSchema = z
  .strictObject(
    {
      env: z.string().min(1, "env names the environment variable that holds the token").optional(),
      file: z.string().min(1, "file is the path of a file holding the token").optional(),
      command: z.string().min(1, "command is a shell command that prints the token").optional(),
      value: z.string().min(1, "value must not be empty").optional(),
      generate: z.boolean("generate is true or false").optional(),
      refreshSeconds: z
        .int("refreshSeconds is a whole number of seconds")
        .min(1, "refreshSeconds is at least 1")
        .optional(),
    },
    { error: "a token source is an object: {env: NAME}, {file: PATH}, {command: CMD} or {value: TOKEN}" },
  )
  .superRefine((v, ctx) => {
    if (v.generate === true && v.file === undefined) {
      ctx.addIssue({
        code: "custom",
        path: ["generate"],
        message: "generate goes with file: {file: PATH, generate: true}",
      });
    }
    const given = (["env", "file", "command", "value"] as const).filter((k) => v[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: "custom",
        message:
          given.length === 0
            ? "give exactly one of env, file, command or value"
            : `give exactly one of env, file, command or value (got ${given.join(" and ")})`,
      });
    }
  });

/** A parsed token source. */
export type TokenSourceConfig = z.output<typeof tokenSourceSchema>;
