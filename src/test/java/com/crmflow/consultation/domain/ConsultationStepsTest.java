package com.crmflow.consultation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.crmflow.consultation.domain.ConsultationAnswering.AnswerInput;
import com.crmflow.consultation.domain.ConsultationTimeLimits.Supervision;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerDuplicates;
import com.crmflow.customer.domain.DuplicateCustomerException;
import com.crmflow.platform.calendar.WorkingCalendar;
import com.crmflow.platform.process.BusinessRuleException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.testsupport.Verifies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The consultation's steps without Spring (repositories mocked, clock fixed at Tuesday 1 December 2026 10:00
 * Beijing): intake with its field rules and the choice between a known customer and an unknown enquirer, the
 * response time in working hours, warning and escalation recorded once, the answer and the lead.
 */
class ConsultationStepsTest {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
  static final Instant NOW = at("2026-12-01T10:00");

  final ConsultationRepository repository = mock(ConsultationRepository.class);
  final ConsultationEventRepository eventRepository = mock(ConsultationEventRepository.class);
  final CustomerDirectory customers = mock(CustomerDirectory.class);
  final CustomerDuplicates duplicates = mock(CustomerDuplicates.class);
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final List<ConsultationEvent> events = new ArrayList<>();
  Clock clock = Clock.fixed(NOW, BEIJING);
  Consultations consultations;
  ConsultationTimeLimits timeLimits;
  ConsultationIntake intake;
  ConsultationAnswering answering;

  static Instant at(String local) {
    return LocalDateTime.parse(local).atZone(BEIJING).toInstant();
  }

  @BeforeEach
  void setUp() {
    build(new ConsultationSettings(Duration.ofMinutes(30), 0.75, 1.0));
    when(repository.save(any())).thenAnswer(i -> {
      Consultation c = i.getArgument(0);
      ReflectionTestUtils.setField(c, "id", 5L);
      when(repository.findById(5L)).thenReturn(Optional.of(c));
      return c;
    });
    when(eventRepository.save(any())).thenAnswer(i -> {
      events.add(i.getArgument(0));
      return i.getArgument(0);
    });
    when(numbers.next("CSL", 6)).thenReturn("CSL-2026-000005");
    when(duplicates.duplicate(anyString(), any(), eq(null))).thenReturn(Optional.empty());
    Customer active = new Customer();
    ReflectionTestUtils.setField(active, "id", 70L);
    active.setName("华东建设集团");
    when(customers.find(70L)).thenReturn(Optional.of(active));
    Customer inactive = new Customer();
    inactive.setStatus("INACTIVE");
    when(customers.find(71L)).thenReturn(Optional.of(inactive));
  }

  void build(ConsultationSettings settings) {
    WorkingCalendar calendar = new WorkingCalendar(BEIJING, Set.of(LocalDate.parse("2026-12-07")), Set.of());
    consultations = new Consultations(repository, eventRepository, customers, clock);
    timeLimits = new ConsultationTimeLimits(consultations, settings, calendar);
    intake = new ConsultationIntake(consultations, timeLimits, customers, duplicates, numbers);
    answering = new ConsultationAnswering(consultations);
  }

  static ConsultationInput known(Long customerId, boolean intent) {
    return new ConsultationInput("phone", customerId, "忽略的公司", null, null, null, " 入驻条件？ ", intent);
  }

  static ConsultationInput unknown(String company, String name, String phone, String email) {
    return new ConsultationInput("email", null, company, name, phone, email, "入驻条件？", true);
  }

  // ---------------------------------------------------------------------------------------------- intake

