import { errors } from "../domain/api-error.js";
import type { HeaderReader } from "./header-reader.js";

const JSON_TYPE = /^application\/json\s*(;|$)/i;

async function readBounded(request: Request, length: string | null, maxBytes: number): Promise<string> {
  if (Number(length ?? "0") > maxBytes) throw errors.invalidArgument(`body: must not be larger than ${maxBytes} bytes`);
  // With a declared length the HTTP parser delivers exactly that many bytes: read it in one go
  // (the Node adapter does so without building a web stream).
  if (length !== null) {
    try {
      return await request.text();
    } catch {
      throw errors.invalidArgument("body: could not be read");
    }
  }
  if (!request.body) return "";
  // Read in chunks so a body without a length cannot make the sandbox buffer without bound.
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      throw errors.invalidArgument("body: could not be read");
    }
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw errors.invalidArgument(`body: must not be larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** The request's JSON body (`{}` when optional and empty): a 400 when missing, not JSON, too large or not sent as application/json. */
export async function readJson(
  request: Request,
  header: HeaderReader,
  maxBytes: number,
  optional = false,
): Promise<unknown> {
  const text = await readBounded(request, header("content-length"), maxBytes);
  if (text.trim() === "") {
    if (optional) return {};
    throw errors.invalidArgument("body: is required");
  }
  const type = header("content-type");
  if (type === null || !JSON_TYPE.test(type)) throw errors.invalidArgument("Content-Type: must be application/json");
  try {
    return JSON.parse(text);
  } catch {
    throw errors.invalidArgument("body: is not valid JSON");
  }
}
