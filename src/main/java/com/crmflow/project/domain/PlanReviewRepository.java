package com.crmflow.project.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {

  List<PlanReview> findByPlanIdOrderById(Long planId);

  Optional<PlanReview> findByPlanIdAndReviewerAndRole(Long planId, String reviewer, String role);
}
