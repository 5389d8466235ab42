package com.crmflow.complaint.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.crmflow.complaint.domain.ComplaintIntake.AttachmentInput;
import com.crmflow.complaint.domain.ComplaintIntake.ComplaintInput;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.OneOf;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** {@link ComplaintIntake} (受理登记, SPEC P2.1): every refusal names its field; a good intake is recorded at once. */
class ComplaintIntakeTest {

  final ComplaintFakes fakes = new ComplaintFakes();
  final NumberGenerator numbers = mock(NumberGenerator.class);
  final NotificationService notifications = mock(NotificationService.class);
  final ComplaintIntake intake = new ComplaintIntake(fakes.complaints, fakes.complaintRepository,
      fakes.attachmentRepository, fakes.timeLimits(ComplaintFakes.defaults()), fakes.customers, numbers,
      notifications);

  ComplaintIntakeTest() {
    fakes.customer(1L, "华东建设集团");
    when(numbers.next("CMP", 6)).thenReturn("CMP-2026-000042");
  }

  static ComplaintInput good(List<AttachmentInput> files) {
    return new ComplaintInput(1L, "hotline", "  设备报警无人处理  ", "service-attitude", "medium", "email", " 王女士 ",
        "", " wang@example.com ", files);
  }

  static ComplaintInput with(UnaryOperator<Object[]> change) {
    ComplaintInput g = good(List.of());
    Object[] v = {g.customerId(), g.channel(), g.content(), g.category(), g.severity(), g.contactPreference(),
        g.contactName(), g.contactPhone(), g.contactEmail(), g.attachments()};
    v = change.apply(v);
    @SuppressWarnings("unchecked")
    List<AttachmentInput> files = (List<AttachmentInput>) v[9];
    return new ComplaintInput((Long) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
        (String) v[5], (String) v[6], (String) v[7], (String) v[8], files);
  }

  static UnaryOperator<Object[]> set(int index, Object value) {
    return v -> {
      v[index] = value;
      return v;
    };
  }

  static AttachmentInput file(String name, int bytes) {
    return new AttachmentInput(name, "text/plain", new byte[bytes]);
  }

