import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Each test starts from an empty document and device storage (the remembered language).
afterEach(() => {
  cleanup();
  localStorage.clear();
});
