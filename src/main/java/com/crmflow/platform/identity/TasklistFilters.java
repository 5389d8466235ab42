package com.crmflow.platform.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import com.crmflow.platform.identity.Organization.GroupSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Chinese Tasklist filters: four personal ones for every Tasklist user (我的待办, 本组待认领, 即将到期, 已逾期)
 * and one per group (「组名」任务). Each filter is readable only by the groups it is meant for.
 */
@Component
public class TasklistFilters {

  public static final String MY_TASKS = "我的待办";
  public static final String GROUP_UNCLAIMED = "本组待认领";
  public static final String DUE_SOON = "即将到期";
  public static final String OVERDUE = "已逾期";

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;

  public TasklistFilters(FilterService filterService, TaskService taskService,
      AuthorizationService authorizationService) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.authorizationService = authorizationService;
  }

  public void createFilters(Organization organization) {
    List<String> tasklistGroups = organization.groups().stream()
        .filter(g -> g.applications().contains("tasklist"))
        .map(GroupSpec::id).toList();

    upsert(MY_TASKS, -20, "#2f7bd8", "分配给我本人的任务",
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"), tasklistGroups);
    upsert(GROUP_UNCLAIMED, -15, "#19a974", "我所在组可认领、尚无人办理的任务",
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned(),
        tasklistGroups);
    upsert(DUE_SOON, -10, "#f0a202", "我或我所在组的任务中，两天内到期的",
        mineOrMyGroups().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(2)}"),
        tasklistGroups);
    upsert(OVERDUE, -5, "#d62828", "我或我所在组的任务中，已超过到期时间的",
        mineOrMyGroups().dueBeforeExpression("${now()}"), tasklistGroups);

    int priority = 0;
    for (GroupSpec group : organization.groups()) {
      if (!tasklistGroups.contains(group.id()) || Groups.CAMUNDA_ADMIN.equals(group.id())) {
        continue;
      }
      upsert(group.name() + "任务", priority++, "#6c757d", "「" + group.name() + "」组的全部任务（含已认领）",
          taskService.createTaskQuery().taskCandidateGroup(group.id()).includeAssignedTasks(), List.of(group.id()));
    }
  }

  private TaskQuery mineOrMyGroups() {
    return taskService.createTaskQuery()
        .or()
        .taskAssigneeExpression("${currentUser()}")
        .taskCandidateGroupInExpression("${currentUserGroups()}")
        .endOr();
  }

  private void upsert(String name, int priority, String color, String description, TaskQuery query,
      List<String> readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("color", color);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    List<Map<String, String>> variables = new ArrayList<>();
    variables.add(Map.of("name", "projectNumber", "label", "项目编号"));
    variables.add(Map.of("name", "customerName", "label", "客户"));
    properties.put("variables", variables);
    filter.setProperties(properties);
    filter.setQuery(query);
    filter = filterService.saveFilter(filter);
    for (String group : readers) {
      Authorization auth = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
          .groupIdIn(group).resourceType(Resources.FILTER).resourceId(filter.getId()).singleResult();
      if (auth == null) {
        auth = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        auth.setGroupId(group);
        auth.setResource(Resources.FILTER);
        auth.setResourceId(filter.getId());
        auth.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(auth);
      }
    }
  }
}
