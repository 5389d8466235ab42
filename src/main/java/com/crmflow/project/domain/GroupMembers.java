package com.crmflow.project.domain;

import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.Engine;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** Whether a user the form names belongs to the group the regulation requires (project-lead, dept-head, executor). */
@Component
public class GroupMembers {

  private final IdentityService identityService;

  public GroupMembers(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** Refuses a user who is not a member of the group; {@code what} names the role, e.g. 项目负责人. */
  public void require(String userId, String groupId, String what) {
    if (userId == null || userId.isBlank()) {
      throw new BusinessRuleException("请选择" + what);
    }
    long count = Engine.asSystem(() -> identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count());
    if (count == 0) {
      throw new BusinessRuleException(what + "「" + userId + "」不是「" + groupId + "」组的成员");
    }
  }
}
