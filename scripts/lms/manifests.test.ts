import { describe, expect, it } from 'vitest';
import { cmi5CourseStructure, scorm12Manifest, scorm2004Manifest, xmlEscape } from './manifests.mjs';

const options = { identifier: 'srm', version: '1.0.0', title: 'Who "secures" <what> & why', launch: 'lms-launch/index.html', files: ['index.html', 'lms-launch/index.html'] };

describe('manifests', () => {
  it('escape text for XML', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('SCORM 1.2: one SCO launching the shell, every file listed, no mastery score', () => {
    const xml = scorm12Manifest(options);
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('adlcp:scormtype="sco" href="lms-launch/index.html"');
    expect(xml).toContain('<title>Who &quot;secures&quot; &lt;what&gt; &amp; why</title>');
    expect(xml.match(/<file href=/g)).toHaveLength(2);
    expect(xml).not.toMatch(/masteryscore/i);
  });

  it('SCORM 2004 4th edition: one SCO, no completion threshold and no sequencing objectives', () => {
    const xml = scorm2004Manifest(options);
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml).not.toMatch(/completionThreshold|minNormalizedMeasure|satisfiedByMeasure/);
  });

  it('cmi5: one AU that moves on when completed and passed, with the mastery score', () => {
    const xml = cmi5CourseStructure({ courseIri: 'https://w3id.org/x', title: 'T', description: 'D', launch: 'lms-launch/index.html', masteryScore: 0.8 });
    expect(xml).toContain('<au id="https://w3id.org/x/au" moveOn="CompletedAndPassed" masteryScore="0.8" launchMethod="AnyWindow">');
    expect(xml).toContain('<url>lms-launch/index.html</url>');
  });
});
