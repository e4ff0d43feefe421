package org.creditrepair.knowledge.lucene;

import java.io.IOException;
import java.util.Iterator;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.creditrepair.knowledge.DomainTerms;

/** 领域词切分：emits only the domain terms found in the text, each as its canonical form. */
final class DomainTermTokenizer extends Tokenizer {
  private final DomainTerms terms;
  private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
  private Iterator<DomainTerms.Match> matches;
  private int finalOffset;

  DomainTermTokenizer(DomainTerms terms) {
    this.terms = terms;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (matches == null) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[4096];
      int n;
      while ((n = input.read(buf)) > 0) {
        sb.append(buf, 0, n);
      }
      finalOffset = correctOffset(sb.length());
      matches = terms.find(sb).iterator();
    }
    if (!matches.hasNext()) {
      return false;
    }
    clearAttributes();
    DomainTerms.Match m = matches.next();
    termAtt.append(m.canonical());
    offsetAtt.setOffset(correctOffset(m.start()), correctOffset(m.end()));
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offsetAtt.setOffset(finalOffset, finalOffset);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    matches = null;
  }
}
