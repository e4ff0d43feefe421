package org.creditrepair.app;

import java.lang.System.Logger.Level;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.creditrepair.knowledge.KnowledgeModule;
import org.creditrepair.knowledge.KnowledgeSearch;
import org.creditrepair.knowledge.KnowledgeSettings;

/**
 * 知识库状态：opens the in-process knowledge module on a virtual thread and gives its search once it is
 * open (null before), so the servers can start at once.
 */
final class KnowledgeHolder implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(KnowledgeHolder.class.getName());

  private final AtomicReference<KnowledgeModule> module = new AtomicReference<>();
  private final CompletableFuture<KnowledgeModule> opened = new CompletableFuture<>();
  private volatile boolean closed;

  /** Starts opening; {@link #opened()} completes when it is open or failed. */
  void openInBackground(KnowledgeOpener opener, KnowledgeSettings settings) {
    Thread.ofVirtual().name("knowledge-open").start(() -> open(opener, settings));
  }

  private void open(KnowledgeOpener opener, KnowledgeSettings settings) {
    long start = System.nanoTime();
    try {
      KnowledgeModule m = opener.open(settings);
      module.set(m);
      if (closed) {
        closeModule();
      } else {
        LOG.log(
            Level.INFO,
            "知识库已就绪：{0}（{1} ms）",
            m.stats(),
            String.valueOf((System.nanoTime() - start) / 1_000_000));
      }
      opened.complete(m);
    } catch (Throwable e) {
      LOG.log(Level.ERROR, "打开知识库失败，/readyz 将保持 503", e);
      opened.completeExceptionally(e);
    }
  }

  /** The open index, or null while it is opening, after a failure or once closed. */
  KnowledgeSearch search() {
    KnowledgeModule m = module.get();
    return m == null ? null : m.search();
  }

  boolean ready() {
    return module.get() != null;
  }

  CompletableFuture<KnowledgeModule> opened() {
    return opened;
  }

  @Override
  public void close() {
    closed = true;
    closeModule();
  }

  private void closeModule() {
    KnowledgeModule m = module.getAndSet(null);
    if (m != null) {
      try {
        m.close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "关闭知识库时出错", e);
      }
    }
  }
}
