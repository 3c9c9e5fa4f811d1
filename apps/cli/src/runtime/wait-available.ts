import type { QosStatus } from "@qod/sdk";
import { CliError } from "../cli-error.js";
import type { CommandContext } from "../command-context.js";
import { ExitCode } from "../exit-codes.js";
import { startProgress } from "./spinner.js";

/** A session or an assignment: what waiting for it needs. */
interface Waitable {
  readonly id: string;
  readonly statusInfo: string | undefined;
  waitForStatus(status: QosStatus, options: { timeout: number; signal: AbortSignal }): Promise<unknown>;
}

/**
 * Waits until `item` is AVAILABLE, with a progress note. `noun` is `session` or `assignment`;
 * `getCommand` is how to check on it later.
 */
export async function waitUntilAvailable<T extends Waitable>(
  context: CommandContext,
  item: T,
  timeoutMs: number,
  noun: string,
  getCommand: string,
): Promise<T> {
  const progress = await startProgress(context.io, `waiting for ${noun} ${item.id} to become AVAILABLE`);
  try {
    await item.waitForStatus("AVAILABLE", { timeout: Math.max(1, timeoutMs), signal: context.signal });
    return item;
  } catch (error) {
    const name = (error as Error).name;
    if (name === "TimeoutError") {
      throw new CliError(
        `${noun} ${item.id} is still REQUESTED after ${Math.round(timeoutMs / 1000)}s; check it with '${getCommand}'`,
        ExitCode.server,
      );
    }
    if (name === "SessionEndedError") {
      throw new CliError(
        `${noun} ${item.id} ended before it became AVAILABLE (${item.statusInfo ?? "UNAVAILABLE"})`,
        ExitCode.unexpected,
      );
    }
    throw error;
  } finally {
    progress.stop();
  }
}
