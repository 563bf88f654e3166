/** Failures of the study data layer that a route answers with a status and this message. */
export class StudyError extends Error {
  override name = "StudyError";
  constructor(
    message: string,
    readonly status: 400 | 404 | 409,
  ) {
    super(message);
  }
}

export const staleReviewMessage =
  "This card changed since it was shown (another tab or a second click already graded it). Your grade was not recorded twice: reload the card and grade it again if you still want to.";
