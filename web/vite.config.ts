import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Writes a brotli (best level) and a gzip copy beside each compressible file of the build; the
 * server sends them as they are (@fastify/static `preCompressed`) instead of compressing each
 * request. Fonts (woff2) and images are compressed already.
 */
function precompress(): Plugin {
  const compressible = /\.(?:js|css|svg|json|html|txt|map)$/;
  const brotli = promisify(brotliCompress);
  const gzipped = promisify(gzip);
  let outDir = '';
  return {
    name: 'kudos-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const files = await readdir(outDir, { recursive: true });
      await Promise.all(
        files
          .filter((file) => compressible.test(file))
          .map(async (file) => {
            const full = path.join(outDir, file);
            const data = await readFile(full);
            if (data.length < 1024) return;
            const [br, gz] = await Promise.all([
              brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
              gzipped(data, { level: 9 }),
            ]);
            await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
          }),
      );
    },
  };
}

/**
 * Preloads the typeface's Latin file from the page's head, so that it is usually there for the
 * first paint (fonts.css: font-display optional) instead of being found only when text is laid out.
 */
function preloadFont(): Plugin {
  return {
    name: 'kudos-preload-font',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const font = Object.keys(context.bundle ?? {}).find((file) =>
          /source-sans-3-latin-wght-normal-[^/]*\.woff2$/.test(file),
        );
        if (!font) throw new Error('the typeface file was not found in the build');
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `/${font}`,
            },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), preloadFont(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod in a chunk of its own, with nothing else: left alone, the bundler put its helpers
          // for CommonJS packages there too, and a page that needed a helper downloaded all of zod.
          groups: [{ name: 'zod', test: /[\\/]node_modules[\\/]zod[\\/]/ }],
        },
      },
    },
  },
  server: {
    // The app imports the shared code in common/, outside the web root.
    fs: { allow: [repoRoot] },
    // The Host header is kept, so the server sees the page's own origin on state-changing requests
    // (its CSRF check compares Origin with the host); the shorthand form would rewrite it.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
});
