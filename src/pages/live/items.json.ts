// The course's live items for the classroom server (npm run classroom), which reads this file from the build.
// Nothing on the site fetches it; its answers are no secret (the printable answer key holds the same).
import type { APIRoute } from 'astro';
import { getLiveCourse } from '~/data/live-course';

/** GET /live/items.json, written once at build time. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await getLiveCourse()), { headers: { 'Content-Type': 'application/json' } });
