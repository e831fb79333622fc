import { describe, expect, it } from 'vitest';
import { locateField, locateInYaml } from './locate';

const CHECK = `title: Check your knowledge
lesson: iaas-in-practice
shufle: true
questions:
  - id: guest-os
    type: single
    options:
      - id: customer
        text: Contoso's
        corect: true
`;

const LESSON = `---
title: IaaS in practice
order: four
objectives:
  - id: iaas-guest-os
    text: Explain.
---

## A heading
`;

describe('locateInYaml', () => {
  it('points at the key of a top-level field', () => {
    expect(locateInYaml(CHECK, ['shufle'])).toEqual({ line: 3, column: 1 });
  });

  it('follows list items and nested keys', () => {
    expect(locateInYaml(CHECK, ['questions', 0, 'options', 0, 'corect'])).toEqual({ line: 10, column: 9 });
    expect(locateInYaml(CHECK, ['questions', 0, 'type'])).toEqual({ line: 6, column: 5 });
  });

  it('points at the object that lacks a missing field, and at the start for an empty path', () => {
    expect(locateInYaml(CHECK, ['questions', 0, 'objective'])).toEqual({ line: 5, column: 5 });
    expect(locateInYaml(CHECK, [])).toEqual({ line: 1, column: 1 });
  });

  it('reads JSON too', () => {
    expect(locateInYaml('{\n  "rows": [\n    { "id": "data", "lable": "Data" }\n  ]\n}', ['rows', 0, 'lable'])).toEqual({ line: 3, column: 21 });
  });
});

describe('locateField', () => {
  it('counts the lines of an MDX file from its first line, through the frontmatter', () => {
    expect(locateField('content/lessons/iaas-in-practice.mdx', LESSON, ['order'])).toEqual({ line: 3, column: 1 });
    expect(locateField('content/lessons/iaas-in-practice.mdx', LESSON, ['objectives', 0, 'text'])).toEqual({ line: 6, column: 5 });
  });

  it('reads a YAML file as it is', () => {
    expect(locateField('content/checks/iaas-in-practice.yaml', CHECK, ['lesson'])).toEqual({ line: 2, column: 1 });
  });
});
