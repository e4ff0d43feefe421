package org.creditrepair.knowledge.lucene;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.creditrepair.knowledge.DomainTerms;

/**
 * 分析器：the three lexical views of a chunk — SmartChinese words, CJK bigrams, and the domain
 * dictionary with synonyms folded to canonical terms.
 */
final class Analyzers {
  static final String SMART = "smart";
  static final String BIGRAM = "bigram";
  static final String TERMS = "terms";
  static final String TITLE = "title_bigram";

  private Analyzers() {}

  /** The per-field analyzer used for indexing and querying. */
  static Analyzer perField(DomainTerms terms) {
    Analyzer bigram = bigram();
    return new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(),
        Map.of(
            SMART,
            new SmartChineseAnalyzer(true),
            BIGRAM,
            bigram,
            TITLE,
            bigram,
            TERMS,
            domain(terms)));
  }

  static Analyzer bigram() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new CJKWidthFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new CJKBigramFilter(ts);
        return new TokenStreamComponents(source, ts);
      }
    };
  }

  static Analyzer domain(DomainTerms terms) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new DomainTermTokenizer(terms));
      }
    };
  }
}
