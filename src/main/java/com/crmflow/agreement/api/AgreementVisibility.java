package com.crmflow.agreement.api;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.platform.security.CurrentUser;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees an agreement through {@code /api} (its terms, journal and documents): legal sees every agreement; others
 * those of the customers they may see in the archive (owner, team lead, crm-dept, senior-management, supervisor:
 * {@link CustomerAccess}) and those they drafted; everyone else gets 404, as if there were none.
 */
@Component
public class AgreementVisibility {

  /** Groups that see every agreement (001 §7(1): 法务部门 reviews them all). */
  static final Set<String> SEE_ALL = Set.of("legal", "camunda-admin");

  private final Agreements agreements;
  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;
  private final CurrentUser currentUser;

  public AgreementVisibility(Agreements agreements, CustomerDirectory customers, CustomerAccess customerAccess,
      CurrentUser currentUser) {
    this.agreements = agreements;
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.currentUser = currentUser;
  }

  public boolean seesAll() {
    return currentUser.inAnyOf(SEE_ALL);
  }

  public boolean canSee(Agreement a) {
    return seesAll() || currentUser.id().equals(a.getDraftedBy())
        || customerAccess.canSee(customers.get(a.getCustomerId()));
  }

  /** The agreement by number, if the current user may see it; 404 otherwise (also when it does not exist). */
  public Agreement visible(String number) {
    Agreement a = agreements.find(number).orElseThrow(() -> new NotFoundException("找不到合作协议 " + number));
    if (!canSee(a)) {
      throw new NotFoundException("找不到合作协议 " + number);
    }
    return a;
  }
}
