package com.crmflow.agreement.api;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDocument;
import com.crmflow.agreement.domain.AgreementDocuments;
import com.crmflow.agreement.domain.AgreementDocuments.Download;
import com.crmflow.agreement.domain.AgreementDocuments.Upload;
import com.crmflow.agreement.process.AgreementContext;
import com.crmflow.agreement.process.AgreementStarts;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The documents of an agreement version (SPEC P6.3, P6.5): drafts (草稿), attachments (附件) and the signed copy
 * (签署版). Listed and downloaded by whoever may see the agreement ({@link AgreementVisibility}); uploaded by its
 * drafter or legal (who also record the signing) while the agreement is not yet in force — the signed copy once legal
 * approved it ({@link AgreementDocuments} has the rules). A download is always an attachment with the type found in
 * its content and {@code nosniff}: a browser never renders or runs it.
 */
@RestController
@RequestMapping("/api/agreements/{number}/documents")
public class AgreementDocumentController {

  /** The kinds as the API takes them: the codes, and the Chinese names staff use. */
  static final Map<String, String> KINDS = Map.of("draft", AgreementDocuments.KIND_DRAFT, "草稿",
      AgreementDocuments.KIND_DRAFT, "attachment", AgreementDocuments.KIND_ATTACHMENT, "附件",
      AgreementDocuments.KIND_ATTACHMENT, "signed", AgreementDocuments.KIND_SIGNED, "签署版",
      AgreementDocuments.KIND_SIGNED);

  private final AgreementDocuments documents;
  private final AgreementVisibility visibility;
  private final AgreementStarts starts;
  private final CurrentUser currentUser;
  private final AgreementContext context;

  public AgreementDocumentController(AgreementDocuments documents, AgreementVisibility visibility,
      AgreementStarts starts, CurrentUser currentUser, AgreementContext context) {
    this.context = context;
    this.documents = documents;
    this.visibility = visibility;
    this.starts = starts;
    this.currentUser = currentUser;
  }

  public record DocumentView(String id, String kind, String kindLabel, String fileName, String contentType,
      long size, String sha256, String uploadedBy, Instant uploadedAt, String href) {}

  /** Uploads one file ({@code multipart/form-data}: {@code kind} = draft/attachment/signed or 草稿/附件/签署版, {@code file}). */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<DocumentView> upload(@PathVariable String number, @RequestParam(required = false) String kind,
      @RequestPart("file") MultipartFile file) {
    Agreement a = visibility.visible(number);
    starts.requireDrafterOrLegal(a, currentUser.id(), "只有协议起草人和法务部门可以上传合作协议文件");
    String code = kind == null ? null : KINDS.get(kind.trim());
    if (code == null) {
      throw new InvalidFieldException("kind", "请选择文件类别：草稿（draft）、附件（attachment）或签署版（signed）");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AgreementDocument d = documents.upload(a.getId(), new Upload(code, file.getOriginalFilename(), content),
        currentUser.id());
    context.refresh(a);
    DocumentView view = view(a, d);
    return ResponseEntity.created(URI.create(view.href())).body(view);
  }

  @GetMapping
  @Transactional(readOnly = true)
  public List<DocumentView> list(@PathVariable String number) {
    Agreement a = visibility.visible(number);
    return documents.of(a.getId()).stream().map(d -> view(a, d)).toList();
  }

  /** The file as a download; an id that is not this agreement's document (or not an id at all) is 404. */
  @GetMapping("/{documentId}")
  public ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable String documentId) {
    Agreement a = visibility.visible(number);
    UUID id;
    try {
      id = UUID.fromString(documentId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("找不到合作协议 " + number + " 的文件 " + documentId);
    }
    Download download = documents.download(a.getId(), id, currentUser.id());
    AgreementDocument d = download.document();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(d.getContentType()))
        .contentLength(download.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(d.getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .body(download.content());
  }

  static DocumentView view(Agreement a, AgreementDocument d) {
    return new DocumentView(d.getId().toString(), d.getKind().toLowerCase(java.util.Locale.ROOT),
        AgreementDocument.kindLabel(d.getKind()), d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(),
        d.getUploadedBy(), d.getUploadedAt(), "/api/agreements/" + a.getAgreementNumber() + "/documents/" + d.getId());
  }
}
