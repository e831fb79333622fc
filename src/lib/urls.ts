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
