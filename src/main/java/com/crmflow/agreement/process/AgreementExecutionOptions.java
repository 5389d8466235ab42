package com.crmflow.agreement.process;

import static com.crmflow.agreement.process.AgreementExecutionVariables.OWNER_OPTIONS;

import com.crmflow.agreement.domain.AgreementExecutionSettings;
import com.crmflow.platform.process.Engine;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The owner selects of 分解协议义务 and 记录协调会议 ({@code ownerOptions}): the members of
 * {@code crm.agreement.obligation-owner-groups}, set just before the task starts; the server-side form validation
 * checks the submitted owners against the same list and the steps check the membership again.
 */
@Component
public class AgreementExecutionOptions {

  private final IdentityService identityService;
  private final AgreementExecutionSettings settings;
  private final ObjectMapper json;

  public AgreementExecutionOptions(@Lazy IdentityService identityService, AgreementExecutionSettings settings,
      ObjectMapper json) {
    this.identityService = identityService;
    this.settings = settings;
    this.json = json;
  }

  public void owners(DelegateExecution execution) {
    ArrayNode options = json.createArrayNode();
    Set<String> seen = new LinkedHashSet<>();
    for (String group : settings.obligationOwnerGroups()) {
      for (User u : Engine.asSystem(() -> identityService.createUserQuery().memberOfGroup(group).orderByUserId().asc()
          .list())) {
        if (seen.add(u.getId())) {
          String name = (u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName());
          options.addObject().put("label", (name.isBlank() ? u.getId() : name) + " · " + u.getId())
              .put("value", u.getId());
        }
      }
    }
    OWNER_OPTIONS.on(execution).set(org.camunda.spin.plugin.variable.SpinValues.jsonValue(options.toString()).create());
  }
}
