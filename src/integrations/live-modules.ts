// The presenter's and projector's live-session code is built as entries of its own, with no import of it anywhere in
// the slides' script: a static host's presenter page then carries not one byte more (a dynamic import() would add
// Vite's preloading helper, about 1 KB, to every presenter page). The build lists the entries' files in
// `live/modules.json`; the classroom server reads it and names the module in the live pages it serves, and the slides'
// script (live-hook.ts) imports that module by its URL.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The live modules, by the page role they belong to. */
const ENTRIES = {
  presenter: fileURLToPath(new URL('../components/classroom/live/presenter-live.ts', import.meta.url)),
  projector: fileURLToPath(new URL('../components/classroom/live/projector-live.ts', import.meta.url)),
};

/** What `live/modules.json` holds: per role, its script, relative to the base path. */
export type LiveModules = Record<keyof typeof ENTRIES, { script: string }>;

function livePlugin(): Plugin {
  const refs = new Map<keyof typeof ENTRIES, string>();
  return {
    name: 'course:live-modules',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      for (const [role, id] of Object.entries(ENTRIES) as [keyof typeof ENTRIES, string][]) {
        refs.set(role, this.emitFile({ type: 'chunk', id, name: `${role}-live`, preserveSignature: 'exports-only' }));
      }
    },
    generateBundle() {
      // The modules add their own style sheet (overlays.ts, addLiveStyles): Astro links CSS only for what pages render.
      const modules = Object.fromEntries([...refs].map(([role, ref]) => [role, { script: this.getFileName(ref) }])) as LiveModules;
      this.emitFile({ type: 'asset', fileName: 'live/modules.json', source: `${JSON.stringify(modules, null, 2)}\n` });
    },
  };
}

/** Builds the live modules for `npm run classroom` (see above). */
export function liveModules(): AstroIntegration {
  return {
    name: 'course:live-modules',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [livePlugin()] } });
      },
    },
  };
}
