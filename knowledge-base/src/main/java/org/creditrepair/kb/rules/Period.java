package org.creditrepair.kb.rules;

import java.util.Objects;

/** 期间：a length in years, months or days, counted from an event. */
public record Period(int years, int months, int days, PeriodStart from) {
  public Period {
    Objects.requireNonNull(from, "from");
    if (years < 0 || months < 0 || days < 0 || years + months + days == 0) {
      throw new IllegalArgumentException("a period needs a positive length");
    }
    if ((years > 0 ? 1 : 0) + (months > 0 ? 1 : 0) + (days > 0 ? 1 : 0) > 1) {
      throw new IllegalArgumentException("a period has one unit: years, months or days");
    }
  }

  /** "3个月", "1年", "15日". */
  public String label() {
    return years > 0 ? years + "年" : months > 0 ? months + "个月" : days + "日";
  }

  /** Total months for comparing periods (days count as a fraction). */
  public double approxMonths() {
    return years * 12.0 + months + days / 30.0;
  }
}
