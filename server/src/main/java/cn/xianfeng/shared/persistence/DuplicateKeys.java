package cn.xianfeng.shared.persistence;

import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * Inserts that a unique key keeps single. A retry of a lost answer, or two requests at once, can both get past the
 * "is it there already?" read; the unique key lets one insert win, and the loser answers with the winner's row.
 */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    /**
     * {@code insert}'s answer, or, when it fails on a unique key, {@code find}'s. A {@code find} that answers null
     * means the key that failed was not the one it reads by: the original failure is thrown again.
     */
    public static <T> T insertOrFind(Supplier<T> insert, Supplier<T> find) {
        try {
            return insert.get();
        } catch (DuplicateKeyException raced) {
            T winner = find.get();
            if (winner == null) {
                throw raced;
            }
            return winner;
        }
    }
}
