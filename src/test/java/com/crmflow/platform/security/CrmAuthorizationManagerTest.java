package com.crmflow.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The user's groups go into the authorization checks as they are (no scan of the authorization table). */
class CrmAuthorizationManagerTest {

  private final CrmAuthorizationManager manager = new CrmAuthorizationManager();

  @Test
  void theUsersGroupsWithoutDuplicatesOrNulls() {
    assertThat(manager.filterAuthenticatedGroupIds(Arrays.asList("cs-specialist", null, "crm-dept", "cs-specialist")))
        .containsExactly("cs-specialist", "crm-dept");
  }

  @Test
  void noGroupsAreNoGroups() {
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    assertThat(manager.filterAuthenticatedGroupIds(List.of())).isEmpty();
  }
}
