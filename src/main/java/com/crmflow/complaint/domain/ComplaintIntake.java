package com.crmflow.complaint.domain;

import static com.crmflow.complaint.domain.ComplaintCodes.CHANNELS;
import static com.crmflow.complaint.domain.ComplaintCodes.label;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.platform.notification.NotificationService;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import com.crmflow.platform.validation.OneOf;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉受理登记 (SPEC P2.1; 001 §5(3).1): a complaint from any channel is recorded at once with its number, the
 * received time, its attachments and the initial-response deadline; the customer gets the acknowledgement with the
 * promised time when an e-mail address was given. The {@code Idempotency-Key} and the request's hash are stored
 * with it (the API replays a retry instead of recording it twice).
 */
@Service
@Transactional
public class ComplaintIntake {

  public static final int MAX_ATTACHMENTS = 5;
  public static final int MAX_ATTACHMENT_BYTES = 1024 * 1024;
  /** Stricter than {@code @Email} alone: the domain needs a dot (as the intake form's pattern). */
  static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

  /** What is recorded at intake, from the API, the Tasklist start form or a return visit. */
  public record ComplaintInput(
      @Label("客户编号") @NotNull Long customerId,
      @Label("投诉渠道") @NotBlank @OneOf({"phone", "email", "online-form", "online-service", "hotline", "in-person"})
      String channel,
      @Label("投诉内容") @NotBlank @Size(max = 4000) String content,
      @Label("投诉类别") @NotBlank @OneOf({"product-quality", "service-attitude", "delivery", "billing",
          "project-execution", "other"}) String category,
      @Label("严重程度") @NotBlank @OneOf({"low", "medium", "high"}) String severity,
      @Label("联系方式偏好") @NotBlank @OneOf({"phone", "email", "sms", "visit"}) String contactPreference,
      @Label("联系人") @Size(max = 100) String contactName,
      @Label("联系电话") @Size(max = 40) String contactPhone,
      // no value in the message: engine errors are logged, and an address is personal data
      @Label("联系邮箱") @Size(max = 200) @Email(regexp = EMAIL) String contactEmail,
      @Label("附件") @Size(max = MAX_ATTACHMENTS, message = "最多 " + MAX_ATTACHMENTS + " 个") List<AttachmentInput> attachments) {

    public ComplaintInput {
      // an address is checked without the spaces around it; a blank one is none
      contactEmail = Complaints.blank(contactEmail) ? null : contactEmail.trim();
      attachments = attachments == null ? List.of() : attachments;
    }
  }

  /** One attached file (checked one by one, so the refusal names {@code attachments[i].…}). */
  public record AttachmentInput(
      @Label("附件文件名") @NotBlank @Size(max = 200) String fileName,
      @Label("附件类型") @NotBlank @Size(max = 100) String contentType,
      @Label("附件内容") @NotEmpty(message = "为空")
      @Size(max = MAX_ATTACHMENT_BYTES, message = "超过 1 MB") byte[] content) {}

  private final Complaints complaints;
  private final ComplaintRepository repository;
  private final ComplaintAttachmentRepository attachments;
  private final ComplaintTimeLimits timeLimits;
  private final CustomerDirectory customers;
  private final NumberGenerator numbers;
  private final NotificationService notifications;

  public ComplaintIntake(Complaints complaints, ComplaintRepository repository,
      ComplaintAttachmentRepository attachments, ComplaintTimeLimits timeLimits, CustomerDirectory customers,
      NumberGenerator numbers, NotificationService notifications) {
    this.complaints = complaints;
    this.repository = repository;
    this.attachments = attachments;
    this.timeLimits = timeLimits;
    this.customers = customers;
    this.numbers = numbers;
    this.notifications = notifications;
  }

  /** Checks every field of an intake and the customer; the problem is thrown, naming the field. Nothing is written. */
  public Customer validate(ComplaintInput in) {
    return customerOf(checkFields(in));
  }

  private Customer customerOf(Checked checked) {
    ComplaintInput in = checked.input();
    return customers.find(in.customerId())
        .orElseThrow(() -> new InvalidFieldException("customerId", "客户编号 " + in.customerId() + " 不存在"));
  }

  /**
   * An intake whose fields passed {@link #checkFields}: only this class makes one, so {@link #record(Checked, String,
   * String, String)} does not check them a second time (the API checks them before its transaction; checking twice
   * was 2–3 % of the intake's CPU).
   */
  public static final class Checked {
    private final ComplaintInput input;

