package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementVariables.LEGAL;

import com.crmflow.customer.access.CustomerAccess;
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
 * The customers the start form 起草合作协议 offers (its select's {@code valuesKey} {@code customerOptions}, given with
 * the form by the platform's {@link StartFormOptions}): the archive's ACTIVE customers the logged-in user may draft for
 * — all of them for legal, else those the user may see (owner, team lead, crm-dept). At most {@link #MAX_OPTIONS};
 * the registration checks the chosen customer again ({@link AgreementStarts#requireMayDraft}).
 */
@Component("agreementOptions")
public class AgreementOptions implements StartFormOptions {

  static final int MAX_OPTIONS = 500;

  private final CustomerDirectory customers;
  private final CustomerAccess customerAccess;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public AgreementOptions(CustomerDirectory customers, CustomerAccess customerAccess, IdentityService identityService,
      ObjectMapper json) {
    this.customers = customers;
    this.customerAccess = customerAccess;
    this.identityService = identityService;
    this.json = json;
  }

  /** JSON [{label: 客户名称（编号 7）, value: "7"}] of the customers the current user may draft for. */
  public String customers() {
    ArrayNode options = json.createArrayNode();
    var auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return options.toString();
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    boolean all = groups.stream().anyMatch(g -> AgreementStarts.DRAFT_FOR_ALL.contains(g) || LEGAL.equals(g));
    for (Customer c : customers.activeCustomersWhere(
        customer -> all || customerAccess.canSee(customer), MAX_OPTIONS)) {
      options.addObject().put("label", c.getName() + "（编号 " + c.getId() + "）").put("value", String.valueOf(c.getId()));
    }
    return options.toString();
  }

  @Override
  public String processKey() {
    return AgreementVariables.PROCESS_KEY;
  }

  /** {@code customerOptions}: {@link #customers()} as a JSON value. */
  @Override
  public VariableMap options() {
    return Variables.createVariables().putValue(AgreementVariables.CUSTOMER_OPTIONS.getName(),
        SpinValues.jsonValue(customers()).create());
  }
}
