package com.crmflow.supervision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckItemRepository extends JpaRepository<CheckItem, Long> {

  List<CheckItem> findByCaseIdOrderByItemNo(Long caseId);
}
