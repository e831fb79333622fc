// Adds the LMS launch shell page, only to the LMS build (`LMS_BUILD=true`, set by scripts/build-lms.mjs), so that the
// public site stays exactly as it is.

/** Astro integration injecting `lms-launch/`. */
export function lmsShell() {
  return {
    name: 'srm-lms-shell',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        injectRoute({ pattern: '/lms-launch', entrypoint: './src/lms/LaunchShell.astro', prerender: true });
      },
    },
  };
}
