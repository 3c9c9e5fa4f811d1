import { readFileSync } from "node:fs";
import { createSpecValidator } from "@qod/openapi/validator";
import { parse } from "yaml";

/** The control API's contract, to check what the sandbox answers and streams. */
export const controlContract = createSpecValidator(
  parse(readFileSync(new URL("../../openapi/sandbox-control.yaml", import.meta.url), "utf8")),
);

export interface StreamMessage {
  event: string;
  id: string;
  data: any;
}

/** Reads server-sent events from a response body, one message per `next()`. */
export function readEvents(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<StreamMessage> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(":")) continue;
          const fields = new Map(
            block.split("\n").map((line) => [line.slice(0, line.indexOf(":")), line.slice(line.indexOf(":") + 2)]),
          );
          return {
            event: fields.get("event") ?? "message",
            id: fields.get("id") ?? "",
            data: JSON.parse(fields.get("data") ?? "null"),
          };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error("the event stream ended");
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => reader.cancel(),
  };
}
