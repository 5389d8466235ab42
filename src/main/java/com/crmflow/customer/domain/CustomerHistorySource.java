package com.crmflow.customer.domain;

import java.util.List;

/**
 * One part of a customer's cooperation and communication history shown on the customer ({@code history.<key>} of
 * {@code GET /api/customers/{id}}): projects, complaints, return visits. A feature contributes its part by
 * providing a Spring bean of this type (return visits: key {@code visits}). Entries are small JSON-able records,
 * newest first, without personal data.
 */
public interface CustomerHistorySource {

  String key();

  List<?> entries(Long customerId);
}
