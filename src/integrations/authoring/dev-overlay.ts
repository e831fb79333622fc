import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { locateField } from '../../lib/authoring/locate';
import { setContentFieldLocator } from '../../schemas/content-error';
import { onContentProblemsChange } from './content-problems';

/** What the bundler says in a warning, as far as this integration reads it. */
interface BundlerWarning {
  code?: string;
  message?: string;
  id?: string;
}

/** Rolldown's warning about the `"use astro:head-inject"` line Astro adds to every MDX module (an upstream issue). */
function isMdxDirectiveWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && /\.mdx\b/.test(`${warning.id ?? ''} ${warning.message ?? ''}`);
}

/**
 * What a course author sees when content is wrong. Under `npm run dev`, a content mistake shows in the browser's
 * error overlay with its file, field and line, on every page, until it is fixed, instead of the last valid version
 * of the page: the middleware throws the recorded problem, and open pages reload when one is found or fixed. Content
 * errors thrown while pages render point `Location:` at their field's line. In every build, the bundler's MODULE_LEVEL_DIRECTIVE warnings about lesson files are silenced: they quote each lesson's
 * generated code, which the author did not write and cannot fix, and made authors think their file was broken.
 */
export function authoringErrors(): AstroIntegration {
  return {
    name: 'srm-course:authoring-errors',
    hooks: {
      'astro:config:setup': ({ command, config, addMiddleware, updateConfig }) => {
        // A content error thrown while a page renders (a lint problem, a duplicated order) names its file and field;
        // this finds the field's line, so that `Location:` is the author's file rather than a line in node_modules.
        const root = fileURLToPath(config.root);
        setContentFieldLocator(({ file, path = [] }) => {
          const absolute = join(root, file);
          if (!existsSync(absolute)) return undefined;
          return { file: absolute, ...locateField(absolute, readFileSync(absolute, 'utf8'), path) };
        });
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: BundlerWarning, warn: (warning: BundlerWarning) => void) {
                  if (!isMdxDirectiveWarning(warning)) warn(warning);
                },
              },
            },
          },
        });
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./dev-overlay-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:server:setup': ({ server }) => {
        // Several files may be read in one go (and a changed file is forgotten, then read again): reload once after.
        let timer: ReturnType<typeof setTimeout> | undefined;
        onContentProblemsChange(() => {
          clearTimeout(timer);
          timer = setTimeout(() => server.environments.client.hot.send({ type: 'full-reload', path: '*' }), 150);
        });
      },
    },
  };
}
