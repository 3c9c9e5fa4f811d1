// Runs an example against a real provider when the file is started directly; does nothing when
// the example is imported (as the package's tests do, with a fake provider).
import { fileURLToPath } from "node:url";
import { QodClient } from "@qod/sdk";

export async function runFromCommandLine(moduleUrl: string, main: (client: QodClient) => Promise<unknown>) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const { QOD_BASE_URL, QOD_PROFILES_URL, QOD_TOKEN, QOD_AUTH } = process.env;
  if (!QOD_BASE_URL || !QOD_TOKEN) {
    console.error("Set QOD_BASE_URL (…/quality-on-demand/v1) and QOD_TOKEN; optionally QOD_PROFILES_URL, QOD_AUTH.");
    process.exitCode = 2;
    return;
  }
  const client = new QodClient({
    baseUrl: QOD_BASE_URL,
    token: QOD_TOKEN,
    ...(QOD_PROFILES_URL && { profilesBaseUrl: QOD_PROFILES_URL }),
    ...(QOD_AUTH === "rapidapi" && { auth: "rapidapi", rapidApiHost: new URL(QOD_BASE_URL).host }),
  });
  await main(client);
}
