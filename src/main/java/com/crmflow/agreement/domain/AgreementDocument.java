package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A document of one agreement version (SPEC P6.3): a draft, an attachment or the signed copy. Its bytes are in
 * {@link AgreementDocumentContent}; its id is random, so knowing one document's id tells nothing about another's.
 */
@Entity
@Table(name = "crm_agreement_document")
public class AgreementDocument {

  public static final String DRAFT = "DRAFT";
  public static final String ATTACHMENT = "ATTACHMENT";
  public static final String SIGNED = "SIGNED";

  /** The kinds as staff read them. */
  public static final Map<String, String> KINDS = Map.of(DRAFT, "草稿", ATTACHMENT, "附件", SIGNED, "签署版");

  @Id
  @Column(name = "id", nullable = false)
  private UUID id;

  @Column(name = "agreement_id", nullable = false)
  private Long agreementId;

  @Column(name = "kind", nullable = false, length = 20)
  private String kind;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "uploaded_by", nullable = false, length = 64)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  public static String kindLabel(String kind) {
    return KINDS.getOrDefault(kind, kind);
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public Long getAgreementId() {
    return agreementId;
  }

  public void setAgreementId(Long agreementId) {
    this.agreementId = agreementId;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getFileName() {
    return fileName;
  }

  public void setFileName(String fileName) {
    this.fileName = fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public void setContentType(String contentType) {
    this.contentType = contentType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public void setSizeBytes(long sizeBytes) {
    this.sizeBytes = sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public void setSha256(String sha256) {
    this.sha256 = sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public void setUploadedBy(String uploadedBy) {
    this.uploadedBy = uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }

  public void setUploadedAt(Instant uploadedAt) {
    this.uploadedAt = uploadedAt;
  }
}
