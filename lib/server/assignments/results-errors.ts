/** Failures of the results data layer that a page, route or action answers with this status and message. */
export class ResultsError extends Error {
  override name = "ResultsError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

export const noClass = () => new ResultsError("There is no such class.", 404);
export const noAssignment = () => new ResultsError("There is no such assignment in this class.", 404);
export const noAttempt = () => new ResultsError("There is no such attempt in this class.", 404);
