package org.creditrepair.knowledge.lucene;

/** 索引字段名：field names of the chunk index. */
final class IndexFields {
  static final String CHUNK_ID = "chunk_id";
  static final String DOC_ID = "doc_id";
  static final String TITLE = "title";
  static final String ARTICLE = "article";
  static final String TEXT = "text";
  static final String PATH = "path";
  static final String SOURCE = "source";
  static final String ISSUER = "issuer";
  static final String DOC_NUMBER = "doc_number";
  static final String REGION = "region";
  static final String FROM = "from";
  static final String FROM_POINT = "from_point";
  static final String TO = "to";
  static final String VECTOR = "vec";

  private IndexFields() {}
}