  @Test
  @Verifies("P5.5")
  void aKnownCustomersConsultationIsNumberedAndDueInThirtyWorkingMinutes() {
    Consultation c = intake.receive(known(70L, false), "huangfang");
    assertThat(c.getConsultationNumber()).isEqualTo("CSL-2026-000005");
    assertThat(c.getCustomerId()).isEqualTo(70L);
    assertThat(c.getCompanyName()).as("the customer is the archive's").isNull();
    assertThat(c.getQuestion()).isEqualTo("入驻条件？");
    assertThat(c.getStatus()).isEqualTo(Consultation.OPEN);
    assertThat(c.getReceivedBy()).isEqualTo("huangfang");
    assertThat(c.getReceivedAt()).isEqualTo(NOW);
    assertThat(c.getDueAt()).isEqualTo(at("2026-12-01T10:30"));
    assertThat(c.getWarnAt()).isEqualTo(at("2026-12-01T10:22:30"));
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.getKind()).isEqualTo("RECEIVED");
      assertThat(e.getNote()).contains("受理电话咨询").contains("2026-12-01 10:30");
      assertThat(e.getActor()).isEqualTo("huangfang");
    });
  }

  @Test
  @Verifies("P5.5")
  void theResponseTimeIsConfigurableAndSkipsNightsWeekendsAndHolidays() {
    clock = Clock.fixed(at("2026-12-04T17:00"), BEIJING); // Friday; Monday 7 December a holiday in this calendar
    build(new ConsultationSettings(Duration.ofHours(2), 0.5, 0.5));
    Consultation c = intake.receive(known(70L, false), "huangfang");
    assertThat(c.getWarnAt()).as("1 h: Friday 17:00–18:00").isEqualTo(at("2026-12-04T18:00"));
    assertThat(c.getDueAt()).as("the second hour on Tuesday").isEqualTo(at("2026-12-08T10:00"));
    assertThat(c.getSecondLevelAt()).as("half the response time again after the breach, working time")
        .isEqualTo(at("2026-12-08T11:00"));
  }

  @Test
  void theSettingsRefuseANonsensicalResponseTime() {
    assertThatThrownBy(() -> new ConsultationSettings(Duration.ZERO, 0.75, 1.0)).hasMessageContaining("response-time");
    assertThatThrownBy(() -> new ConsultationSettings(Duration.ofMinutes(30), 1.0, 1.0))
        .hasMessageContaining("warning-at");
    assertThatThrownBy(() -> new ConsultationSettings(Duration.ofMinutes(30), 0.75, 0))
        .hasMessageContaining("second-level-after");
  }

  @Test
  void anUnknownEnquirerNeedsCompanyContactAndAWayToReachThem() {
    assertThatThrownBy(() -> intake.receive(unknown(" ", "王先生", "13800138000", null), "huangfang"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("companyName").hasMessageContaining("公司名称");
    assertThatThrownBy(() -> intake.receive(unknown("甲公司", null, "13800138000", null), "huangfang"))
        .hasMessageContaining("contactName");
    assertThatThrownBy(() -> intake.receive(unknown("甲公司", "王先生", null, " "), "huangfang"))
        .hasMessageContaining("contactPhone").hasMessageContaining("联系电话或电子邮箱");
    assertThatThrownBy(() -> intake.receive(unknown("甲公司", "王先生", null, "not-an-address"), "huangfang"))
        .hasMessageContaining("contactEmail");
    assertThatThrownBy(() -> intake.receive(new ConsultationInput("fax", 70L, null, null, null, null, "问", false),
        "huangfang")).hasMessageContaining("channel");
    assertThatThrownBy(() -> intake.receive(new ConsultationInput("phone", 70L, null, null, null, null, " ", false),
        "huangfang")).hasMessageContaining("question");
    assertThatThrownBy(() -> intake.receive(new ConsultationInput("phone", 70L, null, null, null, null, "问", null),
        "huangfang")).hasMessageContaining("cooperationIntent");
    verifyNoInteractions(numbers);
    verify(repository, never()).save(any());
  }

  @Test
  void anInactiveOrAbsentCustomerIsRefusedAsIfItDidNotExist() {
    assertThatThrownBy(() -> intake.receive(known(71L, false), "huangfang"))
        .isInstanceOf(InvalidFieldException.class).hasMessageContaining("客户编号 71 不存在");
    when(customers.find(99L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> intake.receive(known(99L, false), "huangfang")).hasMessageContaining("客户编号 99 不存在");
    verify(repository, never()).save(any());
  }

  @Test
  @Verifies("P5.5")
  void anEnquirerWhoseCompanyIsInTheArchiveIsLinkedToThatCustomer() {
    when(duplicates.duplicate(eq("华东建设集团"), any(), eq(null)))
        .thenReturn(Optional.of(new DuplicateCustomerException("name", 70L, "客户名称已存在")));
    Consultation c = intake.receive(unknown(" 华东建设集团 ", "王先生", null, "wang@example.com"), "huangfang");
    assertThat(c.getCustomerId()).isEqualTo(70L);
    assertThat(c.getCompanyName()).isEqualTo("华东建设集团");
    assertThat(c.getContactEmail()).isEqualTo("wang@example.com");
    assertThat(events.get(0).getNote()).contains("已关联").contains("有合作意向");
  }

  // ---------------------------------------------------------------------------------------------- time limits

  @Test
  @Verifies("P5.5")
  void theWarningAndTheEscalationAreRecordedOnceAndNotAfterTheAnswer() {
    Consultation c = intake.receive(known(70L, false), "huangfang");
    assertThat(timeLimits.recordWarning(5L)).isTrue();
    assertThat(timeLimits.recordWarning(5L)).as("once").isFalse();
    assertThat(c.getWarnedAt()).isEqualTo(NOW);
    assertThat(timeLimits.recordBreach(5L)).isTrue();
    assertThat(timeLimits.recordBreach(5L)).isFalse();
    assertThat(events).extracting(ConsultationEvent::getKind).containsExactly("RECEIVED", "WARNED", "ESCALATED");
    assertThat(events.get(2).getNote()).contains("升级至客户服务经理");

    assertThatThrownBy(() -> timeLimits.recordSupervision(5L, 1, new Supervision(" "), "yangjun"))
        .hasMessageContaining("superviseMeasures");
    timeLimits.recordSupervision(5L, 1, new Supervision(" 已督促回电 "), "yangjun");
    assertThat(c.getSuperviseMeasures()).isEqualTo("已督促回电");
    assertThat(c.getSupervisedBy()).isEqualTo("yangjun");

    assertThat(timeLimits.recordSecondLevel(5L)).isTrue();
    assertThat(timeLimits.recordSecondLevel(5L)).as("once").isFalse();
    assertThat(c.getSeniorEscalatedAt()).isEqualTo(NOW);
    timeLimits.recordSupervision(5L, 2, new Supervision("约谈客服主管"), "zhaomin");
    assertThat(c.getSuperviseMeasures()).as("level 1 kept").isEqualTo("已督促回电");
    assertThat(c.getSeniorSuperviseMeasures()).isEqualTo("约谈客服主管");
    assertThat(c.getSeniorSupervisedBy()).isEqualTo("zhaomin");
    assertThat(events).extracting(ConsultationEvent::getKind).containsExactly("RECEIVED", "WARNED", "ESCALATED",
        "SUPERVISED", "SENIOR_ESCALATED", "SENIOR_SUPERVISED");
    assertThat(events.get(4).getNote()).contains("升级至高层管理团队");

    Consultation answered = intake.receive(known(70L, false), "huangfang"); // another one, answered before its timers
    answering.answer(answered.getId(), new AnswerInput("已答复", "phone", true), "huangfang");
    assertThat(timeLimits.recordWarning(answered.getId())).as("answered: no warning").isFalse();
    assertThat(timeLimits.recordBreach(answered.getId())).as("answered: no escalation").isFalse();
    assertThat(timeLimits.recordSecondLevel(answered.getId())).as("answered: no second level").isFalse();
    assertThat(answered.getWarnedAt()).isNull();
  }

  // ---------------------------------------------------------------------------------------------- answer, lead

  @Test
  @Verifies("P5.5")
  void theAnswerRecordsWhoHowAndWhetherInTime() {
    Consultation c = intake.receive(known(70L, false), "huangfang");
    c.setDueAt(NOW.minusSeconds(60)); // as if the response time had passed a minute ago
    answering.answer(5L, new AnswerInput(" 二期明年三月交付 ", "email", false), "liming");
    assertThat(c.getStatus()).isEqualTo(Consultation.ANSWERED);
    assertThat(c.getAnswer()).isEqualTo("二期明年三月交付");
    assertThat(c.getAnswerWay()).isEqualTo("email");
    assertThat(c.getResolved()).isFalse();
    assertThat(c.getAnsweredBy()).isEqualTo("liming");
    assertThat(c.getAnsweredAt()).isEqualTo(NOW);
    assertThat(c.getMet()).isFalse();
    assertThat(events.get(1).getNote()).contains("通过邮件答复").contains("问题未解决").contains("超过答复时限");

    assertThatThrownBy(() -> answering.answer(5L, new AnswerInput("再答一次", "phone", true), "liming"))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("已答复");
  }

  @Test
  void anAnswerNeedsItsFieldsAndAnActor() {
    intake.receive(known(70L, false), "huangfang");
    assertThatThrownBy(() -> answering.answer(5L, new AnswerInput(" ", "phone", true), "liming"))
        .hasMessageContaining("answer");
    assertThatThrownBy(() -> answering.answer(5L, new AnswerInput("答", "visit", true), "liming"))
        .hasMessageContaining("answerWay");
    assertThatThrownBy(() -> answering.answer(5L, new AnswerInput("答", "phone", true), null))
        .hasMessageContaining("登录");
  }

  @Test
  @Verifies("P5.5")
  void onlyAConsultationWithCooperationIntentRecordsALead() {
    Consultation c = intake.receive(known(70L, false), "huangfang");
    assertThatThrownBy(() -> answering.recordLead(5L, "LEAD-2026-000001", true, "huangfang"))
        .hasMessageContaining("没有合作意向");
    c.setCooperationIntent(true);
    answering.recordLead(5L, "LEAD-2026-000001", false, "huangfang");
    assertThat(c.getLeadNumber()).isEqualTo("LEAD-2026-000001");
    assertThat(events.get(events.size() - 1).getNote()).contains("已关联到该线索");
  }

  @Test
  void aConsultationOfAnotherInstanceIsRefused() {
    Consultation c = intake.receive(known(70L, false), "huangfang");
    assertThatThrownBy(() -> consultations.boundTo(5L, "pi-1")).hasMessageContaining("尚未由任何流程实例办理");
    consultations.attachProcess(5L, "pi-1");
    assertThat(consultations.boundTo(5L, "pi-1")).isSameAs(c);
    assertThatThrownBy(() -> consultations.boundTo(5L, "pi-2")).hasMessageContaining("属于另一个流程实例");
    assertThatThrownBy(() -> consultations.attachProcess(5L, "pi-2")).hasMessageContaining("已由另一个流程实例办理");
  }
}
