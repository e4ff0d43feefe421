package org.creditrepair.kb;

import java.nio.charset.StandardCharsets;

/**
 * 内置知识文件：one file of the bundled knowledge base.
 *
 * @param path path below the bundle root, e.g. {@code guides/abnormal-operation.md}
 * @param bytes file content
 */
public record BundledResource(String path, byte[] bytes) {
  public BundledResource {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The content as UTF-8 text. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The file name without folders. */
  public String fileName() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
