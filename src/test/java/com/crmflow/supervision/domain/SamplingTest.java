package com.crmflow.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.crmflow.testsupport.Verifies;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The random sample of an inspection, without Spring. */
class SamplingTest {

  @Test
  @Verifies("X.4")
  void aSampleHasTheAskedSizeNoDuplicatesAndOnlyPositionsOfThePopulation() {
    Random random = new Random(42);
    for (int run = 0; run < 500; run++) {
      List<Integer> sample = Sampling.positions(20, 5, random);
      assertThat(sample).hasSize(5).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).isBetween(0, 19))
          .isSorted();
    }
  }

  @Test
  void fewerCasesThanAskedAreAllTakenAndNoneIsNone() {
    assertThat(Sampling.positions(3, 5, new Random(1))).containsExactly(0, 1, 2);
    assertThat(Sampling.positions(5, 5, new Random(1))).containsExactly(0, 1, 2, 3, 4);
    assertThat(Sampling.positions(0, 5, new Random(1))).isEmpty();
    assertThatThrownBy(() -> Sampling.positions(-1, 5, new Random(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyCaseIsEquallyLikely() {
    Random random = new Random(7);
    int[] hits = new int[10];
    int runs = 20000;
    for (int run = 0; run < runs; run++) {
      Sampling.positions(10, 3, random).forEach(p -> hits[p]++);
    }
    // each position is drawn with probability 3/10: 6000 expected per position
    for (int h : hits) {
      assertThat(h).isBetween(5600, 6400);
    }
  }
}
