/** A resolved link to the lesson section that teaches something. */
export interface ReviewTarget {
  /** Lesson id, used to spread a drawn assessment over the lessons. */
  lesson: string;
  /** URL of the lesson (and section anchor), with the base path applied. */
  href: string;
  /** Link text: the section heading, or the lesson title for a link to the lesson's start. */
  label: string;
  /** Title of the lesson the link goes to, named next to the link where the page is not that lesson. */
  lessonTitle: string;
}

/** One answer option as the island receives it. */
export interface CheckOptionData {
  id: string;
  text: string;
  correct: boolean;
  explanation: string;
  misconception?: string | undefined;
  review?: ReviewTarget | undefined;
}

/** One question as the island receives it. */
export interface CheckQuestionData {
  id: string;
  type: 'single' | 'multiple' | 'true-false';
  prompt: string;
  review?: ReviewTarget | undefined;
  options: CheckOptionData[];
}

/** Props of the KnowledgeCheck island: plain serialisable data. */
export interface KnowledgeCheckProps {
  /** Check id (file name in content/checks), the key its attempts are saved under. */
  checkId: string;
  title: string;
  /** The lesson the check sits in, if any: links to other lessons name them. */
  lesson?: string | undefined;
  kind: 'lesson' | 'assessment';
  shuffle: boolean;
  passMark: number;
  draw?: number | undefined;
  questions: CheckQuestionData[];
  /** Answer keys of earlier versions of the check, so that attempts saved against them keep their scores. */
  earlierKeys?: { id: string; correctOptionIds: string[] }[][] | undefined;
}
