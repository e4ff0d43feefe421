package org.creditrepair.shared.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.creditrepair.kb.BundledResource;
import org.creditrepair.kb.KnowledgeBundle;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * 工作日历：the official working-day calendar — Monday to Friday work, weekends rest, except the
 * statutory holidays and adjusted working weekends of the State Council's yearly notice. Years
 * without a published notice count weekends only; callers mark such dates provisional.
 */
public final class WorkingDayCalendar {
  private final TreeMap<Integer, CalendarYear> years;
  private final Map<LocalDate, String> holidays = new HashMap<>();
  private final Map<LocalDate, String> workdays = new HashMap<>();

  public WorkingDayCalendar(List<CalendarYear> years) {
    this.years = new TreeMap<>();
    for (CalendarYear y : years) {
      this.years.put(y.year(), y);
    }
    for (CalendarYear y : this.years.values()) {
      holidays.putAll(y.holidays());
      workdays.putAll(y.workdays());
    }
  }

  /**
   * The bundled years ({@code knowledge-base/calendar/}), then every {@code *.yaml} of {@code
   * extraDirs}; a year given again replaces the earlier one.
   *
   * @throws IllegalStateException naming the file when one is malformed
   */
  public static WorkingDayCalendar load(KnowledgeBundle bundle, List<Path> extraDirs) {
    Map<Integer, CalendarYear> byYear = new TreeMap<>();
    for (BundledResource r : bundle.list("calendar", ".yaml")) {
      CalendarYear y = parse(r.text(), r.path());
      byYear.put(y.year(), y);
    }
    for (Path dir : extraDirs) {
      for (Path f : yamlFiles(dir)) {
        try {
          CalendarYear y = parse(Files.readString(f, StandardCharsets.UTF_8), f.toString());
          byYear.put(y.year(), y);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read calendar file " + f, e);
        }
      }
    }
    return new WorkingDayCalendar(new ArrayList<>(byYear.values()));
  }

  private static List<Path> yamlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("calendar directory does not exist: " + dir);
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list calendar directory " + dir, e);
    }
  }

  /** Parses one year in the format of {@code knowledge-base/calendar/README.md}. */
  @SuppressWarnings("unchecked")
  public static CalendarYear parse(String yaml, String file) {
    try {
      Map<String, Object> root =
          (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
      int year = ((Number) root.get("year")).intValue();
      Map<String, Object> source = (Map<String, Object>) root.getOrDefault("source", Map.of());
      List<String> urls = new ArrayList<>();
      for (Object u : (List<Object>) source.getOrDefault("urls", List.of())) {
        urls.add(u.toString());
      }
      return new CalendarYear(
          year,
          String.valueOf(source.getOrDefault("title", "")),
          urls,
          days(root.get("holidays"), file),
          days(root.get("workdays"), file),
          file);
    } catch (RuntimeException e) {
      if (e instanceof IllegalStateException && e.getMessage().startsWith(file)) {
        throw e;
      }
      throw new IllegalStateException(file + ": malformed calendar file: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<LocalDate, String> days(Object groups, String file) {
    Map<LocalDate, String> out = new HashMap<>();
    if (groups == null) {
      return out;
    }
    for (Object g : (List<Object>) groups) {
      Map<String, Object> m = (Map<String, Object>) g;
      String name = String.valueOf(m.get("name"));
      for (Object d : (List<Object>) m.get("dates")) {
        LocalDate date = d instanceof java.util.Date u ? toLocal(u) : LocalDate.parse(d.toString());
        if (out.put(date, name) != null) {
          throw new IllegalStateException(file + ": " + date + " listed twice");
        }
      }
    }
    return out;
  }

  private static LocalDate toLocal(java.util.Date d) {
    return d.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  /** True on working days: weekdays that are not holidays, and adjusted working weekends. */
  public boolean isWorkingDay(LocalDate day) {
    if (workdays.containsKey(day)) {
      return true;
    }
    if (holidays.containsKey(day)) {
      return false;
    }
    DayOfWeek w = day.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY;
  }

  /** True on a rest day of a statutory holiday (not a plain weekend). */
  public boolean isHoliday(LocalDate day) {
    return holidays.containsKey(day);
  }

  public Optional<String> holidayName(LocalDate day) {
    return Optional.ofNullable(holidays.get(day));
  }

  /** True when the holiday notice for {@code year} is in the calendar. */
  public boolean isPublished(int year) {
    return years.containsKey(year);
  }

  /** The last year with a published notice, or 0 when there is none. */
  public int lastPublishedYear() {
    return years.isEmpty() ? 0 : years.lastKey();
  }

  public Optional<CalendarYear> year(int year) {
    return Optional.ofNullable(years.get(year));
  }

  public List<CalendarYear> years() {
    return List.copyOf(years.values());
  }
}
