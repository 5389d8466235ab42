package com.crmflow.survey.api;

import com.crmflow.customer.access.CustomerAccess;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.survey.domain.SurveyHistory;
import com.crmflow.survey.domain.SurveyHistory.SurveyEntry;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's satisfaction surveys (SPEC P7.1–P7.2), newest first, with their scores and the improvement task of a
 * low score. Shown to whoever may see the customer (CustomerAccess: owner, team leads, crm-dept,
 * senior-management, supervisor); everyone else gets 404, as if the customer did not exist.
 */
@RestController
@RequestMapping("/api/surveys")
public class SurveyController {

  private final SurveyHistory history;
  private final CustomerDirectory customers;
  private final CustomerAccess access;

  public SurveyController(SurveyHistory history, CustomerDirectory customers, CustomerAccess access) {
    this.history = history;
    this.customers = customers;
    this.access = access;
  }

  @GetMapping
  @Transactional(readOnly = true)
  public List<SurveyEntry> ofCustomer(@RequestParam Long customerId) {
    Customer c = customers.find(customerId).orElse(null);
    if (c == null || !access.canSee(c)) {
      throw new NotFoundException("找不到客户 " + customerId);
    }
    return history.entries(c.getId());
  }
}
