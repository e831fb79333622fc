// `client:start="<gate id>"`: an island that loads and hydrates only when the learner presses the Start button of its
// gate. Lessons embed their exercises this way, so a learner who only reads (or only takes the knowledge check) never
// downloads the exercise's code, the way search loads only when it is opened.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Registers the `client:start` directive (its browser side is start-directive-client.ts). */
export function startDirective(): AstroIntegration {
  return {
    name: 'course:start-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'start', entrypoint: fileURLToPath(new URL('./start-directive-client.ts', import.meta.url)) });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /** Id of the gate element: it holds the `[data-start]` button and gets `data-started` once the island is live. */
    'client:start'?: string;
  }
}
