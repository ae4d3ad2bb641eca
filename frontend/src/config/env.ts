import { z } from 'zod';

/**
 * Build-time configuration (Vite exposes only VITE_* variables to the browser).
 * The UI is served by the backend from the same origin, so the API base is empty
 * by default; set VITE_API_BASE_URL only for an unusual deployment.
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .optional()
    .default('')
    .refine((value) => value === '' || value.startsWith('/'), {
      message: 'VITE_API_BASE_URL must be empty or a same-origin path starting with "/"',
    })
    .transform((value) => value.replace(/\/+$/, '')),
});

const parsed = envSchema.safeParse(import.meta.env);
if (!parsed.success) {
  throw new Error(`Invalid frontend configuration: ${parsed.error.message}`);
}

export const env = {
  apiBaseUrl: parsed.data.VITE_API_BASE_URL,
} as const;
