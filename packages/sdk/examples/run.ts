// Runs an example against a real provider when the file is started directly; does nothing when
// the example is imported (as the package's tests do, with a fake provider).
import { fileURLToPath } from "node:url";
import { QodClient } from "@qod/sdk";

function clientFromEnv(env: NodeJS.ProcessEnv): QodClient | undefined {
  if (env.NAC_APPLICATION_KEY) {
    return QodClient.networkAsCode({ token: env.NAC_APPLICATION_KEY, env: env.NAC_ENV === "dev" ? "dev" : "prod" });
  }
  if (!env.QOD_BASE_URL || !env.QOD_TOKEN) return undefined;
  // QOD_PROFILES_BASE_URL is the name the CLI uses too; the old QOD_PROFILES_URL still works, for now.
  if (env.QOD_PROFILES_URL && !env.QOD_PROFILES_BASE_URL)
    console.error("QOD_PROFILES_URL is deprecated: set QOD_PROFILES_BASE_URL (a root or the full base)");
  const profilesBaseUrl = env.QOD_PROFILES_BASE_URL || env.QOD_PROFILES_URL;
  return new QodClient({
    baseUrl: env.QOD_BASE_URL,
    token: env.QOD_TOKEN,
    ...(profilesBaseUrl && { profilesBaseUrl }),
  });
}

export async function runFromCommandLine(moduleUrl: string, main: (client: QodClient) => Promise<unknown>) {
  if (process.argv[1] !== fileURLToPath(moduleUrl)) return;
  const client = clientFromEnv(process.env);
  if (!client) {
    console.error(
      "Set QOD_BASE_URL (the API root, e.g. https://provider.example) and QOD_TOKEN, optionally\n" +
        "QOD_PROFILES_BASE_URL when QoS Profiles live elsewhere;\n" +
        "or NAC_APPLICATION_KEY (and NAC_ENV=dev) for Network as Code.",
    );
    process.exitCode = 2;
    return;
  }
  await main(client);
}
