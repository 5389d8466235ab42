package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.complaint.domain.ComplaintService;
import com.crmflow.project.domain.ProjectService;
import org.junit.jupiter.api.Test;

class CustomerOpenWorkTest {

  @Test
  void countsAreThoseOfTheComplaintAndProjectFeatures() {
    ComplaintService complaints = mock(ComplaintService.class);
    ProjectService projects = mock(ProjectService.class);
    when(complaints.openComplaintsOf(7L)).thenReturn(2L);
    when(projects.openProjectsOf(7L)).thenReturn(1L);
    CustomerOpenWork work = new CustomerOpenWork(complaints, projects);
    assertThat(work.openComplaints(7L)).isEqualTo(2);
    assertThat(work.openProjects(7L)).isEqualTo(1);
  }
}
