import "@fontsource/noto-sans/latin-400.css";
import "@fontsource/noto-sans/latin-700.css";
import "@fontsource/noto-sans-thai/thai-400.css";
import "@fontsource/noto-sans-thai/thai-700.css";
import "@fontsource/noto-sans-myanmar/myanmar-400.css";
import "@fontsource/noto-sans-myanmar/myanmar-700.css";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { createClient } from "./api/client.ts";
import { initialLanguage, LanguageProvider } from "./i18n/i18n.tsx";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root");

// The client reads the language at each request, so error messages follow the switcher.
const language = { current: initialLanguage() };
const client = createClient({
  language: () => (document.documentElement.lang as typeof language.current) || language.current,
});

createRoot(root).render(
  <StrictMode>
    <LanguageProvider initial={language.current}>
      <App client={client} />
    </LanguageProvider>
  </StrictMode>,
);
