package com.crmflow.customer.credit;

import com.crmflow.customer.access.ArchiveReadGrant;
import com.crmflow.customer.domain.Customer;
import java.util.Collection;
import org.springframework.stereotype.Component;

/**
 * Finance reads the archive of the customers whose credit it evaluates (003 §2.4: 财务部门负责客户信用评估和风险管理;
 * §4.2: the customer's credit is monitored), read only: a customer with an evaluation, open or past. Finance has no
 * other reason to see customer information (000 §4(2).3 "only authorised staff"), so any other customer stays
 * invisible to it (404), and it never changes the archive.
 */
@Component
public class CreditReadGrant implements ArchiveReadGrant {

  private final CreditEvaluations evaluations;

  public CreditReadGrant(CreditEvaluations evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public boolean grants(Customer customer, String user, Collection<String> groups) {
    return groups.contains(CreditVariables.FINANCE) && evaluations.hasAny(customer.getId());
  }
}
