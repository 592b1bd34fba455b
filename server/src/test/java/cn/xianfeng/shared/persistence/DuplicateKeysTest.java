package cn.xianfeng.shared.persistence;

import static cn.xianfeng.shared.persistence.DuplicateKeys.insertOrFind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/** The loser of a unique-key race answers with the winner's row, and only a race on the key it reads by is hidden. */
class DuplicateKeysTest {

    @Test
    void anInsertThatWinsIsTheAnswerAndNothingIsRead() {
        AtomicInteger reads = new AtomicInteger();
        assertThat(insertOrFind(() -> "inserted", () -> "read " + reads.incrementAndGet())).isEqualTo("inserted");
        assertThat(reads).hasValue(0);
    }

    @Test
    void anInsertThatLosesTheRaceAnswersWithTheWinner() {
        assertThat(insertOrFind(() -> {
            throw new DuplicateKeyException("uk_client_id");
        }, () -> "winner")).isEqualTo("winner");
    }

    @Test
    void aDuplicateOfAnotherKeyIsThrownAgain() {
        DuplicateKeyException other = new DuplicateKeyException("uk_other");
        assertThatThrownBy(() -> insertOrFind(() -> {
            throw other;
        }, () -> null)).isSameAs(other);
    }

    @Test
    void otherFailuresAreNotCaught() {
        IllegalStateException broken = new IllegalStateException("broken");
        assertThatThrownBy(() -> insertOrFind(() -> {
            throw broken;
        }, () -> "winner")).isSameAs(broken);
    }
}
