package org.creditrepair.diagnosis;

import java.time.LocalDate;
import org.creditrepair.kb.rules.RecordType;

/** 既往修复：a repair the enterprise obtained before (type and date). */
public record PriorRepair(RecordType type, LocalDate date) {}
