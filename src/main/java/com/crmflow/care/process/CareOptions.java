package com.crmflow.care.process;

import com.crmflow.customer.domain.Customer;
import com.crmflow.platform.forms.StartFormOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The customers the start form 制定关怀活动计划 offers (its taglist's {@code valuesKey} {@code customerOptions}): the
 * ACTIVE customers the logged-in user may target ({@link CareStarts#targetable}), at most {@link #MAX_OPTIONS}; the
 * plan checks the chosen customers again.
 */
@Component
public class CareOptions implements StartFormOptions {

  static final int MAX_OPTIONS = 500;

  private final CareStarts starts;
  private final ObjectMapper json;

  public CareOptions(CareStarts starts, ObjectMapper json) {
    this.starts = starts;
    this.json = json;
  }

  @Override
  public String processKey() {
    return CareVariables.PROCESS_KEY;
  }

  @Override
  public VariableMap options() {
    return Variables.createVariables().putValue(CareVariables.CUSTOMER_OPTIONS.getName(),
        SpinValues.jsonValue(customers(starts.targetable())).create());
  }

  /** JSON [{label: 客户名称（A 级，编号 7）, value: "7"}]. */
  String customers(List<Customer> list) {
    ArrayNode options = json.createArrayNode();
    list.stream().limit(MAX_OPTIONS).forEach(c -> options.addObject()
        .put("label", c.getName() + "（" + (c.getGrade() == null ? "未分级" : c.getGrade() + " 级") + "，编号 " + c.getId()
            + "）").put("value", String.valueOf(c.getId())));
    return options.toString();
  }
}