  void refused(ComplaintInput in, String field, String message) {
    assertThatThrownBy(() -> intake.register(in, "huangfang", null, null))
        .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
          assertThat(e.field()).isEqualTo(field);
          assertThat(e.getMessage()).contains(message);
        });
    assertThat(fakes.stored).isEmpty();
    assertThat(fakes.journal).isEmpty();
    assertThat(fakes.deadlines).isEmpty();
  }

  @Test
  void everyFieldRuleIsRefusedNamingTheField() {
    refused(with(set(0, null)), "customerId", "客户编号不能为空");
    refused(with(set(1, "fax")), "channel", "投诉渠道取值无效：fax");
    refused(with(set(2, "   ")), "content", "投诉内容不能为空");
    refused(with(set(2, "投".repeat(4001))), "content", "投诉内容长度或个数必须在 0 到 4000 之间");
    refused(with(set(3, null)), "category", "投诉类别不能为空");
    refused(with(set(4, "urgent")), "severity", "严重程度取值无效：urgent");
    refused(with(set(5, "pigeon")), "contactPreference", "联系方式偏好取值无效：pigeon");
    refused(with(set(6, "名".repeat(101))), "contactName", "联系人长度或个数必须在 0 到 100 之间");
    refused(with(set(7, "1".repeat(41))), "contactPhone", "联系电话长度或个数必须在 0 到 40 之间");
    refused(with(set(8, "not-an-address")), "contactEmail", "联系邮箱不是有效的电子邮件地址");
    refused(with(set(8, "wang@example")), "contactEmail", "联系邮箱不是有效的电子邮件地址");
  }

  @Test
  void anEmailPreferenceNeedsAnAddress() {
    refused(with(set(8, " ")), "contactEmail", "联系方式偏好为电子邮件时必须填写联系邮箱");
  }

  @Test
  void anUnknownCustomerIsRefused() {
    refused(with(set(0, 999_999L)), "customerId", "客户编号 999999 不存在");
  }

  @Test
  void atMostFiveAttachmentsEachNamedByItsRow() {
    refused(good(Collections.nCopies(6, file("a.txt", 1))), "attachments", "附件最多 5 个");
    refused(good(List.of(file("a.txt", 1), file("b.txt", 0))), "attachments[1].content", "第 2 个附件：附件内容为空");
    refused(good(List.of(file("big.bin", ComplaintIntake.MAX_ATTACHMENT_BYTES + 1))), "attachments[0].content",
        "第 1 个附件：附件内容超过 1 MB");
    refused(good(List.of(file(" ", 1))), "attachments[0].fileName", "附件文件名不能为空");
    refused(good(List.of(new AttachmentInput("a.txt", "t".repeat(101), new byte[1]))), "attachments[0].contentType",
        "附件类型长度或个数必须在 0 到 100 之间");
  }

  @Test
  void aGoodIntakeIsRecordedWithItsAttachmentsDeadlineJournalAndAcknowledgement() {
    Complaint c = intake.register(good(List.of(file(" 说明.txt ", 3))), "huangfang", "key-1", "hash-1");

    assertThat(c.getComplaintNumber()).isEqualTo("CMP-2026-000042");
    assertThat(c.getStatus()).isEqualTo(Complaint.RECEIVED);
    assertThat(c.getReceivedAt()).isEqualTo(ComplaintFakes.NOW);
    assertThat(c.getContent()).isEqualTo("设备报警无人处理");
    assertThat(c.getContactName()).isEqualTo("王女士");
    assertThat(c.getContactPhone()).as("blank is not stored").isNull();
    assertThat(c.getContactEmail()).isEqualTo("wang@example.com");
    assertThat(c.getCreatedBy()).isEqualTo("huangfang");
    assertThat(c.getIdempotencyKey()).isEqualTo("key-1");
    assertThat(c.getRequestHash()).isEqualTo("hash-1");
    assertThat(c.getEscalationLevel()).isZero();
    assertThat(fakes.stored).containsValue(c);
    assertThat(fakes.files).singleElement().satisfies(f -> {
      assertThat(f.getComplaintId()).isEqualTo(c.getId());
      assertThat(f.getFileName()).isEqualTo("说明.txt");
      assertThat(f.getSizeBytes()).isEqualTo(3);
    });
    assertThat(fakes.deadlines).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(ComplaintDeadline.INITIAL_RESPONSE);
      assertThat(d.getDueAt()).isEqualTo(ComplaintFakes.NOW.plus(Duration.ofHours(24)));
    });
    assertThat(fakes.lastEvent().getKind()).isEqualTo("RECEIVED");
    assertThat(fakes.lastEvent().getNote()).isEqualTo("经客服热线受理，承诺于 2026-11-25 10:00 前首次响应");
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Map<String, Object>> params = ArgumentCaptor.forClass(Map.class);
    verify(notifications).toAddress(eq("wang@example.com"), eq("complaint-acknowledgement"), params.capture());
    assertThat(params.getValue()).containsEntry("complaintNumber", "CMP-2026-000042")
        .containsEntry("customerName", "华东建设集团").containsEntry("promisedAt", "2026-11-25 10:00");
  }

  @Test
  void withoutAnAddressNoAcknowledgementIsSentAndTheSystemRecordsWhenNobodyIsNamed() {
    Complaint c = intake.register(with(v -> {
      v[5] = "phone";
      v[8] = null;
      return v;
    }), null, null, null);
    assertThat(c.getCreatedBy()).isEqualTo("system");
    verify(notifications, never()).toAddress(anyString(), anyString(), anyMap());
  }

  @Test
  void theIntakeReturnsTheDeadlineItOpenedWithoutLookingForEarlierRounds() {
    ComplaintIntake.Registered r = intake.record(good(List.of()), "huangfang", "key-1", "hash-1");

    assertThat(fakes.deadlines).singleElement().isSameAs(r.initialResponse());
    assertThat(r.initialResponse().getComplaintId()).isEqualTo(r.complaint().getId());
    assertThat(r.initialResponse().getKind()).isEqualTo(ComplaintDeadline.INITIAL_RESPONSE);
    assertThat(r.initialResponse().getRoundNo()).isEqualTo(1);
    // a new complaint has no earlier rounds: no query for them (issue 9, one statement less per intake)
    verify(fakes.deadlineRepository, never()).findFirstByComplaintIdAndKindOrderByRoundNoDesc(any(), any());
    assertThat(r.complaint().getIdempotencyKey()).isEqualTo("key-1");
    assertThat(r.complaint().getRequestHash()).isEqualTo("hash-1");
  }

  @Test
  void theCodesOfTheInputAreTheFormsOptions() throws Exception {
    assertThat(codes(ComplaintInput.class, "channel")).isEqualTo(ComplaintCodes.CHANNELS.keySet());
    assertThat(codes(ComplaintInput.class, "category")).isEqualTo(ComplaintCodes.CATEGORIES.keySet());
    assertThat(codes(ComplaintInput.class, "severity")).isEqualTo(ComplaintCodes.SEVERITIES.keySet());
    assertThat(codes(ComplaintInput.class, "contactPreference"))
        .isEqualTo(ComplaintCodes.CONTACT_PREFERENCES.keySet());
  }

  static Set<String> codes(Class<?> record, String component) throws NoSuchFieldException {
    return Set.copyOf(Arrays.asList(record.getDeclaredField(component).getAnnotation(OneOf.class).value()));
  }
}
