package org.creditrepair.precheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.creditrepair.store.Store;

/**
 * 预审记录：a short summary of each pre-check an enterprise ran (verdict, files, defects, missing
 * materials), kept as a bounded list in the store so the assistant can tell the enterprise what the
 * last check found; the files themselves are never kept.
 */
public final class PrecheckHistory {
  static final int KEPT = 20;
  static final int MAX_ISSUES = 30;

  static final ObjectMapper JSON =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  /** One defect of a summary. */
  public record Issue(String file, String code, String severity, String message, String hint) {}

  /** What one pre-check found. */
  public record Summary(
      Instant at, String verdict, List<String> files, List<Issue> issues, List<String> missing) {
    public Summary {
      files = List.copyOf(files);
      issues = List.copyOf(issues);
      missing = List.copyOf(missing);
    }
  }

  private final Store store;
  private final Clock clock;

  public PrecheckHistory(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Keeps the summary of {@code report} for {@code tenant}. */
  public void record(String tenant, PrecheckReport report) {
    List<Issue> issues = new ArrayList<>();
    for (DocumentReport d : report.documents()) {
      d.defects().forEach(x -> issues.add(issue(d.fileName(), x)));
    }
    for (CrossCheck c : report.crossChecks()) {
      c.defects().forEach(x -> issues.add(issue(null, x)));
    }
    Summary s =
        new Summary(
            clock.instant(),
            report.verdict().name(),
            report.documents().stream().map(DocumentReport::fileName).toList(),
            issues.subList(0, Math.min(issues.size(), MAX_ISSUES)),
            report.missing());
    try {
      store.push(list(tenant), JSON.writeValueAsString(s), KEPT);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The newest summary of {@code tenant}, if it ran any. */
  public Optional<Summary> latest(String tenant) {
    List<String> all = store.range(list(tenant));
    if (all.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(all.getLast(), Summary.class));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  private static Issue issue(String file, Defect d) {
    return new Issue(file, d.code(), d.severity().name(), d.message(), d.hint());
  }

  private static String list(String tenant) {
    return "precheck-" + tenant.toLowerCase(Locale.ROOT);
  }
}
