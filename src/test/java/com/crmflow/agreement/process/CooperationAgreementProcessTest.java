package com.crmflow.agreement.process;

import static com.crmflow.testsupport.BeijingTime.at;
import static com.crmflow.testsupport.BeijingTime.beijing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.crmflow.agreement.domain.Agreement;
import com.crmflow.agreement.domain.AgreementDocument;
import com.crmflow.agreement.domain.AgreementDocuments;
import com.crmflow.agreement.domain.AgreementEvent;
import com.crmflow.agreement.domain.AgreementEventRepository;
import com.crmflow.agreement.domain.AgreementInput;
import com.crmflow.agreement.domain.AgreementRepository;
import com.crmflow.agreement.domain.AgreementTermination;
import com.crmflow.agreement.domain.Agreements;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerRepository;
import com.crmflow.testsupport.ProcessCoverageGate;
import com.crmflow.testsupport.ProcessTest;
import com.crmflow.testsupport.Verifies;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of {@code cooperation-agreement} (SPEC P6) with the real delegates, form validation and tables: the
 * draft from the Tasklist start form, legal review asking for changes, the drafter's revision, approval, signing,
 * the expiry notice 30 days before the end of term and the expiry (engine clock moved); a drafting lawyer does not
 * review their own agreement; what an insider might try.
 */
