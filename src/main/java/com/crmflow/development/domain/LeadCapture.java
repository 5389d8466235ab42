package com.crmflow.development.domain;

import com.crmflow.customer.domain.CreditCode;
import com.crmflow.customer.domain.Customer;
import com.crmflow.customer.domain.CustomerArchive;
import com.crmflow.customer.domain.CustomerDirectory;
import com.crmflow.customer.domain.CustomerDuplicates;
import com.crmflow.customer.domain.CustomerFields;
import com.crmflow.customer.domain.CustomerInput;
import com.crmflow.customer.owner.OwnerAssignment;
import com.crmflow.customer.owner.OwnerEligibility;
import com.crmflow.platform.process.ConflictException;
import com.crmflow.platform.process.InvalidFieldException;
import com.crmflow.platform.process.NumberGenerator;
import com.crmflow.platform.validation.Inputs;
import com.crmflow.platform.validation.Label;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 线索登记 (SPEC P5.1; 001 §2(1)): a lead from market research, an online platform, a partner's or an employee's
 * referral. A company already in the customer archive (same canonical name or credit code, the customer feature's
 * {@link CustomerDuplicates}) is refused, naming that customer. A new lead becomes a customer of grade D (潜在客户)
 * through {@link CustomerArchive#create} (audited), owned by the member of the D-grade owner groups (am-development)
 * that the owner rules pick ({@link OwnerAssignment}); the lead row links to it.
 */
@Service
@Transactional
public class LeadCapture {

  static final String POTENTIAL = "D";

  private final Leads leads;
  private final CustomerDuplicates duplicates;
  private final CustomerDirectory customers;
  private final CustomerArchive archive;
  private final OwnerAssignment owners;
  private final OwnerEligibility users;
  private final NumberGenerator numbers;

  public LeadCapture(Leads leads, CustomerDuplicates duplicates, CustomerDirectory customers, CustomerArchive archive,
      OwnerAssignment owners, OwnerEligibility users, NumberGenerator numbers) {
    this.leads = leads;
    this.duplicates = duplicates;
    this.customers = customers;
    this.archive = archive;
    this.owners = owners;
    this.users = users;
    this.numbers = numbers;
  }

  /** The fields' own rules and the referrer (before anything is written); the input with texts trimmed. */
  public LeadInput check(LeadInput in) {
    Inputs.valid(in);
    String referrer = Leads.trim(in.referrer());
    if (LeadCodes.EMPLOYEE_REFERRAL.equals(in.channel())) {
      if (referrer == null) {
        throw new InvalidFieldException("referrer", "员工推荐的线索必须填写推荐员工（用于推荐奖励）");
      }
      if (!users.userExists(referrer)) {
        throw new InvalidFieldException("referrer", "推荐员工不存在：" + referrer);
      }
    } else {
      referrer = null;
    }
    String creditCode = CreditCode.normalize(in.creditCode());
    if (creditCode != null) {
      String problem = CreditCode.problem(creditCode);
      if (problem != null) {
        throw new InvalidFieldException("creditCode", "不是有效的统一社会信用代码：" + problem);
      }
    }
    return new LeadInput(in.channel(), referrer, CustomerFields.canonicalName(in.companyName()), creditCode,
        in.industry().trim(), in.scale(), in.needs().trim(), Leads.trim(in.background()));
  }

  /**
   * A customer's enquiry with cooperation intent (SPEC P5.5, a consultation): the customer of the archive when known,
   * else the enquirer's company; what they asked becomes the lead's needs.
   *
   * @param customerId the customer of the archive, or null for an enquirer not (yet) in it
   * @param companyName the enquirer's company when {@code customerId} is null
   * @param needs what the enquirer asked about
   * @param sourceReference the consultation's number (CSL-…), kept on the lead
   */
  public record Enquiry(
      Long customerId,
      @Label("公司名称") @Size(max = 200) String companyName,
      @Label("需求信息") @NotBlank @Size(max = 4000) String needs,
      @Label("咨询编号") @NotBlank @Size(max = 20) String sourceReference) {}

  /**
   * @param lead the lead that follows the enquiry up
   * @param created true: a new lead (its customer-development instance is to be started); false: the customer's
   *     open lead, to which the enquiry is linked
   */
  public record EnquiryLead(Lead lead, boolean created) {}

  /**
   * 咨询转入 (SPEC P5.5; 001 §4(2).2): an enquiry with cooperation intent becomes a lead of channel
   * {@link LeadCodes#CONSULTATION} that records the consultation's number. Never a duplicate: a known customer (chosen,
   * or the archive's customer of the same name) keeps its record — the lead links to it and is owned by its owner —
   * and a customer that already has an open lead gets no second one (the enquiry is linked to that lead). Only an
   * enquirer unknown to the archive becomes a new customer of grade D, owned by market development staff.
   */
  public EnquiryLead fromEnquiry(Enquiry in, String actor) {
    Inputs.valid(in);
    String companyName = in.customerId() == null ? CustomerFields.canonicalName(in.companyName()) : null;
    if (in.customerId() == null && (companyName == null || companyName.isBlank())) {
      throw new InvalidFieldException("companyName", "咨询人不是档案中的客户时必须填写公司名称");
    }
    Customer customer = in.customerId() != null ? customers.get(in.customerId())
        : duplicates.duplicate(companyName, null, null).flatMap(d -> customers.find(d.existingId())).orElse(null);
    String number;
    String owner;
    if (customer != null) {
      Optional<Lead> open = leads.openLeadOf(customer.getId());
      if (open.isPresent()) {
        return new EnquiryLead(open.get(), false);
      }
      owner = customer.getOwner() != null ? customer.getOwner() : owners.picker().pick(POTENTIAL);
      number = numbers.next(Leads.NUMBER_PREFIX, 6);
    } else {
      owner = owners.picker().pick(POTENTIAL);
      number = numbers.next(Leads.NUMBER_PREFIX, 6);
      customer = archive.create(new CustomerInput(companyName, null, null, null, null, null, owner,
          Customer.STATUS_ACTIVE, POTENTIAL, null, null, null, null, null, null, null, null, List.of()), actor,
          "客户开发线索 " + number + "（咨询转入，咨询 " + in.sourceReference() + "）");
    }
    Instant now = leads.now();
    Lead l = new Lead();
    l.setLeadNumber(number);
    l.setCustomerId(customer.getId());
    l.setChannel(LeadCodes.CONSULTATION);
    l.setSourceReference(in.sourceReference().trim());
    l.setCompanyName(customer.getName());
    l.setNeeds(in.needs().trim());
    l.setOwner(owner);
    l.setStatus(Lead.CAPTURED);
    l.setCapturedBy(actor);
    l.setCapturedAt(now);
    l.setLastContactAt(now);
    return new EnquiryLead(leads.save(l), true);
  }

  /** Records the lead and its D-grade customer; 409 naming the customer when the company is one already. */
  public Lead capture(LeadInput input, String actor) {
    LeadInput in = check(input);
    duplicates.duplicate(in.companyName(), in.creditCode(), null).ifPresent(d -> {
      Customer existing = customers.find(d.existingId()).orElse(null);
      String name = existing == null ? "" : "「" + existing.getName() + "」";
      throw new ConflictException("该公司已是客户档案中的客户" + name + "（客户 " + d.existingId() + "，"
          + ("creditCode".equals(d.field()) ? "统一社会信用代码相同" : "名称相同")
          + "），不能再登记为新线索；如需跟进请联系该客户的负责人或客户关系管理部门");
    });
    String owner = owners.picker().pick(POTENTIAL);
    String number = numbers.next(Leads.NUMBER_PREFIX, 6);
    Customer customer = archive.create(new CustomerInput(in.companyName(), in.creditCode(), null, in.industry(),
        in.scale(), null, owner, Customer.STATUS_ACTIVE, POTENTIAL, null, null, null, null, null, null, null, null,
        List.of()), actor, "客户开发线索 " + number + "（" + LeadCodes.label(LeadCodes.CHANNELS, in.channel()) + "）");
    Instant now = leads.now();
    Lead l = new Lead();
    l.setLeadNumber(number);
    l.setCustomerId(customer.getId());
    l.setChannel(in.channel());
    l.setReferrer(in.referrer());
    l.setCompanyName(customer.getName());
    l.setCreditCode(in.creditCode());
    l.setIndustry(in.industry());
    l.setScale(in.scale());
    l.setNeeds(in.needs());
    l.setBackground(in.background());
    l.setOwner(owner);
    l.setStatus(Lead.CAPTURED);
    l.setCapturedBy(actor);
    l.setCapturedAt(now);
    l.setLastContactAt(now);
    return leads.save(l);
  }
}
