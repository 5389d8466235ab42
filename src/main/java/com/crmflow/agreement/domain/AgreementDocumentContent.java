package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of an {@link AgreementDocument}, in a table of their own so that listing documents never loads them:
 * ciphertext of the data keyset (key {@link #getKeyId()}), or plaintext from before V24 when the key id is null
 * ({@link AgreementDocumentEncryption} encrypts those at start).
 */
@Entity
@Table(name = "crm_agreement_document_content")
public class AgreementDocumentContent {

  @Id
  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  /** The keyset key that encrypted {@link #content}; null: plaintext stored before V24. */
  @Column(name = "key_id")
  private Integer keyId;

  protected AgreementDocumentContent() {}

  public AgreementDocumentContent(UUID documentId, byte[] content, Integer keyId) {
    this.documentId = documentId;
    this.content = content;
    this.keyId = keyId;
  }

  public Integer getKeyId() {
    return keyId;
  }

  public UUID getDocumentId() {
    return documentId;
  }

  public byte[] getContent() {
    return content;
  }
}
