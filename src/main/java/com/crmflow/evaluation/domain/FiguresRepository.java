package com.crmflow.evaluation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FiguresRepository extends JpaRepository<OwnerFigures, Long> {

  List<OwnerFigures> findByEvaluationIdOrderByOwner(Long evaluationId);
}
