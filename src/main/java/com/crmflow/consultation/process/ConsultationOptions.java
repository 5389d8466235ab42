package com.crmflow.consultation.process;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.forms.StartFormOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The customers the start form 受理客户咨询 offers (its select's {@code valuesKey} {@code customerOptions}, given with
 * the form by the platform's {@link StartFormOptions}): the active customers the logged-in user may record an enquiry
 * for ({@link ConsultationStarts#mayRecordFor}). At most {@link #MAX_OPTIONS}; the registration checks the chosen
 * customer again.
 */
@Component("consultationOptions")
public class ConsultationOptions implements StartFormOptions {

  static final int MAX_OPTIONS = 500;

  private final CustomerDirectory customers;
  private final ConsultationStarts starts;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public ConsultationOptions(CustomerDirectory customers, ConsultationStarts starts, IdentityService identityService,
      ObjectMapper json) {
    this.customers = customers;
    this.starts = starts;
    this.identityService = identityService;
    this.json = json;
  }

  /** JSON [{label: 客户名称（编号 7）, value: "7"}] of the customers the current user may record enquiries for. */
  public String customers() {
    ArrayNode options = json.createArrayNode();
    var auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return options.toString();
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    for (Customer c : customers.activeCustomersWhere(
        customer -> starts.mayRecordFor(customer, auth.getUserId(), groups), MAX_OPTIONS)) {
      options.addObject().put("label", c.getName() + "（编号 " + c.getId() + "）").put("value", String.valueOf(c.getId()));
    }
    return options.toString();
  }

  @Override
  public String processKey() {
    return ConsultationVariables.PROCESS_KEY;
  }

  /** {@code customerOptions}: {@link #customers()} as a JSON value. */
  @Override
  public VariableMap options() {
    return Variables.createVariables().putValue(ConsultationVariables.CUSTOMER_OPTIONS.getName(),
        SpinValues.jsonValue(customers()).create());
  }
}
