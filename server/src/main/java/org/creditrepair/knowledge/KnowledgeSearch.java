package org.creditrepair.knowledge;

/** 知识检索：blocking, thread-safe search over the open index; call it off the event loop. */
public interface KnowledgeSearch {
  SearchResult search(SearchQuery query);

  IndexStats stats();
}
