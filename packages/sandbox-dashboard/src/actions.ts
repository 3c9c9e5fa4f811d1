import { failureMessage } from "./api.js";
import { announce } from "./store.js";

/**
 * Runs one control API call and announces how it went. Calls resolve with openapi-fetch's
 * `{ error, response }`; the change itself reaches the page through the event stream.
 */
export async function act(
  done: string,
  call: () => Promise<{ error?: unknown; response: Response }>,
): Promise<boolean> {
  try {
    const { error, response } = await call();
    if (response.ok) {
      announce(done);
      return true;
    }
    announce(`Failed: ${failureMessage(error, response)}`, true);
  } catch (error) {
    announce(`Failed: ${(error as Error).message}`, true);
  }
  return false;
}
