package com.crmflow.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.testsupport.Verifies;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The checks of an uploaded agreement document: type by content, size, file name (SPEC P6.3). */
@Verifies("P6.3")
class DocumentCheckTest {

  static final long MAX = 10L * 1024 * 1024;
  static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

  static byte[] zip(String... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write("<xml/>".getBytes(StandardCharsets.US_ASCII));
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void theTypeIsReadFromTheContent() throws IOException {
    assertThat(DocumentCheck.typeOf(PDF, MAX)).isEqualTo(DocumentCheck.PDF);
    assertThat(DocumentCheck.typeOf(PNG, MAX)).isEqualTo(DocumentCheck.PNG);
    assertThat(DocumentCheck.typeOf(JPEG, MAX)).isEqualTo(DocumentCheck.JPEG);
    assertThat(DocumentCheck.typeOf(zip("[Content_Types].xml", "word/document.xml"), MAX)).isEqualTo(DocumentCheck.DOCX);
    assertThat(DocumentCheck.typeOf(zip("[Content_Types].xml", "xl/workbook.xml"), MAX)).isEqualTo(DocumentCheck.XLSX);
  }

  @Test
  void executablesWebPagesScriptsPlainZipsAndMacroDocumentsAreRefused() throws IOException {
    for (byte[] bad : new byte[][] {"MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1),
        "<!DOCTYPE html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
        " %PDF-1.4".getBytes(StandardCharsets.US_ASCII), "#!/bin/sh\nrm -rf /".getBytes(StandardCharsets.US_ASCII),
        {0x7F, 'E', 'L', 'F'}, zip("payload.exe"), zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"),
        {'P', 'K', 3, 4}}) {
      assertThatThrownBy(() -> DocumentCheck.typeOf(bad, MAX)).isInstanceOf(InvalidFieldException.class)
          .hasMessageContaining("文件类型不允许").satisfies(e -> assertThat(((InvalidFieldException) e).field())
              .isEqualTo("file"));
    }
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertThatThrownBy(() -> DocumentCheck.typeOf(new byte[0], MAX)).hasMessageContaining("文件为空");
    assertThatThrownBy(() -> DocumentCheck.typeOf(null, MAX)).hasMessageContaining("请选择要上传的文件");
    byte[] big = new byte[(int) MAX + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertThatThrownBy(() -> DocumentCheck.typeOf(big, MAX)).hasMessageContaining("文件过大")
        .hasMessageContaining("不能超过 10 MB");
    byte[] limit = new byte[(int) MAX];
    System.arraycopy(PDF, 0, limit, 0, PDF.length);
    assertThat(DocumentCheck.typeOf(limit, MAX)).as("exactly the limit").isEqualTo(DocumentCheck.PDF);
  }

  @Test
  void theFileNameLosesPathsControlAndReservedCharactersAndKeepsAFittingExtension() {
    assertThat(DocumentCheck.fileName("合作协议.pdf", DocumentCheck.PDF)).isEqualTo("合作协议.pdf");
    assertThat(DocumentCheck.fileName("../../etc/passwd.pdf", DocumentCheck.PDF)).isEqualTo("passwd.pdf");
    assertThat(DocumentCheck.fileName("C:\\Users\\lina\\签署版.PDF", DocumentCheck.PDF)).isEqualTo("签署版.pdf");
    assertThat(DocumentCheck.fileName("a\u0000b\r\n\"<x>|;.pdf", DocumentCheck.PDF)).isEqualTo("a_b____x___.pdf");
    assertThat(DocumentCheck.fileName("right\u202Efdp.exe.pdf", DocumentCheck.PDF)).isEqualTo("right_fdp.exe.pdf");
    assertThat(DocumentCheck.fileName(".htaccess", DocumentCheck.PDF)).isEqualTo("htaccess.pdf");
    assertThat(DocumentCheck.fileName(null, DocumentCheck.PNG)).isEqualTo("文件.png");
    assertThat(DocumentCheck.fileName("  扫描件  ", DocumentCheck.JPEG)).isEqualTo("扫描件.jpg");
    assertThat(DocumentCheck.fileName("photo.jpeg", DocumentCheck.JPEG)).isEqualTo("photo.jpeg");
    assertThat(DocumentCheck.fileName("长".repeat(300) + ".docx", DocumentCheck.DOCX)).hasSize(DocumentCheck.MAX_NAME)
        .endsWith("长.docx");
  }

  @Test
  void anExtensionThatClaimsAnotherTypeIsRefused() {
    assertThatThrownBy(() -> DocumentCheck.fileName("合同.pdf", DocumentCheck.PNG))
        .hasMessageContaining("文件名后缀（.pdf）与文件内容（PNG 图片）不符");
    assertThatThrownBy(() -> DocumentCheck.fileName("合同.html", DocumentCheck.PDF)).hasMessageContaining(".html");
    assertThatThrownBy(() -> DocumentCheck.fileName("合同.exe", DocumentCheck.PDF)).hasMessageContaining(".exe");
  }
}
