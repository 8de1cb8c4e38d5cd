// ESLint: type-checked TypeScript rules for .ts, the Astro plugin for .astro files.
import { defineConfig } from "eslint/config";
import eslintPluginAstro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

export default defineConfig(
  {
    ignores: [
      "dist/",
      ".*.builds/",
      ".astro/",
      ".bench/",
      ".tmp/",
      "node_modules/",
      "tests/**/__output__/",
    ],
  },
  {
    files: ["**/*.ts"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  ...eslintPluginAstro.configs.recommended,
);
