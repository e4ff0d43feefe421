package org.creditrepair.precheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditrepair.shared.CreditRepairException;
import org.creditrepair.shared.ErrorCode;

/**
 * 上传受理：checks a batch of uploads against the {@link IntakeLimits} and sniffs each file's type;
 * anything refused is a coded client error naming the file.
 */
public final class Intake {
  private final IntakeLimits limits;

  public Intake(IntakeLimits limits) {
    this.limits = limits;
  }

  /** An upload whose type has been decided from its content. */
  public record Accepted(int index, Upload upload, FileKind kind) {}

  /** Accepts the batch or throws the first refusal. */
  public List<Accepted> accept(List<Upload> uploads) {
    if (uploads == null || uploads.isEmpty()) {
      throw CreditRepairException.field(ErrorCode.MISSING_FIELD, "file", "请至少上传一个文件");
    }
    if (uploads.size() > limits.maxFiles()) {
      throw new CreditRepairException(
          ErrorCode.TOO_MANY_FILES,
          "一次最多上传 " + limits.maxFiles() + " 个文件",
          Map.of("limit", String.valueOf(limits.maxFiles()), "count", "" + uploads.size()));
    }
    long total = 0;
    List<Accepted> out = new ArrayList<>();
    for (int i = 0; i < uploads.size(); i++) {
      Upload u = uploads.get(i);
      total += u.bytes().length;
      if (total > limits.maxTotalBytes()) {
        throw new CreditRepairException(
            ErrorCode.PAYLOAD_TOO_LARGE,
            "上传文件合计不能超过 " + mb(limits.maxTotalBytes()) + " MB",
            Map.of("limitBytes", String.valueOf(limits.maxTotalBytes())));
      }
      out.add(new Accepted(i, u, acceptOne(u)));
    }
    return out;
  }

  /** The kind of one upload, or the refusal. */
  public FileKind acceptOne(Upload u) {
    if (u.bytes().length == 0) {
      throw error(ErrorCode.MALFORMED_FILE, u, "文件为空");
    }
    if (u.bytes().length > limits.maxFileBytes()) {
      throw new CreditRepairException(
          ErrorCode.FILE_TOO_LARGE,
          "文件“" + u.fileName() + "”超过 " + mb(limits.maxFileBytes()) + " MB",
          Map.of("file", u.fileName(), "limitBytes", String.valueOf(limits.maxFileBytes())));
    }
    FileKind kind =
        FileSniffer.sniff(u.bytes())
            .orElseThrow(
                () ->
                    error(
                        ErrorCode.UNSUPPORTED_FILE_TYPE, u, "只接受 PDF、JPG 或 PNG 文件（按文件内容判断，不看扩展名）"));
    if (kind.isImage()) {
      ImageHeaders.Dimensions d =
          ImageHeaders.read(kind, u.bytes())
              .orElseThrow(() -> error(ErrorCode.MALFORMED_FILE, u, "图片文件头损坏，无法读取尺寸"));
      checkPixels(u.fileName(), d.width(), d.height(), limits);
    }
    return kind;
  }

  /** Refuses an image or page larger than the pixel limit. */
  public static void checkPixels(String file, long width, long height, IntakeLimits limits) {
    if (width <= 0 || height <= 0 || width > 100_000 || height > 100_000) {
      throw tooLarge(file, width, height, limits);
    }
    if (width * height > limits.maxPixels()) {
      throw tooLarge(file, width, height, limits);
    }
  }

  private static CreditRepairException tooLarge(
      String file, long width, long height, IntakeLimits limits) {
    return new CreditRepairException(
        ErrorCode.IMAGE_TOO_LARGE,
        "文件“" + file + "”的图像尺寸过大（" + width + "×" + height + "），上限 " + limits.maxPixels() + " 像素",
        Map.of(
            "file",
            file,
            "width",
            "" + width,
            "height",
            "" + height,
            "limit",
            "" + limits.maxPixels()));
  }

  static CreditRepairException error(ErrorCode code, Upload u, String message) {
    return new CreditRepairException(
        code, "文件“" + u.fileName() + "”：" + message, Map.of("file", u.fileName()));
  }

  private static long mb(long bytes) {
    return bytes >> 20;
  }
}
