package org.creditrepair.knowledge.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.creditrepair.knowledge.DocumentRegistry;
import org.creditrepair.knowledge.Embedder;
import org.creditrepair.knowledge.IndexStats;
import org.creditrepair.knowledge.KnowledgeSearch;
import org.creditrepair.knowledge.ReferenceParser;
import org.creditrepair.knowledge.SearchHit;
import org.creditrepair.knowledge.SearchMode;
import org.creditrepair.knowledge.SearchQuery;
import org.creditrepair.knowledge.SearchResult;
import org.creditrepair.knowledge.Source;

/**
 * 混合检索：BM25 over three lexical views (SmartChinese words, CJK bigrams, domain terms) plus KNN over
 * bge-small-zh vectors, fused by reciprocal rank; explicit references ("45号令第十四条") take an exact
 * route first. Filters by as-of date (not yet in force: excluded) and region (other regions
 * excluded); repealed texts and texts for a narrower region rank after the rest.
 */
public final class LuceneKnowledgeSearch implements KnowledgeSearch, AutoCloseable {
  /** Lexical query input is capped: long pastes add little and would exceed clause limits. */
  static final int MAX_LEXICAL_CHARS = 300;

  /**
   * Fusion parameters, chosen on the evaluation set (eval/README.md): a small k lets the top of
   * each list count, and the dense list weighs more because users rarely use the texts' own words.
   */
  static final int RRF_K = 10;

  static final double LEXICAL_WEIGHT = 1.0;
  static final double DENSE_WEIGHT = 1.5;
  private static final int CANDIDATES = 60;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final QueryBuilder queries;
  private final Embedder embedder;
  private final DocumentRegistry registry;
  private final ReferenceParser references;
  private final IndexStats stats;

