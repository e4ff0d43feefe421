package org.creditrepair.application;

import static org.creditrepair.application.ApplicationStatus.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * 期限类型：which statutory deadline, the status that starts it, the DEADLINE rule events that set it,
 * and the statuses that end it.
 */
public enum DeadlineKind {
  /** 审核期限：from (re)submission until the authority decides or asks for 补正. */
  REVIEW(
      SUBMITTED,
      new String[] {"SUBMITTED", "ACCEPTED"},
      EnumSet.of(NEEDS_SUPPLEMENT, PUBLIC_NOTICE, APPROVED, REJECTED, CLOSED)),
  /** 补正期限：the applicant's time to supplement after the one-time notice. */
  SUPPLEMENT(NEEDS_SUPPLEMENT, new String[] {"SUPPLEMENT_NOTICE"}, EnumSet.of(SUBMITTED, CLOSED)),
  /** 公示期：the public notice of the proposed repair. */
  PUBLIC_NOTICE_END(
      PUBLIC_NOTICE,
      new String[] {"PUBLIC_NOTICE"},
      EnumSet.of(APPROVED, REJECTED, SUBSTANTIVE_REVIEW, CLOSED)),
  /** 同步期限：from the repair decision until the result is processed and synced. */
  SYNC(APPROVED, new String[] {"DECIDED", "REPAIRED"}, EnumSet.of(SYNCED, CLOSED));

  private final ApplicationStatus startsOn;
  private final String[] events;
  private final Set<ApplicationStatus> endsOn;

  DeadlineKind(ApplicationStatus startsOn, String[] events, Set<ApplicationStatus> endsOn) {
    this.startsOn = startsOn;
    this.events = events;
    this.endsOn = endsOn;
  }

  public ApplicationStatus startsOn() {
    return startsOn;
  }

  /** The DEADLINE rule events that set it. */
  public String[] events() {
    return events.clone();
  }

  public boolean endedBy(ApplicationStatus s) {
    return endsOn.contains(s);
  }
}
