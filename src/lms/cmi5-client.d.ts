// The parts of @rusticisoftware/cmi5 (which ships no types) that the course uses.
declare module '@rusticisoftware/cmi5' {
  /** xAPI statement as the library builds it. */
  export type Statement = Record<string, unknown> & { id?: string };
  /** A cmi5 AU's side of one launch. */
  export default class Cmi5 {
    constructor(launchUrl: string);
    start(): Promise<void>;
    loadLMSLaunchData(): Promise<void>;
    loadLearnerPrefs(): Promise<void>;
    completedStatement(): Statement;
    passedStatement(score: object): Statement;
    failedStatement(score: object): Statement;
    terminatedStatement(): Statement;
    getReturnURL(): string | null;
    getLaunchMode(): string;
    getMasteryScore(): number | null;
    getAuth(): string;
    setAuth(auth: string): void;
    getEndpoint(): string;
    getActor(): object;
    getActivityId(): string;
    getRegistration(): string;
    setProgress(percent: number | null): void;
    /** Private state the library checks; set when a reloaded page carries on an already initialized session. */
    _fetchContent: object | null;
    _initialized: boolean | null;
    _isActive: boolean;
    _durationStart: number | null;
  }
}
