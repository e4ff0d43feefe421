package org.creditrepair.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditrepair.application.ApplicationEvents;
import org.creditrepair.application.Deadline;
import org.creditrepair.application.RepairApplication;
import org.creditrepair.application.TimelineEntry;
import org.creditrepair.plan.RepairPlan;
import org.creditrepair.reminder.ApplicationDeadlines;
import org.creditrepair.reminder.ReminderPlanner;
import org.creditrepair.reminder.ReminderService;
import org.creditrepair.shared.IsoDates;

/**
 * 申请提醒：after each write of an application, replaces its reminders (pending deadlines, sync check)
 * and, when it was just created, those from its records' diagnosis (eligibility dates, end of
 * publicity) and repair plan (step due dates), and the enterprise's 年报 window of this year and the
 * next.
 */
public final class ApplicationReminders implements ApplicationEvents {
  private final ReminderService reminders;
  private final ReminderPlanner planner;
  private final Clock clock;

  public ApplicationReminders(ReminderService reminders, ReminderPlanner planner, Clock clock) {
    this.reminders = reminders;
    this.planner = planner;
    this.clock = clock;
  }

  @Override
  public void written(RepairApplication app, RepairPlan plan) {
    List<ApplicationDeadlines.Deadline> pending = new ArrayList<>();
    for (Deadline d : app.deadlines()) {
      if (d.endedOn() == null && d.due() != null) {
        pending.add(new ApplicationDeadlines.Deadline(d.kind().name(), d.due()));
      }
    }
    List<TimelineEntry> timeline = app.timeline();
    LocalDate since =
        timeline.isEmpty()
            ? IsoDates.today(clock)
            : LocalDate.ofInstant(timeline.getLast().at(), IsoDates.CHINA);
    reminders.replaceForSource(
        app.tenant(),
        "application:" + app.id(),
        planner.forApplication(
            new ApplicationDeadlines(app.id(), app.status().name(), since, pending)));
    if (plan != null) {
      reminders.replaceForSource(
          app.tenant(), "diagnosis:" + app.id(), planner.forDiagnosis(plan.diagnosis()));
      reminders.replaceForSource(app.tenant(), "plan:" + app.id(), planner.forPlan(plan));
      int year = IsoDates.today(clock).getYear();
      for (int y = year; y <= year + 1; y++) {
        reminders.replaceForSource(app.tenant(), "annual-report:" + y, planner.annualReport(y));
      }
    }
  }
}