  LuceneKnowledgeSearch(
      Path indexDir,
      Analyzer analyzer,
      Embedder embedder,
      DocumentRegistry registry,
      IndexStats stats)
      throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.queries = new QueryBuilder(analyzer);
    this.embedder = embedder;
    this.registry = registry;
    this.references = new ReferenceParser(registry, titles(reader));
    this.stats = stats;
  }

  private static java.util.Map<String, String> titles(DirectoryReader reader) throws IOException {
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    var stored = reader.storedFields();
    for (int i = 0; i < reader.maxDoc(); i++) {
      Document d =
          stored.document(i, Set.of(IndexFields.DOC_ID, IndexFields.TITLE, IndexFields.SOURCE));
      if (Source.OFFICIAL.name().equals(d.get(IndexFields.SOURCE))) {
        titles.putIfAbsent(d.get(IndexFields.DOC_ID), d.get(IndexFields.TITLE));
      }
    }
    return titles;
  }

  @Override
  public IndexStats stats() {
    return stats;
  }

  @Override
  public SearchResult search(SearchQuery q) {
    long start = System.nanoTime();
    String regionPath = q.region() == null ? null : registry.resolveRegion(q.region());
    try {
      Query filter = filter(q.asOf(), regionPath, q.sources());
      List<Ranked> ranked = new ArrayList<>();
      ReferenceParser.Reference ref = references.parse(q.text());
      if (ref.article() != null && !ref.docIds().isEmpty()) {
        ranked.addAll(exact(ref, filter));
      }
      Query scope = filter;
      if (!ref.docIds().isEmpty() && ref.article() == null) {
        scope = and(filter, docs(ref.docIds()));
      } else if (ref.article() != null && ref.docIds().isEmpty()) {
        scope = and(filter, new TermQuery(new Term(IndexFields.ARTICLE, ref.article())));
      }
      List<Ranked> general = rank(q, scope);
      if (general.isEmpty() && scope != filter) {
        general = rank(q, filter);
      }
      ranked.addAll(general);
      List<SearchHit> hits = finish(ranked, q, regionPath);
      return new SearchResult(hits, (System.nanoTime() - start) / 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A candidate with its fused score and whether it came from the exact route. */
  private record Ranked(int doc, double score, boolean exact) {}

  private List<Ranked> exact(ReferenceParser.Reference ref, Query filter) throws IOException {
    Query q =
        and(
            filter,
            and(docs(ref.docIds()), new TermQuery(new Term(IndexFields.ARTICLE, ref.article()))));
    TopDocs top = searcher.search(q, 20);
    List<Ranked> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      out.add(new Ranked(sd.doc, 1.0, true));
    }
    out.sort(Comparator.comparingInt(Ranked::doc));
    return out;
  }

  private List<Ranked> rank(SearchQuery q, Query filter) throws IOException {
    List<TopDocs> lists = new ArrayList<>();
    if (q.mode() != SearchMode.DENSE || embedder == null) {
      Query lexical = lexical(q.text());
      if (lexical != null) {
        lists.add(searcher.search(and(filter, lexical), CANDIDATES));
      }
    }
    if (q.mode() != SearchMode.BM25 && embedder != null) {
      float[] v = embedder.embedQuery(truncate(q.text(), 500));
      lists.add(
          searcher.search(
              new KnnFloatVectorQuery(IndexFields.VECTOR, v, CANDIDATES, filter), CANDIDATES));
    }
    if (lists.isEmpty()) {
      return List.of();
    }
    if (lists.size() == 1) {
      List<Ranked> out = new ArrayList<>();
      for (ScoreDoc sd : lists.getFirst().scoreDocs) {
        out.add(new Ranked(sd.doc, sd.score, false));
      }
      return out;
    }
    return fuse(lists.get(0), lists.get(1));
  }

  /** Weighted reciprocal-rank fusion: score = Σ w / (k + rank). */
  private static List<Ranked> fuse(TopDocs lexical, TopDocs dense) {
    java.util.Map<Integer, Double> scores = new java.util.HashMap<>();
    addRanks(scores, lexical, LEXICAL_WEIGHT);
    addRanks(scores, dense, DENSE_WEIGHT);
    List<Ranked> out = new ArrayList<>();
    scores.forEach((doc, score) -> out.add(new Ranked(doc, score, false)));
    out.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::doc));
    return out;
  }

  private static void addRanks(java.util.Map<Integer, Double> scores, TopDocs top, double weight) {
    for (int i = 0; i < top.scoreDocs.length; i++) {
      scores.merge(top.scoreDocs[i].doc, weight / (RRF_K + i + 1), Double::sum);
    }
  }

  private Query lexical(String text) {
    String t = truncate(text, MAX_LEXICAL_CHARS);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    boolean any = false;
    any |= addField(b, Analyzers.SMART, t, 1.0f);
    any |= addField(b, Analyzers.BIGRAM, t, 1.0f);
    any |= addField(b, Analyzers.TERMS, t, 2.0f);
    any |= addField(b, Analyzers.TITLE, t, 0.3f);
    return any ? b.build() : null;
  }

  private boolean addField(BooleanQuery.Builder b, String field, String text, float boost) {
    Query q = queries.createBooleanQuery(field, text, Occur.SHOULD);
    if (q == null) {
      return false;
    }
    b.add(new BoostQuery(q, boost), Occur.SHOULD);
    return true;
  }

  private static Query filter(LocalDate asOf, String regionPath, Set<Source> sources) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new MatchAllDocsQuery(), Occur.MUST);
    if (!sources.isEmpty()) {
      b.add(
          new TermInSetQuery(
              IndexFields.SOURCE, sources.stream().map(s -> new BytesRef(s.name())).toList()),
          Occur.FILTER);
    }
    b.add(
        LongPoint.newRangeQuery(IndexFields.FROM_POINT, Long.MIN_VALUE, asOf.toEpochDay()),
        Occur.FILTER);
    if (regionPath != null) {
      Set<BytesRef> applicable = new HashSet<>();
      applicable.add(new BytesRef(""));
      String[] parts = regionPath.split("/");
      StringBuilder prefix = new StringBuilder();
      for (String p : parts) {
        prefix.append(prefix.isEmpty() ? "" : "/").append(p);
        applicable.add(new BytesRef(prefix.toString()));
      }
      BooleanQuery.Builder region = new BooleanQuery.Builder();
      region.add(new TermInSetQuery(IndexFields.REGION, applicable), Occur.SHOULD);
      region.add(new PrefixQuery(new Term(IndexFields.REGION, regionPath + "/")), Occur.SHOULD);
      b.add(region.build(), Occur.FILTER);
    }
    return b.build();
  }

  private static Query docs(List<String> docIds) {
    return new TermInSetQuery(IndexFields.DOC_ID, docIds.stream().map(BytesRef::new).toList());
  }

  private static Query and(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.FILTER).add(b, Occur.MUST).build();
  }

  /** Dedupes, orders in force before repealed and applicable before narrower regions, cuts topK. */
  private List<SearchHit> finish(List<Ranked> ranked, SearchQuery q, String regionPath)
      throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    List<Integer> tiers = new ArrayList<>();
    for (Ranked r : ranked) {
      if (!seen.add(r.doc())) {
        continue;
      }
      SearchHit h = hit(searcher.storedFields().document(r.doc()), r);
      hits.add(h);
      tiers.add(tier(h, q.asOf(), regionPath));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < hits.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(tiers::get));
    return order.stream().limit(q.topK()).map(hits::get).toList();
  }

  /**
   * Order of presentation: exact references (in force, then repealed), then ranked hits that apply,
   * then hits for a narrower region than asked, then repealed texts.
   */
  private static int tier(SearchHit h, LocalDate asOf, String regionPath) {
    boolean repealed = h.effectiveTo() != null && asOf.isAfter(h.effectiveTo());
    if (h.exact()) {
      return repealed ? 1 : 0;
    }
    if (repealed) {
      return 4;
    }
    boolean narrower =
        regionPath != null && !h.region().isEmpty() && h.region().startsWith(regionPath + "/");
    return narrower ? 3 : 2;
  }

  private static SearchHit hit(Document d, Ranked r) {
    String from = d.get(IndexFields.FROM);
    String to = d.get(IndexFields.TO);
    return new SearchHit(
        d.get(IndexFields.CHUNK_ID),
        d.get(IndexFields.DOC_ID),
        d.get(IndexFields.TITLE),
        d.get(IndexFields.ARTICLE),
        d.get(IndexFields.TEXT),
        r.score(),
        Source.valueOf(d.get(IndexFields.SOURCE)),
        d.get(IndexFields.ISSUER),
        d.get(IndexFields.DOC_NUMBER),
        d.get(IndexFields.REGION),
        from == null || from.isEmpty() ? null : LocalDate.parse(from),
        to == null || to.isEmpty() ? null : LocalDate.parse(to),
        d.get(IndexFields.PATH),
        r.exact());
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
