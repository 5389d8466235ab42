package com.crmflow.visit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.crmflow.complaint.domain.Complaints;
import com.crmflow.project.domain.Projects;
import org.junit.jupiter.api.Test;

class CustomerOpenWorkTest {

  @Test
  void countsAreThoseOfTheComplaintAndProjectFeatures() {
    Complaints complaints = mock(Complaints.class);
    Projects projects = mock(Projects.class);
    when(complaints.openComplaintsOf(7L)).thenReturn(2L);
    when(projects.openProjectsOf(7L)).thenReturn(1L);
    CustomerOpenWork work = new CustomerOpenWork(complaints, projects);
    assertThat(work.openComplaints(7L)).isEqualTo(2);
    assertThat(work.openProjects(7L)).isEqualTo(1);
  }
}
