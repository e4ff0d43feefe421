package org.creditrepair.knowledge;

import java.time.Instant;

/** 索引统计：what the open index holds. */
public record IndexStats(
    int documents,
    int officialDocuments,
    int guideDocuments,
    int chunks,
    String contentHash,
    Instant builtAt,
    boolean rebuilt,
    long buildMillis) {}
