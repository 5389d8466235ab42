package com.crmflow.platform.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * Camunda's authorization manager without its per-command scan of the whole authorization table.
 *
 * <p>Before every authorization check Camunda narrows the user's groups to those that appear in any authorization
 * ({@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}, once per command): a sequential scan of a table
 * that grows with every open task (the per-task authorizations of {@code TASK_WORK}), about 1 ms of PostgreSQL per
 * request at a few thousand rows and far more at 100 000. The narrowing only shortens the {@code GROUP_ID_ IN (…)}
 * lists of the checks: a group without authorizations matches no row either way, so the checks give the same
 * answers with the user's own groups. Users with very many groups (a directory import) still get Camunda's
 * narrowing, whose purpose is to keep such lists short.
 */
public class CrmAuthorizationManager extends AuthorizationManager {

  /** Above this many groups the user's list is narrowed as Camunda does. */
  static final int NARROW_ABOVE = 50;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > NARROW_ABOVE) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
    groups.removeIf(Objects::isNull);
    return new ArrayList<>(groups);
  }
}
