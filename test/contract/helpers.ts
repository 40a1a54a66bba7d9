/**
 * A vendor package's contract and mock entries, imported as a user gets them (`<package>/contract`
 * and `/mock` of its packed tarball, built JavaScript), typed to what the contract tests use.
 */
import type { ContractOptions, ContractResult } from "../../generator/contract-runtime/run.js";
import { entryUrl } from "../helpers/packed-packages.js";

export interface ContractEntry {
  runContract(options: ContractOptions): Promise<ContractResult>;
  mockCredentials(): Record<string, string>;
  contractPlan: { resources: Array<{ collection: string }> };
}

export interface JournalEntry {
  method: string;
  path: string;
  operationId: string;
  status: number;
  headers: Record<string, string>;
}

export interface RunningMock {
  url: string;
  reset(): void;
  close(): Promise<void>;
}

export interface MockEntry {
  startMock(options: { port: number; seed: number; faults?: object[]; journalSize?: number }): Promise<RunningMock>;
  mockApi: {
    basePaths: string[];
    operations: Array<{
      id: string;
      method: string;
      retry?: { safe?: boolean };
      errors?: { codes?: Record<string, { retryable?: boolean }> };
    }>;
  };
}

export async function vendorEntries(vendor: string): Promise<{ contract: ContractEntry; mock: MockEntry }> {
  const contract = (await import(/* @vite-ignore */ entryUrl(vendor, "./contract"))) as ContractEntry;
  const mock = (await import(/* @vite-ignore */ entryUrl(vendor, "./mock"))) as MockEntry;
  return { contract, mock };
}

/** The options a run against the package's own mock takes (the CLI's, without --base-url). */
export function mockRunOptions(contract: ContractEntry, baseUrl: string): ContractOptions {
  return { baseUrl, seed: 1, allowWrites: true, credentials: contract.mockCredentials(), acceptsAnyKey: true };
}

export async function journal(mock: RunningMock): Promise<JournalEntry[]> {
  const answer = await fetch(`${mock.url}/__mock/journal`);
  return ((await answer.json()) as { requests: JournalEntry[] }).requests;
}
