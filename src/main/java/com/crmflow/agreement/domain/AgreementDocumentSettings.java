package com.crmflow.agreement.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of agreement documents ({@code crm.agreement.documents.*}; config/application.yaml describes them).
 *
 * @param maxSize the largest file accepted (SPEC P6.3); Spring's multipart limits in application.yaml follow it
 */
@ConfigurationProperties("crm.agreement.documents")
public record AgreementDocumentSettings(@DefaultValue("10MB") DataSize maxSize) {

  public AgreementDocumentSettings {
    if (maxSize.toBytes() <= 0) {
      throw new IllegalArgumentException("crm.agreement.documents.max-size must be positive: " + maxSize);
    }
  }
}
