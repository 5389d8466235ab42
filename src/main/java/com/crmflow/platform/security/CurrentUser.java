package com.crmflow.platform.security;

import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/** The authenticated caller of {@code /api} (set by {@link EngineAuthenticationFilter}) and their groups. */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  public CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    return identityService.getCurrentAuthentication().getUserId();
  }

  public List<String> groups() {
    var auth = identityService.getCurrentAuthentication();
    return auth.getGroupIds() != null ? auth.getGroupIds()
        : identityService.createGroupQuery().groupMember(auth.getUserId()).list().stream().map(Group::getId).toList();
  }

  public boolean inAnyOf(Collection<String> groupIds) {
    return groups().stream().anyMatch(groupIds::contains);
  }

}
