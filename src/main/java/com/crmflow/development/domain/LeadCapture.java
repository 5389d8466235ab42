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
import java.time.Instant;
import java.util.List;
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
