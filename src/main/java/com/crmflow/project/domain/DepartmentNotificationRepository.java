package com.crmflow.project.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DepartmentNotificationRepository extends JpaRepository<DepartmentNotification, Long> {

  List<DepartmentNotification> findByProjectIdOrderById(Long projectId);
}
