/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Optional same-origin path prefix of the API (empty by default). */
  readonly VITE_API_BASE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
