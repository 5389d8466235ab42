package com.crmflow.agreement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The bytes of an {@link AgreementDocument}, in a table of their own so that listing documents never loads them. */
@Entity
@Table(name = "crm_agreement_document_content")
public class AgreementDocumentContent {

  @Id
  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(name = "content", nullable = false)
  private byte[] content;

  protected AgreementDocumentContent() {}

  public AgreementDocumentContent(UUID documentId, byte[] content) {
    this.documentId = documentId;
    this.content = content;
  }

  public UUID getDocumentId() {
    return documentId;
  }

  public byte[] getContent() {
    return content;
  }
}
