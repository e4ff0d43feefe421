package org.creditrepair.kb.rules;

/** 失信行为严重程度：轻微、一般、严重. */
public enum Severity {
  MINOR,
  GENERAL,
  SERIOUS
}
