package com.crmflow.customer.domain;

import java.util.List;
import java.util.Optional;

/**
 * One part of a customer's cooperation and communication history, published by the feature that owns it: the
 * customer feature reads other features' records only through these beans, never their tables. Shown on the
 * customer ({@code history.<key>} of {@code GET /api/customers/{id}}): projects, complaints, return visits. A feature
 * contributes its part by providing a Spring bean of this type (return visits: key {@code visits}). Entries are
 * small JSON-able records, newest first, without personal data.
 */
public interface CustomerHistorySource {

  String key();

  List<?> entries(Long customerId);

  /**
   * The part as shown to a customer's new owner in the handover task (客户交接), or none (the default) when the
   * part is not shown there.
   */
  default Optional<HandoverSection> handover(Long customerId) {
    return Optional.empty();
  }

  /**
   * @param position where the section stands among the others (ascending)
   * @param heading e.g. 合作项目
   * @param unit how the lines are counted when there are too many to list, e.g. 个项目 (……共 25 个项目)
   * @param lines one Markdown line each (without the list marker), newest first, all of them
   */
  record HandoverSection(int position, String heading, String unit, List<String> lines) {}
}
