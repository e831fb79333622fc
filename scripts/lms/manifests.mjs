// The three package descriptions, written by hand rather than by a packager: imsmanifest.xml for SCORM 1.2 and
// SCORM 2004 4th edition, cmi5.xml for cmi5. Each package is one SCO/AU whose launch file is the LMS shell page.
// SCORM manifests carry no mastery score and no completion threshold: the course reports status and score itself,
// and only once the final assessment is submitted (an LMS that applies a mastery score passes learners early).

/** Escapes text for XML content and attribute values. */
export function xmlEscape(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const fileList = (files, indent) => files.map((file) => `${indent}<file href="${xmlEscape(file)}"/>`).join('\n');

/** imsmanifest.xml for SCORM 1.2. */
export function scorm12Manifest({ identifier, version, title, launch, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(identifier)}" version="${xmlEscape(version)}"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xmlEscape(title)}</title>
      <item identifier="course-item" identifierref="course-sco" isvisible="true">
        <title>${xmlEscape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** imsmanifest.xml for SCORM 2004 4th edition (no sequencing rules: the LMS's defaults, one SCO). */
export function scorm2004Manifest({ identifier, version, title, launch, files }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(identifier)}" version="${xmlEscape(version)}"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="course">
    <organization identifier="course">
      <title>${xmlEscape(title)}</title>
      <item identifier="course-item" identifierref="course-sco">
        <title>${xmlEscape(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="course-sco" type="webcontent" adlcp:scormType="sco" href="${xmlEscape(launch)}">
${fileList(files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * cmi5.xml: one AU, moved on when completed (every lesson done and the assessment taken) and passed. The mastery
 * score is the final assessment's pass mark; the LMS hands it back at launch and may override it.
 */
export function cmi5CourseStructure({ courseIri, title, description, launch, masteryScore, language = 'en-US' }) {
  const text = (value) => `<langstring lang="${xmlEscape(language)}">${xmlEscape(value)}</langstring>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${xmlEscape(courseIri)}">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
  </course>
  <au id="${xmlEscape(`${courseIri}/au`)}" moveOn="CompletedAndPassed" masteryScore="${masteryScore}" launchMethod="AnyWindow">
    <title>${text(title)}</title>
    <description>${text(description)}</description>
    <url>${xmlEscape(launch)}</url>
  </au>
</courseStructure>
`;
}
