package com.crmflow.agreement.process;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.platform.forms.StartFormOptions;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import java.util.function.Supplier;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The agreements the start forms 变更合作协议 ({@code agreement-amendment}) and 申请终止合作协议
 * ({@code agreement-termination}) offer, given with the form by the platform's {@link StartFormOptions}: the
 * agreements in force the logged-in user may change — all of them for legal, else those the user drafted (the same
 * rule as {@link AgreementStarts#requireDrafterOrLegal}, which the start checks again).
 */
@Configuration
public class AgreementChangeOptions {

  public static final String AMENDMENT_PROCESS = "agreement-amendment";
  public static final String TERMINATION_PROCESS = "agreement-termination";
  public static final String AMENDABLE = "amendableAgreementOptions";
  public static final String TERMINABLE = "terminableAgreementOptions";

  private final Agreements agreements;
  private final IdentityService identityService;
  private final ObjectMapper json;

  public AgreementChangeOptions(Agreements agreements, IdentityService identityService, ObjectMapper json) {
    this.agreements = agreements;
    this.identityService = identityService;
    this.json = json;
  }

  /** JSON [{label: AGR-2026-0001「名称」· 客户 · 至 2027-12-31, value: AGR-2026-0001}] for the current user. */
  public String changeable() {
    ArrayNode options = json.createArrayNode();
    var auth = identityService.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return options.toString();
    }
    List<String> groups = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    boolean legal = groups.stream().anyMatch(AgreementStarts.DRAFT_FOR_ALL::contains);
    for (Agreement a : agreements.inForce(legal ? null : auth.getUserId())) {
      options.addObject().put("label", a.getAgreementNumber() + "「" + a.getTitle() + "」· "
          + agreements.customer(a.getCustomerId()).getName() + " · 至 " + a.getEndDate())
          .put("value", a.getAgreementNumber());
    }
    return options.toString();
  }

  @Bean
  public StartFormOptions amendmentStartOptions() {
    return options(AMENDMENT_PROCESS, () -> Variables.createVariables().putValue(AMENDABLE,
        SpinValues.jsonValue(changeable()).create()));
  }

  @Bean
  public StartFormOptions terminationStartOptions() {
    return options(TERMINATION_PROCESS, () -> Variables.createVariables().putValue(TERMINABLE,
        SpinValues.jsonValue(changeable()).create()));
  }

  private static StartFormOptions options(String processKey, Supplier<VariableMap> options) {
    return new StartFormOptions() {
      @Override
      public String processKey() {
        return processKey;
      }

      @Override
      public VariableMap options() {
        return options.get();
      }
    };
  }
}
