package com.crmflow.consultation.domain;

import static com.crmflow.consultation.domain.ConsultationCodes.CHANNELS;
import static com.crmflow.consultation.domain.ConsultationCodes.label;

import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerDuplicates;
import com.crmflow.customer.domain.CustomerFields;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 受理咨询 (SPEC P5.5; 001 §4(2).1): a question by phone, e-mail or online service, from a customer of the archive
 * or an enquirer not (yet) in it, numbered CSL-YYYY-NNNNNN; its response time starts
 * ({@link ConsultationTimeLimits#open}). An enquirer whose company is in the archive under the same name is linked
 * to that customer, so the consultation appears in its history and never leads to a duplicate.
 */
@Service
@Transactional
public class ConsultationIntake {

  private final Consultations consultations;
  private final ConsultationTimeLimits timeLimits;
  private final CustomerDirectory customers;
  private final CustomerDuplicates duplicates;
  private final NumberGenerator numbers;

  public ConsultationIntake(Consultations consultations, ConsultationTimeLimits timeLimits,
      CustomerDirectory customers, CustomerDuplicates duplicates, NumberGenerator numbers) {
    this.consultations = consultations;
    this.timeLimits = timeLimits;
    this.customers = customers;
    this.duplicates = duplicates;
    this.numbers = numbers;
  }

  /**
   * The fields' rules and the choice between a known customer and an unknown enquirer; the problem is thrown naming
   * the field. Nothing is written. A chosen customer must be an active one of the archive.
   */
  public ConsultationInput check(ConsultationInput in) {
    Inputs.valid(in);
    if (in.customerId() != null) {
      Customer c = customers.find(in.customerId()).orElse(null);
      if (c == null || !Customer.STATUS_ACTIVE.equals(c.getStatus())) {
        throw new InvalidFieldException("customerId", "客户编号 " + in.customerId() + " 不存在");
      }
      return new ConsultationInput(in.channel(), in.customerId(), null, in.contactName(), in.contactPhone(),
          in.contactEmail(), in.question(), in.cooperationIntent());
    }
    if (in.companyName() == null) {
      throw new InvalidFieldException("companyName", "咨询人不是档案中的客户时必须填写公司名称");
    }
    if (in.contactName() == null) {
      throw new InvalidFieldException("contactName", "咨询人不是档案中的客户时必须填写联系人");
    }
    if (in.contactPhone() == null && in.contactEmail() == null) {
      throw new InvalidFieldException("contactPhone", "咨询人不是档案中的客户时必须填写联系电话或电子邮箱");
    }
    return new ConsultationInput(in.channel(), null, CustomerFields.canonicalName(in.companyName()),
        in.contactName(), in.contactPhone(), in.contactEmail(), in.question(), in.cooperationIntent());
  }

  /** Records the consultation received by {@code actor} and opens its response time. */
  public Consultation receive(ConsultationInput input, String actor) {
    ConsultationInput in = check(input);
    Long customerId = in.customerId() != null ? in.customerId()
        : duplicates.duplicate(in.companyName(), null, null).map(d -> d.existingId()).orElse(null);
    Instant now = consultations.now();
    Consultation c = new Consultation();
    c.setConsultationNumber(numbers.next(Consultations.NUMBER_PREFIX, 6));
    c.setChannel(in.channel());
    c.setCustomerId(customerId);
    c.setCompanyName(in.companyName());
    c.setContactName(in.contactName());
    c.setContactPhone(in.contactPhone());
    c.setContactEmail(in.contactEmail());
    c.setQuestion(in.question());
    c.setCooperationIntent(in.cooperationIntent());
    c.setStatus(Consultation.OPEN);
    c.setReceivedBy(actor);
    c.setReceivedAt(now);
    timeLimits.open(c, now);
    c = consultations.save(c);
    consultations.journal(c, "RECEIVED", "受理" + label(CHANNELS, c.getChannel()) + "咨询"
        + (in.customerId() == null && customerId != null ? "（咨询人公司为档案中的客户，已关联）" : "")
        + (Boolean.TRUE.equals(c.getCooperationIntent()) ? "，咨询人有合作意向" : "")
        + "；须在 " + consultations.shown(c.getDueAt()) + " 前答复", actor);
    return c;
  }
}
