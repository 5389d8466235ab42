package com.crmflow.bench.reference;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The benchmark's user (default demo/demo) in group {@code bench}, with what starting the two processes needs:
 * READ and CREATE_INSTANCE on their definitions, CREATE on process instances. Tasks of the group are readable and
 * workable through the candidate-group authorization the engine creates with each task (TASK_WORK, as in
 * crm-process). Created once; a restart keeps it.
 */
@Component
public class DemoUser implements ApplicationRunner {

  static final String GROUP = "bench";

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final String userId;
  private final String password;

  public DemoUser(IdentityService identityService, AuthorizationService authorizationService,
      @Value("${bench.user:demo}") String userId, @Value("${bench.password:demo}") String password) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.userId = userId;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (identityService.createGroupQuery().groupId(GROUP).count() == 0) {
      Group group = identityService.newGroup(GROUP);
      group.setName("Benchmark users");
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
      grant(Resources.PROCESS_DEFINITION, "ref-intake", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(Resources.PROCESS_DEFINITION, "ref-one-service-task", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setFirstName("Benchmark");
      user.setLastName("User");
      user.setPassword(password);
      identityService.saveUser(user);
      identityService.createMembership(userId, GROUP);
    }
  }

  private void grant(Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    authorization.setGroupId(GROUP);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizationService.saveAuthorization(authorization);
  }
}
