/** Options every command accepts (declared once on the root command). */
export interface GlobalOptions {
  json?: boolean;
  output?: string;
  verbose?: boolean;
  context?: string;
  baseUrl?: string;
  profilesBaseUrl?: string;
  auth?: string;
  tokenFile?: string;
  timeout?: string;
  apiVersion?: string;
}
