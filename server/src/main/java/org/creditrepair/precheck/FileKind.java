package org.creditrepair.precheck;

import java.util.Set;

/** 文件类型：the three formats the pre-check reads, as decided by {@link FileSniffer} from the bytes. */
public enum FileKind {
  PDF(Set.of("pdf")),
  JPEG(Set.of("jpg", "jpeg", "jpe", "jfif")),
  PNG(Set.of("png"));

  private final Set<String> extensions;

  FileKind(Set<String> extensions) {
    this.extensions = extensions;
  }

  /** True when {@code extension} (lower case, without dot) is a usual name for this kind. */
  public boolean matchesExtension(String extension) {
    return extensions.contains(extension);
  }

  public boolean isImage() {
    return this != PDF;
  }
}
