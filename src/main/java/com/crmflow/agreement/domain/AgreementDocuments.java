package com.crmflow.agreement.domain;

import com.crmflow.agreement.domain.DocumentCheck.DocumentType;
import com.crmflow.platform.audit.AuditLog;
import com.crmflow.platform.crypto.DataProtection;
import com.crmflow.platform.crypto.DataProtection.UnreadableValueException;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.IntegrityException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.NotBlank;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 协议文件 (SPEC P6.3, P6.5; 001 §7(1).3): the drafts, attachments and signed copy of one agreement version, kept in
 * the database. Drafts and attachments are uploaded while the agreement is being drafted, reviewed or waits for its
 * signature; the signed copy (签署版) only once legal approved it and before the signing is recorded, which needs it
 * ({@link Signing}). After that the documents of this version are fixed; an amendment is a new version with its own
 * documents, and the old version's stay downloadable. Who may upload and download is decided by the caller (drafter
 * or legal; who may see the agreement). Every upload and download is in the audit log.
 *
 * <p>The bytes are stored encrypted with the application's data keyset ({@link DataProtection}, AES-256-GCM), bound
 * to the document's id; the SHA-256 recorded is the plaintext's. A download decrypts and checks the SHA-256: changed
 * ciphertext, ciphertext of another document or a missing key is refused with {@link IntegrityException} (HTTP 500
 * with a clear message), never served.
 */
@Service
@Transactional
public class AgreementDocuments {

  public static final String ENTITY = "agreement-document";
  public static final String KIND_DRAFT = "draft";
  public static final String KIND_ATTACHMENT = "attachment";
  public static final String KIND_SIGNED = "signed";
  static final Map<String, String> KIND_CODES = Map.of(KIND_DRAFT, AgreementDocument.DRAFT, KIND_ATTACHMENT,
      AgreementDocument.ATTACHMENT, KIND_SIGNED, AgreementDocument.SIGNED);

  /** Statuses in which drafts and attachments may be added: until the signing is recorded. */
  static final Set<String> OPEN = Set.of(Agreement.DRAFT, Agreement.CHANGES_REQUESTED, Agreement.APPROVED);

  /** One upload: the kind (草稿/附件/签署版), the file name the client gave and the bytes. */
  public record Upload(
      @Label("文件类别") @NotBlank @OneOf({KIND_DRAFT, KIND_ATTACHMENT, KIND_SIGNED}) String kind,
      String fileName,
      byte[] content) {}

  /** A document with its bytes, for download. */
  public record Download(AgreementDocument document, byte[] content) {}

  private final Agreements agreements;
  private final AgreementDocumentRepository documents;
  private final AgreementDocumentContentRepository contents;
  private final AgreementDocumentSettings settings;
  private final AuditLog audit;
  private final DataProtection protection;

  public AgreementDocuments(Agreements agreements, AgreementDocumentRepository documents,
      AgreementDocumentContentRepository contents, AgreementDocumentSettings settings, AuditLog audit,
      DataProtection protection) {
    this.protection = protection;
    this.agreements = agreements;
    this.documents = documents;
    this.contents = contents;
    this.settings = settings;
    this.audit = audit;
  }

