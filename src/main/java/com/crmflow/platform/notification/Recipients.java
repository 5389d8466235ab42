package com.crmflow.platform.notification;

import com.crmflow.platform.process.Engine;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Camunda users and groups as mail recipients. The lookups run without authorization checks: whoever caused
 * the notification may not be allowed to read other users, the system sends on the process's behalf.
 */
@Component
public class Recipients {

  private final IdentityService identityService;

  public Recipients(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<User> user(String userId) {
    return asSystem(() -> Optional.ofNullable(identityService.createUserQuery().userId(userId).singleResult()));
  }

  /** The distinct members of the groups, in group order. */
  public List<User> members(Collection<String> groupIds) {
    return asSystem(() -> {
      Map<String, User> users = new LinkedHashMap<>();
      for (String groupId : groupIds) {
        for (User u : identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list()) {
          users.putIfAbsent(u.getId(), u);
        }
      }
      return List.copyOf(users.values());
    });
  }

  /** The groups' names (their ids where a group has no name), joined with 「、」. */
  public String groupNames(Collection<String> groupIds) {
    return asSystem(() -> {
      Map<String, String> names = new LinkedHashMap<>();
      groupIds.forEach(id -> names.put(id, id));
      if (!groupIds.isEmpty()) {
        for (Group g : identityService.createGroupQuery().groupIdIn(groupIds.toArray(String[]::new)).list()) {
          if (g.getName() != null && !g.getName().isBlank()) {
            names.put(g.getId(), g.getName());
          }
        }
      }
      return String.join("、", names.values());
    });
  }

  /** Without the caller's authentication, and inside an engine command without its authorization checks. */
  private <T> T asSystem(Supplier<T> work) {
    return Engine.asSystem(identityService, () -> Engine.asSystem(work));
  }
}
