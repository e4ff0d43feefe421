package org.creditrepair.application;

import static org.creditrepair.application.ApplicationStatus.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.creditrepair.application.ApplicationStateMachine.Refusal;
import org.creditrepair.shared.auth.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationStateMachineTest {
  @ParameterizedTest(name = "{0} → {1} by {2}: {3}")
  @CsvSource({
    "DRAFT, SUBMITTED, ENTERPRISE, OK",
    "DRAFT, CLOSED, ENTERPRISE, OK",
    "SUBMITTED, FORMAL_REVIEW, ENTERPRISE, ROLE",
    "SUBMITTED, FORMAL_REVIEW, STATION_STAFF, OK",
    "SUBMITTED, FORMAL_REVIEW, ADMIN, OK",
    "FORMAL_REVIEW, NEEDS_SUPPLEMENT, STATION_STAFF, OK",
    "NEEDS_SUPPLEMENT, SUBMITTED, ENTERPRISE, OK",
    "FORMAL_REVIEW, SUBSTANTIVE_REVIEW, STATION_STAFF, OK",
    "SUBSTANTIVE_REVIEW, APPROVED, ENTERPRISE, ROLE",
    "SUBSTANTIVE_REVIEW, APPROVED, STATION_STAFF, OK",
    "SUBSTANTIVE_REVIEW, REJECTED, STATION_STAFF, OK",
    "APPROVED, INFORMATION_PROCESSED, STATION_STAFF, OK",
    "INFORMATION_PROCESSED, SYNCED, STATION_STAFF, OK",
    "SYNCED, CLOSED, ENTERPRISE, OK",
    "REJECTED, CLOSED, STATION_STAFF, OK",
    "DRAFT, APPROVED, ADMIN, ILLEGAL",
    "SUBMITTED, SYNCED, STATION_STAFF, ILLEGAL",
    "CLOSED, SUBMITTED, ENTERPRISE, ILLEGAL",
    "APPROVED, REJECTED, STATION_STAFF, ILLEGAL",
    "SUBSTANTIVE_REVIEW, PUBLIC_NOTICE, STATION_STAFF, NO_PUBLIC_NOTICE",
  })
  void should_allow_exactly_the_moves_of_the_procedure(
      ApplicationStatus from, ApplicationStatus to, Role role, String expected) {
    Optional<Refusal> r = ApplicationStateMachine.check(from, to, role, false);
    assertEquals(expected, r.map(Enum::name).orElse("OK"));
  }

  @Test
  @DisplayName("有公示环节的规则（丹东）才允许进入公示")
  void should_allow_public_notice_only_where_the_regime_has_one() {
    assertTrue(
        ApplicationStateMachine.check(SUBSTANTIVE_REVIEW, PUBLIC_NOTICE, Role.STATION_STAFF, true)
            .isEmpty());
    assertEquals(
        List.of(APPROVED, REJECTED),
        ApplicationStateMachine.next(SUBSTANTIVE_REVIEW, Role.STATION_STAFF, false));
  }

  @Test
  void should_let_every_case_reach_closed() {
    for (ApplicationStatus s : ApplicationStatus.values()) {
      if (s != CLOSED) {
        assertTrue(reaches(s, CLOSED, 0), s + " cannot reach CLOSED: every case must be closable");
      }
    }
    assertTrue(ApplicationStateMachine.next(CLOSED, Role.ADMIN, true).isEmpty());
  }

  private static boolean reaches(ApplicationStatus from, ApplicationStatus target, int depth) {
    if (from == target) {
      return true;
    }
    if (depth > ApplicationStatus.values().length) {
      return false;
    }
    for (ApplicationStatus next : ApplicationStateMachine.next(from, Role.ADMIN, true)) {
      if (reaches(next, target, depth + 1)) {
        return true;
      }
    }
    return false;
  }
}