@ProcessTest
// agreement-execution starts when an agreement comes into force, credit-evaluation when one is drafted (P3.7):
// both measured by their own test classes
@ProcessCoverageGate(excludeProcessDefinitionKeys = {"agreement-execution", "credit-evaluation"})
class CooperationAgreementProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired CustomerRepository customers;
  @Autowired AgreementRepository agreements;
  @Autowired AgreementEventRepository events;
  @Autowired Agreements agreementQueries;
  @Autowired AgreementStarts starts;
  @Autowired AgreementDocuments documents;

  Long customerId;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    at("2026-11-24T10:00");
    Customer c = new Customer();
    c.setName("合作协议测试客户" + System.nanoTime());
    c.setIndustry("装备制造");
    c.setOwner("lina");
    c.setCreatedAt(ClockUtil.getCurrentTime().toInstant());
    customerId = customers.save(c).getId();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  static final Map<String, List<String>> GROUPS = Map.of("lina", List.of("account-manager", "am-core"),
      "zhangwei", List.of("account-manager", "am-senior"), "xuhui", List.of("legal"), "qianyu", List.of("legal"));

  // ---------------------------------------------------------------------------------------------- paths

  @Test
  @Verifies({"P6.1", "P6.2", "P6.3"})
  void aDraftIsRevisedAfterAChangeRequestApprovedSignedRemindedBeforeTheEndAndExpires() {
    ProcessInstance pi = startAs("lina", draft("2027-01-01", "2027-12-31"));
    Agreement a = agreementOf(pi);
    assertThat(pi.getBusinessKey()).matches("AGR-2026-\\d{4}").isEqualTo(a.getAgreementNumber());
    assertThat(a.getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(a.getDraftedBy()).isEqualTo("lina");
    assertThat(a.getCustomerId()).isEqualTo(customerId);
    assertThat(a.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(runtimeService.getVariables(pi.getId())).as("the terms live in the table")
        .doesNotContainKeys("title", "rightsObligations", "paymentTerms");

    Task review = task("Task_LegalReview", pi);
    assertThat(candidateGroups(review)).containsExactly("legal");
    assertThat((String) taskService.getVariableLocal(review.getId(), "context")).contains(a.getAgreementNumber())
        .contains("待法务审核").contains("2027-01-01 至 2027-12-31").contains("按季度银行转账");
    // a change request needs its comment
    assertThatThrownBy(() -> completeAs(review, "xuhui", Map.of("decision", "changes")))
        .hasMessageContaining("审核意见");
    completeAs(review, "xuhui", Map.of("decision", "changes", "reviewComment", "违约责任条款需明确违约金上限"));
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.CHANGES_REQUESTED);

    Task revise = task("Task_Revise", pi);
    assertThat(revise.getAssignee()).as("the drafter").isEqualTo("lina");
    assertThat(taskService.getVariable(revise.getId(), "title")).as("the form opens with the current terms")
        .isEqualTo("2027 年度招商合作协议");
    assertThat(taskService.getVariable(revise.getId(), "endDate")).isEqualTo("2027-12-31");
    assertThat((String) taskService.getVariableLocal(revise.getId(), "context")).contains("违约金上限");
    Map<String, Object> revised = terms("2027-01-01", "2027-12-31");
    revised.put("breachLiability", "逾期付款按日万分之五支付违约金，违约金总额不超过合同总额 20%");
    completeAs(revise, "lina", revised);
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(agreement(a).getBreachLiability()).contains("20%");
    assertThat(runtimeService.getVariables(pi.getId())).as("no copy of the terms left in the process")
        .doesNotContainKeys("title", "breachLiability");

    completeAs(task("Task_LegalReview", pi), "qianyu", Map.of("decision", "approve"));
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.APPROVED);
    assertThat(agreement(a).getReviewRound()).isEqualTo(2);

    Task sign = task("Task_RecordSigning", pi);
    assertThat(candidateGroups(sign)).containsExactly("legal");
    assertThat((String) taskService.getVariableLocal(sign.getId(), "context")).as("how to upload the signed copy")
        .contains("**签署版**：尚未上传").contains("POST /api/agreements/" + a.getAgreementNumber() + "/documents").contains("“协议文件”页");
    assertThatThrownBy(() -> completeAs(sign, "xuhui", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"))).hasMessageContaining("还没有上传签署版");
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.APPROVED);
    signedCopy(a, "xuhui");
    completeAs(sign, "xuhui", Map.of("ourRepresentative", "王总经理", "customerRepresentative", "刘董事长",
        "signedOn", "2026-11-24"));
    Agreement inForce = agreement(a);
    assertThat(inForce.getStatus()).isEqualTo(Agreement.IN_FORCE);
    assertThat(inForce.getSignedOn()).isEqualTo(LocalDate.parse("2026-11-24"));
    assertThat(agreementQueries.ofCustomer(customerId)).singleElement()
        .satisfies(s -> assertThat(s.status()).isEqualTo("IN_FORCE"));
    assertThat(pi).isWaitingAt("TimerEvent_ExpiryNotice");
    assertThat(job("TimerEvent_ExpiryNotice", pi).getDuedate()).as("30 days before the end of term")
        .isEqualTo(beijing("2027-12-01T09:00"));

    at("2027-12-01T09:00");
    execute(job("TimerEvent_ExpiryNotice", pi));
    Task notice = task("Task_ExpiryNotice", pi);
    assertThat(notice.getName()).isEqualTo("协议即将到期");
    assertThat(notice.getAssignee()).isEqualTo("lina");
    completeAs(notice, "lina", Map.of("expiryPlan", "renew", "expiryNote", "客户希望续签两年"));
    assertThat(job("TimerEvent_TermEnded", pi).getDuedate()).isEqualTo(beijing("2028-01-01T00:00"));

    at("2028-01-01T00:00");
    execute(job("TimerEvent_TermEnded", pi));
    assertThat(pi).isEnded().hasPassed("Task_ExpireAgreement", "EndEvent_AgreementExpired");
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.EXPIRED);
    assertThat(events.findByAgreementIdOrderById(a.getId())).extracting(AgreementEvent::getKind).containsExactly(
        "DRAFTED", "CHANGES_REQUESTED", "REVISED", "APPROVED", "DOCUMENT_UPLOADED", "SIGNED", "EXPIRY_PLANNED",
        "EXPIRED");
  }

  @Test
  @Verifies("P6.1")
  void theStartFormOffersTheCustomersOfTheArchiveTheUserMayDraftFor() {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(AgreementVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    String name = customers.findById(customerId).orElseThrow().getName();
    assertThat(startFormOptions(definition, "lina")).contains(name).contains("\"value\":\"" + customerId + "\"");
    assertThat(startFormOptions(definition, "xuhui")).as("legal: every customer").contains(name);
    assertThat(startFormOptions(definition, "zhangwei")).as("another owner's customer").doesNotContain(name);

    Map<String, Object> chosen = draft("2027-01-01", "2027-12-31");
    chosen.put("customerId", String.valueOf(customerId));
    assertThat(agreementOf(startAs("lina", chosen)).getCustomerId()).isEqualTo(customerId);
    chosen.put("customerId", "abc");
    assertThatThrownBy(() -> startAs("lina", chosen)).hasMessageContaining("不是客户档案中的客户");
  }

  private String startFormOptions(String definition, String user) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.getStartFormVariables(definition).getValueTyped("customerOptions").getValue().toString();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  @Verifies("P6.5")
  void aTerminationRefusedKeepsTheAgreementInForceAndOneApprovedEndsIt() {
    ProcessInstance pi = startAs("lina", draft("2027-01-01", "2027-12-31"));
    Agreement a = agreementOf(pi);
    completeAs(task("Task_LegalReview", pi), "xuhui", Map.of("decision", "approve"));
    signedCopy(a, "xuhui");
    completeAs(task("Task_RecordSigning", pi), "xuhui", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"));

    requestTermination(a, "lina");
    Task review = task("Task_ReviewTermination", pi);
    assertThat(candidateGroups(review)).containsExactly("legal");
    assertThat(pi).isWaitingAt("TimerEvent_ExpiryNotice", "Task_ReviewTermination");
    completeAs(review, "xuhui", Map.of("terminationDecision", "reject", "terminationComment", "结算安排未经财务确认"));
    assertThat(pi).isWaitingAt("TimerEvent_ExpiryNotice").hasPassed("EndEvent_TerminationRejected");
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.IN_FORCE);

    requestTermination(a, "xuhui");
    assertThatThrownBy(() -> completeAs(task("Task_ReviewTermination", pi), "xuhui",
        Map.of("terminationDecision", "approve"))).hasMessageContaining("不能由您审核");
    completeAs(task("Task_ReviewTermination", pi), "qianyu", Map.of("terminationDecision", "approve"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Terminated").hasNotPassed("Task_ExpiryNotice");
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.TERMINATED);
    assertThat(events.findByAgreementIdOrderById(a.getId())).extracting(AgreementEvent::getKind).endsWith(
        "TERMINATION_REQUESTED", "TERMINATION_REJECTED", "TERMINATION_REQUESTED", "TERMINATED");
  }

  @Test
  @Verifies("P6.5")
  void anAmendmentGoesThroughReviewAndSignatureAndThenSupersedesTheOldVersion() {
    ProcessInstance old = startAs("lina", draft("2027-01-01", "2027-12-31"));
    Agreement v1 = agreementOf(old);
    completeAs(task("Task_LegalReview", old), "xuhui", Map.of("decision", "approve"));
    AgreementDocument v1Copy = signedCopy(v1, "xuhui");
    completeAs(task("Task_RecordSigning", old), "xuhui", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"));

    identityService.setAuthentication("lina", GROUPS.get("lina"));
    Agreement v2;
    try {
      v2 = starts.amend(v1.getAgreementNumber(), new AgreementInput(customerId,
          "年度招商合作协议（延期）", "甲乙双方", "权利义务不变", "合作延长一年", LocalDate.parse("2027-01-01"),
          LocalDate.parse("2028-12-31"), "按季度银行转账", "逾期付款按日万分之五支付违约金"), "lina");
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(v2.getAgreementNumber()).isEqualTo(v1.getAgreementNumber() + "-V2");
    ProcessInstance amended = runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(v2.getAgreementNumber()).singleResult();
    completeAs(task("Task_LegalReview", amended), "qianyu", Map.of("decision", "approve"));
    assertThat(old).isWaitingAt("TimerEvent_ExpiryNotice");
    signedCopy(v2, "qianyu");
    completeAs(task("Task_RecordSigning", amended), "qianyu", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"));

    assertThat(agreement(v2).getStatus()).isEqualTo(Agreement.IN_FORCE);
    assertThat(agreement(v1).getStatus()).isEqualTo(Agreement.SUPERSEDED);
    assertThat(old).isEnded().hasPassed("EndEvent_Superseded");
    assertThat(amended).isWaitingAt("TimerEvent_ExpiryNotice");
    assertThat(agreementQueries.ofCustomer(customerId)).extracting(Agreements.AgreementSummary::status)
        .contains("IN_FORCE", "SUPERSEDED");
    // each version keeps its own documents; the old version's stay downloadable
    assertThat(documents.of(v2.getId())).extracting(AgreementDocument::getId).doesNotContain(v1Copy.getId());
    assertThat(documents.download(v1.getId(), v1Copy.getId(), "lina").content()).isEqualTo(PDF);
    assertThatThrownBy(() -> documents.download(v2.getId(), v1Copy.getId(), "lina")).hasMessageContaining("找不到");
  }

  private void requestTermination(Agreement a, String user) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      starts.requestTermination(a.getAgreementNumber(), new AgreementTermination.Request("客户经营范围调整",
          LocalDate.parse("2026-12-31"), "按实际入驻天数结算"), user);
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  @Verifies("P6.2")
  void aLawyerWhoDraftedTheAgreementDoesNotReviewItAnotherLawyerDoes() {
    ProcessInstance pi = startAs("xuhui", draft("2027-01-01", "2027-12-31"));
    Task review = task("Task_LegalReview", pi);
    assertThatThrownBy(() -> completeAs(review, "xuhui", Map.of("decision", "approve")))
        .hasMessageContaining("由您起草，不能由您审核");
    assertThat(agreementOf(pi).getStatus()).isEqualTo(Agreement.DRAFT);
    completeAs(review, "qianyu", Map.of("decision", "approve"));
    assertThat(pi).isWaitingAt("Task_RecordSigning");
  }

  // ------------------------------------------------------------------ what an insider might try

  @Test
  void anAccountManagerCannotDraftForACustomerTheyDoNotSeeAndNothingIsStored() {
    long before = agreements.count();
    assertThatThrownBy(() -> startAs("zhangwei", draft("2027-01-01", "2027-12-31")))
        .hasMessageContaining("客户编号 " + customerId + " 不存在");
    assertThat(agreements.count()).isEqualTo(before);
  }

  @Test
  void anAgreementIdPointingAtAnotherInstancesAgreementIsRefusedAndThatAgreementStaysUnchanged() {
    ProcessInstance a = startAs("lina", draft("2027-01-01", "2027-12-31"));
    ProcessInstance b = startAs("lina", draft("2027-01-01", "2027-06-30"));
    Agreement other = agreementOf(b);
    runtimeService.setVariable(a.getId(), "agreementId", other.getId());

    assertThatThrownBy(() -> completeAs(task("Task_LegalReview", a), "xuhui", Map.of("decision", "approve")))
        .hasMessageContaining(other.getAgreementNumber()).hasMessageContaining("属于另一个流程实例");
    assertThat(agreement(other).getStatus()).isEqualTo(Agreement.DRAFT);
    assertThat(agreement(other).getReviewRound()).isZero();
  }

  @Test
  void signingMovedInBeforeTheReviewIsRefused() {
    ProcessInstance pi = startAs("lina", draft("2027-01-01", "2027-12-31"));
    runtimeService.createProcessInstanceModification(pi.getId()).startBeforeActivity("Task_RecordSigning").execute();
    assertThatThrownBy(() -> completeAs(task("Task_RecordSigning", pi), "xuhui", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24")))
        .hasMessageContaining("只能在「待签订」时办理");
    assertThat(agreementOf(pi).getStatus()).isEqualTo(Agreement.DRAFT);
  }

  @Test
  void theDrafterIsTheAuthenticatedUserEvenWhenADrafterVariableNamesSomebodyElse() {
    Map<String, Object> values = draft("2027-01-01", "2027-12-31");
    values.put("drafter", "zhangwei");
    ProcessInstance pi = startAs("lina", values);
    assertThat(agreementOf(pi).getDraftedBy()).isEqualTo("lina");
    assertThat(runtimeService.getVariable(pi.getId(), "drafter")).isEqualTo("lina");
    Agreement a = agreementOf(pi);
    completeAs(task("Task_LegalReview", pi), "xuhui", Map.of("decision", "changes", "reviewComment", "请补充付款期限"));
    assertThat(task("Task_Revise", pi).getAssignee()).isEqualTo("lina");
    // the assignee rewritten to somebody else: the step still refuses anyone but the drafter
    taskService.setAssignee(task("Task_Revise", pi).getId(), "zhangwei");
    assertThatThrownBy(() -> completeAs(task("Task_Revise", pi), "zhangwei", terms("2027-01-01", "2027-12-31")))
        .hasMessageContaining("只有起草人 lina 可以修改");
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.CHANGES_REQUESTED);
  }

  @Test
  @Verifies("P6.3")
  void documentsAreAddedUntilTheSigningAndTheSignedCopyOnlyOnceLegalApproved() {
    ProcessInstance pi = startAs("lina", draft("2027-01-01", "2027-12-31"));
    Agreement a = agreementOf(pi);
    documents.upload(a.getId(), new AgreementDocuments.Upload("draft", "协议草稿.pdf", PDF), "lina");
    assertThatThrownBy(() -> signedCopy(a, "xuhui")).hasMessageContaining("签署版只能在法务审核通过后");
    completeAs(task("Task_LegalReview", pi), "xuhui", Map.of("decision", "approve"));
    signedCopy(a, "xuhui");
    assertThat((String) taskService.getVariableLocal(task("Task_RecordSigning", pi).getId(), "context"))
        .as("the documents so far").contains("草稿「协议草稿.pdf」");
    completeAs(task("Task_RecordSigning", pi), "xuhui", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"));
    assertThat(documents.of(a.getId())).extracting(AgreementDocument::getKind)
        .containsExactly(AgreementDocument.DRAFT, AgreementDocument.SIGNED);
    assertThatThrownBy(() -> documents.upload(a.getId(), new AgreementDocuments.Upload("attachment", "补充.pdf", PDF),
        "lina")).hasMessageContaining("协议签订后本版本的文件不能再增加");
    assertThatThrownBy(() -> signedCopy(a, "xuhui")).hasMessageContaining("签署版只能在法务审核通过后");
    assertThat(documents.of(a.getId())).hasSize(2);
  }

  @Test
  @Verifies("P6.5")
  void theDrafterAmendsFromTheTasklistStartFormTermsLeftEmptyStayAsTheyWere() {
    Agreement v1 = inForce("lina");
    Agreement foreign = inForce("zhangwei");
    String definition = latest(AgreementChangeOptions.AMENDMENT_PROCESS);
    assertThat(options(definition, "lina", AgreementChangeOptions.AMENDABLE)).contains(v1.getAgreementNumber())
        .doesNotContain(foreign.getAgreementNumber());
    assertThat(options(definition, "xuhui", AgreementChangeOptions.AMENDABLE)).as("legal: every agreement in force")
        .contains(v1.getAgreementNumber()).contains(foreign.getAgreementNumber());

    // another drafter's agreement, and an amendment that changes nothing, are refused; nothing is drafted
    assertThatThrownBy(() -> submitAs(definition, "lina", Map.of("agreementNumber", foreign.getAgreementNumber(),
        "content", "改为二期厂房"))).hasMessageContaining("不在您可以办理的协议中");
    assertThatThrownBy(() -> submitAs(definition, "lina", Map.of("agreementNumber", v1.getAgreementNumber())))
        .hasMessageContaining("请至少修改一项条款");
    assertThat(agreements.findByAgreementNumber(v1.getAgreementNumber() + "-V2")).isEmpty();

    ProcessInstance started = submitAs(definition, "lina", Map.of("agreementNumber", v1.getAgreementNumber(),
        "content", "产业园区招商合作，增加二期厂房", "endDate", "2028-12-31"));
    assertThat(started).isEnded().hasPassed("Task_DraftAmendment", "EndEvent_AmendmentDrafted");
    Agreement v2 = agreements.findByAgreementNumber(v1.getAgreementNumber() + "-V2").orElseThrow();
    assertThat(started.getBusinessKey()).isEqualTo(v2.getAgreementNumber());
    assertThat(v2.getDraftedBy()).isEqualTo("lina");
    assertThat(v2.getContent()).isEqualTo("产业园区招商合作，增加二期厂房");
    assertThat(v2.getEndDate()).isEqualTo(LocalDate.parse("2028-12-31"));
    assertThat(v2.getTitle()).as("left empty: as before").isEqualTo(v1.getTitle());
    assertThat(v2.getPaymentTerms()).isEqualTo(v1.getPaymentTerms());
    ProcessInstance review = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
        v2.getAgreementNumber()).processDefinitionKey(AgreementVariables.PROCESS_KEY).singleResult();
    assertThat(review).isWaitingAt("Task_LegalReview");
  }

  @Test
  @Verifies("P6.5")
  void theDrafterAsksToTerminateFromTheTasklistStartFormAndLegalReviews() {
    Agreement a = inForce("lina");
    Agreement foreign = inForce("zhangwei");
    String definition = latest(AgreementChangeOptions.TERMINATION_PROCESS);
    assertThat(options(definition, "lina", AgreementChangeOptions.TERMINABLE)).contains(a.getAgreementNumber())
        .doesNotContain(foreign.getAgreementNumber());
    Map<String, Object> request = new HashMap<>(Map.of("reason", "客户经营范围调整", "effectiveOn", "2026-12-31",
        "settlement", "按实际入驻天数结算"));
    request.put("agreementNumber", foreign.getAgreementNumber());
    assertThatThrownBy(() -> submitAs(definition, "lina", request)).hasMessageContaining("不在您可以办理的协议中");
    assertThat(agreement(foreign).getTerminationRequestedAt()).isNull();

    request.put("agreementNumber", a.getAgreementNumber());
    ProcessInstance started = submitAs(definition, "lina", request);
    assertThat(started).isEnded().hasPassed("Task_RecordTerminationRequest", "EndEvent_TerminationRequested");
    assertThat(agreement(a).getTerminationRequestedBy()).isEqualTo("lina");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(a.getProcessInstanceId())
        .singleResult();
    completeAs(task("Task_ReviewTermination", pi), "xuhui", Map.of("terminationDecision", "approve"));
    assertThat(agreement(a).getStatus()).isEqualTo(Agreement.TERMINATED);
  }

  @Test
  @Verifies("P6.1")
  void aRequestedDraftIsDraftedForTheFixedCustomerByLegalOrTheRequester() {
    String instance = starts.requestDraft(customerId, "LEAD-2026-000042", "lina");
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(instance).singleResult();
    assertThat(pi).isWaitingAt("Task_DraftAgreement").hasPassed("StartEvent_DraftRequested");
    Task draftTask = task("Task_DraftAgreement", pi);
    assertThat(draftTask.getName()).isEqualTo("起草合作协议");
    assertThat(candidateGroups(draftTask)).containsExactly("legal");
    assertThat(taskService.getIdentityLinksForTask(draftTask.getId())).extracting(IdentityLink::getUserId)
        .contains("lina");
    assertThat((String) taskService.getVariableLocal(draftTask.getId(), "context"))
        .contains(customers.findById(customerId).orElseThrow().getName()).contains("LEAD-2026-000042");
    // another account manager is not offered the task
    assertThatThrownBy(() -> completeAs(draftTask, "zhangwei", terms("2027-01-01", "2027-12-31")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);

    completeAs(draftTask, "lina", terms("2027-01-01", "2027-12-31"));
    Agreement a = agreementOf(pi);
    assertThat(a.getCustomerId()).isEqualTo(customerId);
    assertThat(a.getDraftedBy()).isEqualTo("lina");
    assertThat(a.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(pi).isWaitingAt("Task_LegalReview");
    completeAs(task("Task_LegalReview", pi), "xuhui", Map.of("decision", "changes", "reviewComment", "请补充付款期限"));
    assertThat(task("Task_Revise", pi).getAssignee()).isEqualTo("lina");
  }

  @Test
  void aRequestIdPointingAtAnotherInstancesRequestIsRefused() {
    String first = starts.requestDraft(customerId, "LEAD-2026-000043", "lina");
    String second = starts.requestDraft(customerId, "LEAD-2026-000044", "lina");
    runtimeService.setVariable(first, "agreementRequestId", runtimeService.getVariable(second, "agreementRequestId"));
    ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceId(first).singleResult();
    assertThatThrownBy(() -> completeAs(task("Task_DraftAgreement", pi), "xuhui", terms("2027-01-01", "2027-12-31")))
        .hasMessageContaining("属于另一个流程实例");
  }

  // ---------------------------------------------------------------------------------------------- steps

  static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private AgreementDocument signedCopy(Agreement a, String user) {
    return documents.upload(a.getId(), new AgreementDocuments.Upload("signed", "签署版.pdf", PDF), user);
  }

  /** An agreement of this test's customer in force, drafted by {@code drafter}. */
  private Agreement inForce(String drafter) {
    ProcessInstance pi = startAs(drafter.equals("zhangwei") ? "xuhui" : drafter, draft("2027-01-01", "2027-12-31"));
    Agreement a = agreementOf(pi);
    if (drafter.equals("zhangwei")) {
      Agreement row = agreement(a);
      row.setDraftedBy("zhangwei");
      agreements.save(row);
    }
    completeAs(task("Task_LegalReview", pi), drafter.equals("zhangwei") ? "qianyu" : "xuhui",
        Map.of("decision", "approve"));
    signedCopy(a, "qianyu");
    completeAs(task("Task_RecordSigning", pi), "qianyu", Map.of("ourRepresentative", "王总经理",
        "customerRepresentative", "刘董事长", "signedOn", "2026-11-24"));
    return agreement(a);
  }

  private String latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
        .getId();
  }

  private String options(String definition, String user, String key) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.getStartFormVariables(definition).getValueTyped(key).getValue().toString();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ProcessInstance submitAs(String definition, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, Object> draft(String start, String end) {
    Map<String, Object> v = terms(start, end);
    v.put("customerId", customerId);
    return v;
  }

  private static Map<String, Object> terms(String start, String end) {
    Map<String, Object> v = new HashMap<>();
    v.put("title", "2027 年度招商合作协议");
    v.put("parties", "甲方：本公司；乙方：客户");
    v.put("rightsObligations", "甲方提供场地和招商政策，乙方按期入驻并按约经营");
    v.put("content", "产业园区招商合作");
    v.put("startDate", start);
    v.put("endDate", end);
    v.put("paymentTerms", "按季度银行转账");
    v.put("breachLiability", "逾期付款按日万分之五支付违约金");
    return v;
  }

  private ProcessInstance startAs(String user, Map<String, Object> values) {
    String definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(AgreementVariables.PROCESS_KEY).latestVersion().singleResult().getId();
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      return formService.submitStartForm(definition, values);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void completeAs(Task task, String user, Map<String, Object> values) {
    identityService.setAuthentication(user, GROUPS.get(user));
    try {
      taskService.complete(task.getId(), Variables.fromMap(values));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Agreement agreementOf(ProcessInstance pi) {
    return agreements.findByAgreementNumber(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).orElseThrow();
  }

  private Agreement agreement(Agreement a) {
    return agreements.findById(a.getId()).orElseThrow();
  }

  private List<String> candidateGroups(Task t) {
    return taskService.getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }
}
