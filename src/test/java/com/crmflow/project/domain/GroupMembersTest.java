package com.crmflow.project.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.crmflow.platform.process.BusinessRuleException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.UserQuery;
import org.junit.jupiter.api.Test;

/** The group check of the users a form names (no Spring, no engine: the identity service is mocked). */
class GroupMembersTest {

  final IdentityService identityService = mock(IdentityService.class);
  final UserQuery query = mock(UserQuery.class, RETURNS_SELF);
  final GroupMembers groups = new GroupMembers(identityService);

  @Test
  void aMemberOfTheGroupIsAccepted() {
    when(identityService.createUserQuery()).thenReturn(query);
    when(query.count()).thenReturn(1L);
    groups.require("wangqiang", "project-lead", "项目负责人");
    verify(query).userId("wangqiang");
    verify(query).memberOfGroup("project-lead");
  }

  @Test
  void somebodyOutsideTheGroupIsRefusedNamingRoleUserAndGroup() {
    when(identityService.createUserQuery()).thenReturn(query);
    when(query.count()).thenReturn(0L);
    assertThatThrownBy(() -> groups.require("zhaomin", "project-lead", "项目负责人"))
        .isInstanceOf(BusinessRuleException.class).hasMessage("项目负责人「zhaomin」不是「project-lead」组的成员");
  }

  @Test
  void nobodyChosenIsRefusedWithoutAQuery() {
    assertThatThrownBy(() -> groups.require(" ", "executor", "执行人员")).hasMessage("请选择执行人员");
    verifyNoInteractions(identityService);
  }
}
