package com.crmflow.agreement.domain;

import com.crmflow.platform.process.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded agreement document may be (SPEC P6.3): its type is read from its first bytes (PDF, PNG, JPEG, and
 * Word/Excel documents, which are ZIP packages of Office Open XML) — never from the client's Content-Type — the file
 * name's extension must fit that type, the size must stay within the limit, and the file name is cut down to a
 * harmless name (no path, no control or reserved characters). Nothing here opens, unpacks or runs the file.
 */
public final class DocumentCheck {

  private DocumentCheck() {}

  /** The field of the upload that a refusal names. */
  public static final String FILE = "file";
  public static final int MAX_NAME = 100;

  /** A type we accept: what it is called for staff, its media type and the file name extensions it may have. */
  public record DocumentType(String label, String mediaType, List<String> extensions) {

    String defaultExtension() {
      return extensions.get(0);
    }
  }

  public static final DocumentType PDF = new DocumentType("PDF 文件", "application/pdf", List.of("pdf"));
  public static final DocumentType PNG = new DocumentType("PNG 图片", "image/png", List.of("png"));
  public static final DocumentType JPEG = new DocumentType("JPEG 图片", "image/jpeg", List.of("jpg", "jpeg"));
  public static final DocumentType DOCX = new DocumentType("Word 文档（docx）",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"));
  public static final DocumentType XLSX = new DocumentType("Excel 表格（xlsx）",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"));

  static final String ACCEPTED = "只接受 PDF、PNG、JPEG 图片、Word（docx）和 Excel（xlsx）文件";

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
  private static final byte[] ZIP_END = {'P', 'K', 5, 6};
  /** The end-of-central-directory record is within the last 22 + 65 535 bytes of a ZIP file. */
  private static final int ZIP_END_WINDOW = 22 + 65_535;

  /**
   * The type of the content, or refused naming the field {@code file}: empty, larger than {@code maxBytes}, or none
   * of the accepted types (an executable, HTML, a macro-enabled Office file …).
   */
  public static DocumentType typeOf(byte[] content, long maxBytes) {
    if (content == null || content.length == 0) {
      throw new InvalidFieldException(FILE, "请选择要上传的文件（文件为空）");
    }
    if (content.length > maxBytes) {
      throw new InvalidFieldException(FILE, "文件过大（" + megabytes(content.length) + "）：合作协议文件不能超过 "
          + megabytes(maxBytes));
    }
    return detect(content).orElseThrow(() -> new InvalidFieldException(FILE, "文件类型不允许：" + ACCEPTED
        + "（按文件内容判断，与文件名无关）"));
  }

  /** The accepted type whose signature the content starts with; an Office package must be Word or Excel. */
  static Optional<DocumentType> detect(byte[] c) {
    if (startsWith(c, PDF_MAGIC)) {
      return Optional.of(PDF);
    }
    if (startsWith(c, PNG_MAGIC)) {
      return Optional.of(PNG);
    }
    if (startsWith(c, JPEG_MAGIC)) {
      return Optional.of(JPEG);
    }
    if (startsWith(c, ZIP_MAGIC) && hasZipEnd(c) && contains(c, "[Content_Types].xml")
        && !contains(c, "vbaProject.bin")) {
      // the part names stand uncompressed in the local headers and the central directory
      if (contains(c, "word/document.xml")) {
        return Optional.of(DOCX);
      }
      if (contains(c, "xl/workbook.xml")) {
        return Optional.of(XLSX);
      }
    }
    return Optional.empty();
  }

  /**
   * The name to store and to offer for download: the last path segment of what the client sent, normalised (NFC),
   * without control characters and without {@code \ / : * ? " < > |} or {@code ;}, at most {@link #MAX_NAME}
   * characters, not starting with a dot. Its extension must be one of the type's ({@code 合同.pdf} for a PDF); a name
   * without an extension gets the type's. Refused when the extension claims another type than the content.
   */
  public static String fileName(String original, DocumentType type) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder clean = new StringBuilder();
    name.codePoints().forEach(cp -> {
      if (Character.isISOControl(cp) || "\\/:*?\"<>|;".indexOf(cp) >= 0 || Character.getType(cp) == Character.FORMAT
          || Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.PRIVATE_USE) {
        clean.append('_');
      } else if (Character.isWhitespace(cp)) {
        clean.append(' ');
      } else {
        clean.appendCodePoint(cp);
      }
    });
    name = clean.toString().replaceAll(" {2,}", " ").strip().replaceFirst("^[.\\s]+", "");
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot).strip() : name;
    String ext = dot > 0 ? name.substring(dot + 1).strip().toLowerCase(Locale.ROOT) : "";
    if (ext.isEmpty()) {
      ext = type.defaultExtension();
    } else if (!type.extensions().contains(ext)) {
      throw new InvalidFieldException(FILE, "文件名后缀（." + ext + "）与文件内容（" + type.label() + "）不符，请检查文件");
    }
    if (base.isEmpty()) {
      base = "文件";
    }
    int room = MAX_NAME - ext.length() - 1;
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room)).strip();
    }
    return base + "." + ext;
  }

  static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0).replace(".0 MB", " MB");
  }

  private static boolean startsWith(byte[] c, byte[] magic) {
    if (c.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (c[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasZipEnd(byte[] c) {
    int from = Math.max(0, c.length - ZIP_END_WINDOW);
    return indexOf(c, ZIP_END, from) >= 0;
  }

  private static boolean contains(byte[] c, String ascii) {
    return indexOf(c, ascii.getBytes(StandardCharsets.US_ASCII), 0) >= 0;
  }

  private static int indexOf(byte[] c, byte[] what, int from) {
    outer:
    for (int i = from; i <= c.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (c[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
