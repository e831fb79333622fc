/** Prefixes a site-absolute path such as `/lessons/x/` with the configured base path. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const suffix = path.startsWith('/') ? path : `/${path}`;
  return `${prefix}${suffix}`;
}

/** URL of a lesson page, optionally at one of its sections. */
export function lessonUrl(lessonId: string, sectionId?: string, base?: string): string {
  return withBase(`/lessons/${lessonId}/${sectionId ? `#${sectionId}` : ''}`, base);
}

/**
 * The authored file behind a page that renders a lesson's MDX (the lesson, its slides or its notes), for build errors
 * that must name the file to fix; other pages are named by their path.
 */
export function sourceOfPage(pathname: string): string {
  const lessonId = /\/(?:lessons|present|instructors\/notes)\/([a-z0-9-]+)\//.exec(pathname)?.[1];
  return lessonId ? `content/lessons/${lessonId}.mdx` : `the page ${pathname}`;
}
