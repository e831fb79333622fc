// How the course introduces itself to an LMS (manifest titles, the cmi5 course id).

/** Course title shown in the LMS's course list. */
export const COURSE_TITLE = 'Cloud Security: Who Secures What';

/** One-sentence description for the LMS. */
export const COURSE_DESCRIPTION =
  "An interactive course on cloud security's shared responsibility model: who secures what under on-premises, IaaS, PaaS and SaaS.";

/** The course's permanent IRI (cmi5 course id; the AU is this plus `/au`). Never change it: LMSs key records by it. */
export const COURSE_IRI = 'https://w3id.org/srm-course/shared-responsibility-model';
