package com.crmflow.platform.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code crm.data.*}: where the data keyset comes from ({@link DataKeysetConfig}; docs/operations.md "The data
 * keyset"). Each default is written here only; the environment sets them as {@code CRM_DATA_KEYSET} and
 * {@code CRM_DATA_KEYSET_FILE} (Spring's relaxed binding).
 *
 * @param keyset the Tink JSON keyset itself (a secret: from the environment, never committed)
 * @param keysetFile the keyset's file; the zero-setup H2 run keeps its generated keyset here, next to its database
 * @param generateKeyset H2 only (ignored on PostgreSQL): create the keyset file if missing; in-memory H2 (tests)
 *     gets a fresh key
 */
@ConfigurationProperties("crm.data")
public record DataKeysetProperties(
    String keyset,
    @DefaultValue("./data/crm-data-keyset.json") String keysetFile,
    @DefaultValue("true") boolean generateKeyset) {}
