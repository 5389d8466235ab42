package com.crmflow.development.process;

import com.crmflow.development.domain.FollowUps;
import com.crmflow.development.domain.Leads;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * What {@code processes/customer-development.bpmn} asks ({@code ${customerDevelopment.…}}): who works the lead
 * and when a lead without contact is escalated (an engine timer computed from the stored last contact).
 */
@Component("customerDevelopment")
public class CustomerDevelopment {

  private final Leads leads;
  private final FollowUps followUps;

  public CustomerDevelopment(Leads leads, FollowUps followUps) {
    this.leads = leads;
    this.followUps = followUps;
  }

  /** The lead's owner (the development staff member named when it was captured). */
  public String owner(Long leadId) {
    return leads.get(leadId).getOwner();
  }

  /** crm.development.no-contact-escalation after the last contact with the customer. */
  public Date noContactEscalationAt(Long leadId) {
    return followUps.escalationAt(leadId);
  }
}
