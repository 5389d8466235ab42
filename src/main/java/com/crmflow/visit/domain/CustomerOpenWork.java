package com.crmflow.visit.domain;

import com.crmflow.complaint.domain.Complaints;
import com.crmflow.project.domain.Projects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What else is open for the customer, shown on the visit task (as the complaint and project features count it). */
@Service
@Transactional(readOnly = true)
public class CustomerOpenWork {

  private final Complaints complaints;
  private final Projects projects;

  public CustomerOpenWork(Complaints complaints, Projects projects) {
    this.complaints = complaints;
    this.projects = projects;
  }

  /** Complaints of the customer not yet closed. */
  public long openComplaints(Long customerId) {
    return complaints.openComplaintsOf(customerId);
  }

  /** Projects of the customer not yet completed. */
  public long openProjects(Long customerId) {
    return projects.openProjectsOf(customerId);
  }
}