    private Checked(ComplaintInput input) {
      this.input = input;
    }

    public ComplaintInput input() {
      return input;
    }
  }

  /**
   * The rules of the fields ({@link ComplaintInput}'s annotations, each attachment's as {@code attachments[i].…},
   * the address when e-mail is the preferred way); the input itself when they hold.
   */
  @Transactional(propagation = Propagation.SUPPORTS) // no database work: no transaction of its own before the intake's
  public Checked checkFields(ComplaintInput in) {
    Inputs.valid(in);
    for (int i = 0; i < in.attachments().size(); i++) {
      String row = "attachments[" + i + "]";
      AttachmentInput file = in.attachments().get(i);
      if (file == null) {
        throw new InvalidFieldException(row, "第 " + (i + 1) + " 个附件为空");
      }
      try {
        Inputs.valid(file);
      } catch (InvalidFieldException e) {
        throw new InvalidFieldException(row + "." + e.field(), "第 " + (i + 1) + " 个附件：" + reason(e));
      }
    }
    if (Complaints.blank(in.contactEmail()) && "email".equals(in.contactPreference())) {
      throw new InvalidFieldException("contactEmail", "联系方式偏好为电子邮件时必须填写联系邮箱");
    }
    return new Checked(in);
  }

  /** The message of a refusal without the field name that {@link InvalidFieldException} puts in front. */
  private static String reason(InvalidFieldException e) {
    String prefix = e.field() + "：";
    return e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
  }

  /**
   * Records a complaint at once (001 §5(3).1): number, received time, the initial-response deadline, and the
   * acknowledgement with the promised time to the customer when an e-mail address was given.
   */
  public Complaint register(ComplaintInput in, String createdBy, String idempotencyKey, String requestHash) {
    return record(in, createdBy, idempotencyKey, requestHash).complaint();
  }

  /** A recorded complaint with its initial-response deadline. */
  public record Registered(Complaint complaint, ComplaintDeadline initialResponse) {}

  /** {@link #register}, also returning the initial-response deadline it opened (the API answers with its due time). */
  public Registered record(ComplaintInput in, String createdBy, String idempotencyKey, String requestHash) {
    return record(checkFields(in), createdBy, idempotencyKey, requestHash);
  }

  /** {@link #record(ComplaintInput, String, String, String)} of an intake whose fields were checked. */
  public Registered record(Checked checked, String createdBy, String idempotencyKey, String requestHash) {
    ComplaintInput in = checked.input();
    Customer customer = customerOf(checked);
    Instant received = complaints.now();
    Complaint c = new Complaint();
    c.setComplaintNumber(numbers.next("CMP", 6));
    c.setCustomerId(customer.getId());
    c.setChannel(in.channel());
    c.setContent(in.content().trim());
    c.setCategory(in.category());
    c.setSeverity(in.severity());
    c.setContactPreference(in.contactPreference());
    c.setContactName(trim(in.contactName()));
    c.setContactPhone(trim(in.contactPhone()));
    c.setContactEmail(trim(in.contactEmail()));
    c.setStatus(Complaint.RECEIVED);
    c.setReceivedAt(received);
    c.setCreatedBy(createdBy == null ? "system" : createdBy);
    c.setIdempotencyKey(idempotencyKey);
    c.setRequestHash(requestHash);
    c.setEscalationLevel(0);
    c.setReopenCount(0);
    repository.save(c);
    WrittenInThisTransaction.recorded(c);
    for (AttachmentInput f : in.attachments()) {
      ComplaintAttachment a = new ComplaintAttachment();
      a.setComplaintId(c.getId());
      a.setFileName(f.fileName().trim());
      a.setContentType(f.contentType().trim());
      a.setSizeBytes(f.content().length);
      a.setContent(f.content());
      a.setCreatedAt(received);
      WrittenInThisTransaction.attached(attachments.save(a));
    }
    ComplaintDeadline response = timeLimits.openFirstDeadline(c, ComplaintDeadline.INITIAL_RESPONSE, received);
    complaints.journal(c, "RECEIVED", "经" + label(CHANNELS, c.getChannel()) + "受理，承诺于 "
        + complaints.shown(response.getDueAt()) + " 前首次响应", createdBy);
    if (c.getContactEmail() != null) {
      notifications.toAddress(c.getContactEmail(), "complaint-acknowledgement", timeLimits.params(c, response));
    }
    return new Registered(c, response);
  }

  private static String trim(String s) {
    return Complaints.blank(s) ? null : s.trim();
  }
}
