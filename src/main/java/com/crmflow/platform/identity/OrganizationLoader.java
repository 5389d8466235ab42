package com.crmflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.crmflow.platform.identity.Organization.GroupSpec;
import com.crmflow.platform.identity.Organization.UserSpec;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the configured groups, their authorizations, Tasklist filters and (demo profile) demo users at start.
 * Idempotent: existing entries are updated in place, nothing is duplicated.
 */
@Component
@Order(10)
public class OrganizationLoader implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(OrganizationLoader.class);

  private final Organization organization;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TasklistFilters filters;

  public OrganizationLoader(Organization organization, IdentityService identityService,
      AuthorizationService authorizationService, TasklistFilters filters) {
    this.organization = organization;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filters = filters;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (GroupSpec spec : organization.groups()) {
      upsertGroup(spec);
      if (!Groups.CAMUNDA_ADMIN.equals(spec.id())) {
        grantGroup(spec);
      }
    }
    for (UserSpec user : organization.users()) {
      upsertUser(user);
    }
    restrictOwnUserAuthorizations();
    filters.createFilters(organization);
    LOG.info("Organisation loaded: {} groups, {} demo users", organization.groups().size(), organization.users().size());
  }

  private void upsertGroup(GroupSpec spec) {
    Group group = identityService.createGroupQuery().groupId(spec.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(spec.id());
    }
    group.setName(spec.name());
    group.setType(Groups.CAMUNDA_ADMIN.equals(spec.id()) ? Groups.GROUP_TYPE_SYSTEM : Groups.GROUP_TYPE_WORKFLOW);
    identityService.saveGroup(group);
  }

  private void grantGroup(GroupSpec spec) {
    for (String app : spec.applications()) {
      grant(spec.id(), Resources.APPLICATION, app, Permissions.ACCESS);
    }
    // Tasklist shows names of candidate groups. The user list (with e-mail addresses) is for administrators only:
    // staff read just their own user (CrmAuthorizationProvider); what earlier versions granted is taken back.
    revoke(spec.id(), Resources.USER, "*");
    grant(spec.id(), Resources.GROUP, "*", Permissions.READ);
    for (String key : spec.startProcesses()) {
      grant(spec.id(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(spec.id(), Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
    for (String key : spec.viewProcesses()) {
      // the diagram (Tasklist's 流程图 tab), not the instances
      grant(spec.id(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ);
    }
    for (String key : spec.readProcesses()) {
      grant(spec.id(), Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
          ProcessDefinitionPermissions.READ_TASK);
    }
  }

  /** Grants (adds) the permissions to the group's single authorization for this resource. */
  void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization auth = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
        .singleResult();
    if (auth == null) {
      auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      auth.setGroupId(groupId);
      auth.setResource(resource);
      auth.setResourceId(resourceId);
    }
    for (Permission p : permissions) {
      auth.addPermission(p);
    }
    authorizationService.saveAuthorization(auth);
  }

  /** Removes the group's grant on this resource (if any). */
  void revoke(String groupId, Resource resource, String resourceId) {
    authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).list()
        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
  }

  /**
   * Camunda used to give every new user ALL on their own user (so they could change their name and e-mail address or
   * delete themselves); new users now get READ and UPDATE (CrmAuthorizationProvider), and users created before are
   * brought to the same: READ and UPDATE only (UPDATE for the password; name and e-mail are for administrators).
   */
  private void restrictOwnUserAuthorizations() {
    Permission[] own = {Permissions.READ, Permissions.UPDATE};
    for (Authorization auth : authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(Resources.USER).list()) {
      if (auth.getUserId() != null && auth.getUserId().equals(auth.getResourceId())
          && (auth.isPermissionGranted(Permissions.DELETE) || auth.isEveryPermissionGranted())) {
        auth.setPermissions(own);
        authorizationService.saveAuthorization(auth);
        LOG.info("Own-user authorization of {} restricted to READ and UPDATE", auth.getUserId());
      }
    }
  }

  private void upsertUser(UserSpec spec) {
    User user = identityService.createUserQuery().userId(spec.id()).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(spec.id());
      user.setPassword(organization.demoPassword());
    }
    user.setFirstName(spec.firstName());
    user.setLastName(spec.lastName());
    user.setEmail(spec.email());
    identityService.saveUser(user);
    List<String> current = identityService.createGroupQuery().groupMember(spec.id()).list().stream()
        .map(Group::getId).toList();
    for (String group : spec.groups()) {
      if (!current.contains(group)) {
        identityService.createMembership(spec.id(), group);
      }
    }
  }
}
