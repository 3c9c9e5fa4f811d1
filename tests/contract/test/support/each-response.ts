// One test per documented response of an operation (status × named example), via `Prefer`.
import { expect, test } from "vitest";
import type { Contract } from "./contract.js";
import { type CallResult, exampleValue, expectDocumented, prefer, responseCases } from "./responses.js";

/** A typed call of the operation under test, with extra request headers. */
export type OperationCall = (headers: Record<string, string>) => Promise<CallResult>;

/**
 * Registers a test for every documented status of `operationId` (and every named example of each):
 * Prism must answer exactly that response, and it must match the contract.
 */
export function testEveryDocumentedResponse(contract: Contract, operationId: string, call: OperationCall): void {
  test.each(responseCases(contract, operationId))("Prefer: code=$status, example=$example", async (responseCase) => {
    const result = await call(prefer(responseCase));
    expectDocumented(contract, operationId, responseCase.status, result);
    if (responseCase.example !== undefined) {
      expect(result.data ?? result.error).toEqual(exampleValue(contract, operationId, responseCase));
    }
  });
}
