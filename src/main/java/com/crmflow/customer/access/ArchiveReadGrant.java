package com.crmflow.customer.access;

import com.crmflow.customer.domain.Customer;
import java.util.Collection;

/**
 * A reason, given by the part of the customer feature whose work needs it, why somebody outside the archive's
 * readers ({@link CustomerAccess}) may read one customer's archive — read only, never change it. Example: finance
 * reads the archive of a customer whose credit it evaluates ({@code customer.credit.CreditReadGrant}). Beans of
 * this type are asked by {@link CustomerAccess#canRead(Customer)}; the part that owns the reason publishes it, so
 * the access package depends on none of them.
 */
public interface ArchiveReadGrant {

  /** Whether {@code user} (member of {@code groups}) may read this customer's archive for this reason. */
  boolean grants(Customer customer, String user, Collection<String> groups);
}
