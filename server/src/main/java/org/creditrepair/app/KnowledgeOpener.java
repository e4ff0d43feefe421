package org.creditrepair.app;

import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSettings;

/** 打开知识库：how the server opens its knowledge module (replaceable in tests). */
@FunctionalInterface
public interface KnowledgeOpener {
  KnowledgeModule open(KnowledgeSettings settings) throws Exception;
}
