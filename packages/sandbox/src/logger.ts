/** Where the sandbox reports what it does. Messages never contain tokens. */
export interface SandboxLogger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: SandboxLogger = { info() {}, warn() {} };

export const consoleLogger: SandboxLogger = {
  info: (message) => console.log(message),
  warn: (message) => console.warn(message),
};
