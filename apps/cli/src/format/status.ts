import type { Io } from "../io.js";

type Paint = Io["colors"];

/** Session status, coloured: green when prioritised, yellow while pending, red once over. */
export function paintStatus(colors: Paint, status: string, statusInfo?: string): string {
  const text = statusInfo ? `${status} (${statusInfo})` : status;
  if (status === "AVAILABLE") return colors.green(text);
  if (status === "REQUESTED") return colors.yellow(text);
  if (status === "UNAVAILABLE") return colors.red(text);
  return text;
}

/** Profile status, coloured the same way. */
export function paintProfileStatus(colors: Paint, status: string): string {
  if (status === "ACTIVE") return colors.green(status);
  if (status === "INACTIVE") return colors.yellow(status);
  if (status === "DEPRECATED") return colors.red(status);
  return status;
}
