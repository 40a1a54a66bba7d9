/** Vitest global setup: packs the vendor packages once for every test file (packed-packages.ts). */
import { packVendorPackages } from "./packed-packages.js";

export default function setup(): void {
  packVendorPackages();
}
