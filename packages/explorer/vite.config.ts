import { defineConfig } from 'vite';

// Built aside into builds/next, then published as dist/ (scripts/publish-build.ts), which the API
// serves at /explorer/. In `pnpm dev`, /graphql goes to a running API.
export default defineConfig({
  base: '/explorer/',
  build: { outDir: 'builds/next', emptyOutDir: true },
  server: { proxy: { '/graphql': process.env.DIPLOGRAPH_API ?? 'http://127.0.0.1:4000' } },
});
