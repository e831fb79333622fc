/** Main navigation of the site header, as site-absolute paths (the header adds the base path). */
export const SITE_LINKS: { href: string; label: string }[] = [
  { href: '/', label: 'Course' },
  { href: '/review/', label: 'Review' },
  { href: '/progress/', label: 'Your progress' },
  { href: '/glossary/', label: 'Glossary' },
  { href: '/about/', label: 'About' },
  { href: '/instructors/', label: 'For instructors' },
];
