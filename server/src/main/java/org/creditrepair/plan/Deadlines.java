package org.creditrepair.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.creditrepair.diagnosis.DateRules;
import org.creditrepair.kb.rules.Rule;
import org.creditrepair.kb.rules.RuleBook;

/**
 * 法定期限：the deadline the DEADLINE rules among a finding's rules set for an event (review 10 working
 * days, supplement 5, sync 3, 征信 answer 20 days), on the working-day calendar; where several apply
 * (national and local) the latest counts, and each is cited.
 */
public final class Deadlines {
  private final RuleBook rules;
  private final DateRules dates;

  public Deadlines(RuleBook rules, DateRules dates) {
    this.rules = rules;
    this.dates = dates;
  }

  /**
   * A computed deadline.
   *
   * @param date the last day, or null when no rule for the events applies
   * @param notes the citing message of each rule (with its date, and "未核实" where unverified) and
   *     calendar notes
   * @param ruleIds the DEADLINE rules applied
   * @param verified true when every rule applied rests on an official text in the corpus
   */
  public record Due(LocalDate date, List<String> notes, List<String> ruleIds, boolean verified) {
    public Due {
      notes = List.copyOf(notes);
      ruleIds = List.copyOf(ruleIds);
    }
  }

  /**
   * The deadline counted from {@code start} by the rules among {@code ruleIds} for {@code events}.
   */
  public Due due(Collection<String> ruleIds, LocalDate start, String... events) {
    LocalDate latest = null;
    List<String> notes = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    boolean verified = true;
    List<String> wanted = List.of(events);
    for (String id : ruleIds) {
      if (rules.byId(id).orElse(null) instanceof Rule.Deadline d && wanted.contains(d.event())) {
        DateRules.Dated end =
            d.workingDays() > 0
                ? dates.addWorkingDays(start, d.workingDays())
                : dates.calendarDaysDeadline(start, d.days());
        if (latest == null || end.date().isAfter(latest)) {
          latest = end.date();
        }
        applied.add(id);
        verified &= d.meta().verified();
        notes.add(
            d.message()
                + "（"
                + end.date()
                + (d.meta().verified() ? "" : "；依据未核实：" + id + "，以认定部门告知为准")
                + "）");
        if (end.note() != null && !notes.contains(end.note())) {
          notes.add(end.note());
        }
      }
    }
    return new Due(latest, notes, applied, verified && !applied.isEmpty());
  }
}
