// Starts one preview server of the production build for the whole browser
// suite and makes sure Chromium is there before any test runs.
import type { TestProject } from "vitest/node";
import { findChromium } from "./chromium";
import { startPreview, type RunningServer } from "./server";

let server: RunningServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  findChromium();
  server = await startPreview(0);
  project.provide("baseUrl", server.url);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
