package org.creditrepair.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The test JVMs (surefire and failsafe) run with the no-call-home variables set. */
class NoCallHomeEnvironmentTest {
  @Test
  void should_run_tests_with_opt_out_tracking_true() {
    assertEquals("true", System.getenv("OPT_OUT_TRACKING"));
  }

  @Test
  void should_run_tests_with_djl_offline_true() {
    assertEquals("true", System.getenv("DJL_OFFLINE"));
  }

  @Test
  void should_pass_the_guard_in_the_test_environment() {
    assertTrue(NoCallHomeGuard.check(System.getenv()).isEmpty());
  }
}
