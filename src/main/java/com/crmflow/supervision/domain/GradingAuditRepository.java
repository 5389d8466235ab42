package com.crmflow.supervision.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GradingAuditRepository extends JpaRepository<GradingAudit, Long> {}
