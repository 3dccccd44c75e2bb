// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { remarkComponentSource } from './src/lib/remark-component-source.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  outDir: process.env.HELPCENTER_OUT ?? 'dist',
  build: { format: 'directory' },
  server: { port: 4321, host: true },
  devToolbar: { enabled: false },
  markdown: {
    syntaxHighlight: false,
    processor: unified({ remarkPlugins: [remarkComponentSource] }),
  },
  integrations: [mdx()],
  vite: { plugins: [tailwindcss()] },
});
