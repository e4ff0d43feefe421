package org.creditrepair.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * 存储契约测试：the one contract every {@link Store} adapter passes (documents, logs and lists, scheduled
 * queue); a subclass per adapter supplies fresh backing storage per test and opens instances over
 * it.
 */
public abstract class StoreContract
    implements StoreFixture, DocumentContract, LogAndListContract, QueueContract {
  private final MutableClock clock = new MutableClock(START);
  private final List<Store> opened = new ArrayList<>();
  private Store store;

  /** Empties the backing storage (or provides a new one) before each test. */
  protected abstract void resetBackend() throws Exception;

  /** Opens a new adapter instance (own connection) over this test's backing storage. */
  protected abstract Store openInstance(Clock clock) throws Exception;

  @BeforeEach
  void openFirstInstance() throws Exception {
    resetBackend();
    store = another();
  }

  @AfterEach
  void closeInstances() {
    for (int i = opened.size() - 1; i >= 0; i--) {
      opened.get(i).close();
    }
    opened.clear();
  }

  @Override
  public Store store() {
    return store;
  }

  @Override
  public Store another() throws Exception {
    Store s = openInstance(clock);
    opened.add(s);
    return s;
  }

  @Override
  public MutableClock clock() {
    return clock;
  }
}