  /** Checks and stores the upload; refused (nothing stored) when the agreement's status, kind, type or size forbid. */
  public AgreementDocument upload(Long agreementId, Upload upload, String actor) {
    Inputs.valid(upload);
    if (actor == null) {
      throw new BusinessRuleException("上传人未登录，不能上传协议文件");
    }
    Agreement a = agreements.get(agreementId);
    String kind = KIND_CODES.get(upload.kind());
    if (AgreementDocument.SIGNED.equals(kind)) {
      if (!Agreement.APPROVED.equals(a.getStatus())) {
        throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 的状态为「"
            + Agreements.status(a.getStatus()) + "」：签署版只能在法务审核通过后、登记协议签订之前上传（「待签订」）");
      }
    } else if (!OPEN.contains(a.getStatus())) {
      throw new BusinessRuleException("合作协议 " + a.getAgreementNumber() + " 的状态为「"
          + Agreements.status(a.getStatus()) + "」：协议签订后本版本的文件不能再增加；变更协议请起草变更版本");
    }
    DocumentType type = DocumentCheck.typeOf(upload.content(), settings.maxSize().toBytes());
    String name = DocumentCheck.fileName(upload.fileName(), type);
    AgreementDocument d = new AgreementDocument();
    d.setId(UUID.randomUUID());
    d.setAgreementId(a.getId());
    d.setKind(kind);
    d.setFileName(name);
    d.setContentType(type.mediaType());
    d.setSizeBytes(upload.content().length);
    d.setSha256(sha256(upload.content()));
    d.setUploadedBy(actor);
    d.setUploadedAt(agreements.now());
    documents.save(d);
    byte[] ciphertext = protection.encryptBytes(upload.content(), associatedData(d.getId()));
    contents.save(new AgreementDocumentContent(d.getId(), ciphertext, DataProtection.keyIdOf(ciphertext)));
    agreements.journal(a, "DOCUMENT_UPLOADED", "上传" + AgreementDocument.kindLabel(kind) + "「" + name + "」（"
        + type.label() + "，" + DocumentCheck.megabytes(d.getSizeBytes()) + "）", actor);
    audit.record(actor, AuditLog.CREATE, ENTITY, d.getId(), "合作协议 " + a.getAgreementNumber() + " 上传"
        + AgreementDocument.kindLabel(kind) + "（" + type.mediaType() + "，" + d.getSizeBytes() + " 字节，SHA-256 "
        + d.getSha256() + "）");
    return d;
  }

  /** The documents of one agreement version, oldest first (without their bytes). */
  @Transactional(readOnly = true)
  public List<AgreementDocument> of(Long agreementId) {
    return documents.findByAgreementIdOrderByUploadedAtAscFileNameAsc(agreementId);
  }

  /** Is there a signed copy of this agreement version? */
  @Transactional(readOnly = true)
  public boolean hasSignedCopy(Long agreementId) {
    return documents.existsByAgreementIdAndKind(agreementId, AgreementDocument.SIGNED);
  }

  /**
   * The document with its bytes — only when it belongs to this agreement version (an id of another agreement's
   * document is answered as if it did not exist); the download is audited.
   */
  public Download download(Long agreementId, UUID documentId, String actor) {
    Agreement a = agreements.get(agreementId);
    AgreementDocument d = documents.findByIdAndAgreementId(documentId, a.getId())
        .orElseThrow(() -> new NotFoundException("找不到合作协议 " + a.getAgreementNumber() + " 的文件 " + documentId));
    AgreementDocumentContent stored = contents.findById(d.getId())
        .orElseThrow(() -> new NotFoundException("文件内容不存在：" + documentId));
    byte[] content = plaintext(a, d, stored);
    audit.record(actor, AuditLog.READ, ENTITY, d.getId(), "下载合作协议 " + a.getAgreementNumber() + " 的"
        + AgreementDocument.kindLabel(d.getKind()));
    return new Download(d, content);
  }

  /** What binds a document's ciphertext to its row: ciphertext moved to another document does not decrypt. */
  static byte[] associatedData(UUID documentId) {
    return ("crm-agreement-document:" + documentId).getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The document's plaintext, decrypted (a row from before V24 not yet encrypted is plaintext) and checked against
   * the SHA-256 recorded at upload; refused with a clear message otherwise.
   */
  private byte[] plaintext(Agreement a, AgreementDocument d, AgreementDocumentContent stored) {
    String refused = "合作协议 " + a.getAgreementNumber() + " 的" + AgreementDocument.kindLabel(d.getKind()) + "「"
        + d.getFileName() + "」未通过完整性校验，已拒绝下载：";
    byte[] content;
    if (stored.getKeyId() == null) {
      content = stored.getContent();
    } else {
      try {
        content = protection.decryptBytes(stored.getContent(), associatedData(d.getId()), "agreement document");
      } catch (UnreadableValueException e) {
        throw new IntegrityException(refused + "存储的密文无法解密（内容已被改动，或加密它的密钥已不在密钥集中），请联系管理员", e);
      }
    }
    if (!sha256(content).equals(d.getSha256())) {
      throw new IntegrityException(refused + "内容的 SHA-256 与上传时记录的不一致，请联系管理员", null);
    }
    return content;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
