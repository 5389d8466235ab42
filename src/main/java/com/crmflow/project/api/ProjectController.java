package com.crmflow.project.api;

import static com.crmflow.project.process.ProjectVariables.*;

import com.crmflow.platform.process.Engine;
import com.crmflow.platform.web.ApiExceptionHandler.ForbiddenException;
import com.crmflow.platform.process.NotFoundException;
import com.crmflow.project.domain.Project;
import com.crmflow.project.domain.ProjectRepository;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.project.domain.AcceptanceAndFeedback;
import com.crmflow.project.domain.OpinionInput;
import com.crmflow.project.domain.RequirementInput;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customer projects: start one, read its state, record a customer opinion (which the process then handles). */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

  /** Groups that oversee all projects (SPEC Roles). */
  static final Set<String> OVERSEERS = Set.of("cs-manager", "crm-dept", "senior-management", "supervisor",
      "division-leader", "camunda-admin");
  /** Groups that record what the customer says. */
  static final Set<String> OPINION_RECORDERS = Set.of("account-manager", "cs-specialist", "cs-manager");

  private final AcceptanceAndFeedback acceptance;
  private final ProjectRepository projectRepository;
  private final ProjectViews views;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final IdentityService identityService;

  public ProjectController(AcceptanceAndFeedback acceptance, ProjectRepository projectRepository, ProjectViews views,
      FormService formService, RepositoryService repositoryService, RuntimeService runtimeService,
      HistoryService historyService, IdentityService identityService) {
    this.acceptance = acceptance;
    this.projectRepository = projectRepository;
    this.views = views;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.identityService = identityService;
  }

  /**
   * Same fields as the start form 「收到客户需求」; the rules are those of the step's {@link RequirementInput}, checked
   * before the process starts (400 naming the field) and again by the step.
   */
  public record StartProjectRequest(Long customerId, String title, String details,
      String background, String objectives, LocalDate requiredBy, String complexity) {

    RequirementInput input() {
      return new RequirementInput(customerId, title, details, background, objectives, requiredBy, complexity);
    }
  }

  public record StartProjectResponse(String projectNumber, Long projectId, String processInstanceId) {}

  /** Starts {@code customer-project} through its start form, as the authenticated user (who needs the right). */
  @PostMapping
  @Transactional
  public ResponseEntity<StartProjectResponse> start(@RequestBody StartProjectRequest r) {
    Inputs.valid(r.input());
    // The query only returns definitions the caller may read: none means no right to start projects.
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .latestVersion().singleResult();
    if (definition == null) {
      throw new ForbiddenException("您无权发起「客户项目执行」流程");
    }
    String definitionId = definition.getId();
    var vars = Variables.createVariables()
        .putValue("customerId", String.valueOf(r.customerId()))
        .putValue("title", r.title())
        .putValue("details", r.details())
        .putValue("complexity", r.complexity());
    if (r.background() != null) {
      vars.putValue("background", r.background());
    }
    if (r.objectives() != null) {
      vars.putValue("objectives", r.objectives());
    }
    if (r.requiredBy() != null) {
      vars.putValue("requiredBy", r.requiredBy().toString());
    }
    ProcessInstance pi;
    try {
      pi = formService.submitStartForm(definitionId, vars);
    } catch (AuthorizationException e) {
      throw new ForbiddenException("您无权发起「客户项目执行」流程");
    }
    String number = pi.getBusinessKey();
    Project p = projectRepository.findByProjectNumber(number).orElseThrow();
    return ResponseEntity.created(URI.create("/api/projects/" + number))
        .body(new StartProjectResponse(number, p.getId(), pi.getId()));
  }

  @GetMapping("/{number}")
  @Transactional(readOnly = true)
  public ProjectViews.ProjectView get(@PathVariable String number) {
    Project p = visibleProject(number);
    return views.view(p);
  }

  /** The rules are those of the step's {@link OpinionInput}. */
  public record OpinionRequest(String content, String channel) {}

  public record OpinionResponse(Long opinionId, String projectNumber) {}

  /** 000 §2(4).2: the customer's opinion is recorded and the project's process starts handling it. */
  @PostMapping("/{number}/opinions")
  @Transactional
  public ResponseEntity<OpinionResponse> opinion(@PathVariable String number, @RequestBody OpinionRequest r) {
    OpinionInput input = Inputs.valid(new OpinionInput(r.content(), r.channel()));
    Project p = visibleProject(number);
    if (userGroups().stream().noneMatch(OPINION_RECORDERS::contains)) {
      throw new ForbiddenException("只有客户经理和客户服务人员可以登记客户意见");
    }
    // The caller's right was checked above (recorder group, participant of the project); the account manager has
    // no engine permission on process instances, so the engine work runs on the project's behalf.
    long running = Engine.asSystem(identityService, () -> runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(number).processDefinitionKey(PROCESS_KEY).active().count());
    if (running == 0) {
      throw new com.crmflow.platform.process.BusinessRuleException("项目 " + number + " 的流程已结束，无法再登记意见");
    }
    var opinion = acceptance.receiveOpinion(p, input);
    Engine.asSystem(identityService, () -> runtimeService.createMessageCorrelation(MESSAGE_CUSTOMER_OPINION)
        .processInstanceBusinessKey(number)
        .setVariable(OPINION_ID.getName(), opinion.getId())
        .correlateWithResult());
    return ResponseEntity.created(URI.create("/api/projects/" + number + "/opinions/" + opinion.getId()))
        .body(new OpinionResponse(opinion.getId(), number));
  }

  private Project visibleProject(String number) {
    Project p = projectRepository.findByProjectNumber(number)
        .orElseThrow(() -> new NotFoundException("找不到项目 " + number));
    String user = currentUser();
    if (userGroups().stream().anyMatch(OVERSEERS::contains) || user.equals(p.getAccountManager())
        || user.equals(p.getProjectLead()) || participated(p, user)) {
      return p;
    }
    // Not a participant: do not reveal that the project exists.
    throw new NotFoundException("找不到项目 " + number);
  }

  private boolean participated(Project p, String user) {
    if (p.getProcessInstanceId() == null) {
      return false;
    }
    return com.crmflow.platform.process.Engine.asSystem(identityService, () -> historyService.createHistoricTaskInstanceQuery()
        .processInstanceId(p.getProcessInstanceId()).taskInvolvedUser(user).count() > 0);
  }

  private String currentUser() {
    return identityService.getCurrentAuthentication().getUserId();
  }

  private List<String> userGroups() {
    var auth = identityService.getCurrentAuthentication();
    return auth.getGroupIds() != null ? auth.getGroupIds()
        : identityService.createGroupQuery().groupMember(auth.getUserId()).list().stream().map(Group::getId).toList();
  }
}
