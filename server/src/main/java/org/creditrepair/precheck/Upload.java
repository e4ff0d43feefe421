package org.creditrepair.precheck;

import java.util.Objects;

/** 上传文件：one uploaded file as received (name as the client gave it, raw bytes). */
public record Upload(String fileName, byte[] bytes) {
  public Upload {
    fileName = fileName == null || fileName.isBlank() ? "unnamed" : fileName.strip();
    Objects.requireNonNull(bytes, "bytes");
  }

  /** The lower-case extension of the file name without the dot, or "". */
  public String extension() {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
