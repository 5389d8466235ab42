package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RequirementMeetingRepository extends JpaRepository<RequirementMeeting, Long> {

  List<RequirementMeeting> findByProjectIdOrderById(Long projectId);
}
