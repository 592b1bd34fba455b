package cn.xianfeng.evaluation;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import com.baomidou.mybatisplus.extension.plugins.pagination.Page;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface RoundMapper extends BaseMapper<EvaluationRound> {

    default EvaluationRound findByYearAndTerm(int year, RoundTerm term) {
        return selectOne(Wrappers.<EvaluationRound>lambdaQuery().eq(EvaluationRound::getYear, year)
                .eq(EvaluationRound::getTerm, term));
    }

    /** For the transitions (criteria edits, open, close): one at a time per round. */
    default EvaluationRound lockById(long id) {
        return selectOne(Wrappers.<EvaluationRound>lambdaQuery().eq(EvaluationRound::getId, id).last("FOR UPDATE"));
    }

    /**
     * For scores and verdicts: many evaluators save at once, but none while the round is being closed (closing locks
     * the row exclusively, so it waits for them and they for it).
     */
    default EvaluationRound lockSharedById(long id) {
        return selectOne(Wrappers.<EvaluationRound>lambdaQuery().eq(EvaluationRound::getId, id)
                .last("LOCK IN SHARE MODE"));
    }

    /** Newest first: by year, then September before March. */
    default Page<EvaluationRound> pageAll(Page<EvaluationRound> page) {
        return selectPage(page, Wrappers.<EvaluationRound>lambdaQuery().orderByDesc(EvaluationRound::getYear)
                .orderByDesc(EvaluationRound::getTerm));
    }

    default void setParticipants(long id, int participants) {
        update(Wrappers.<EvaluationRound>lambdaUpdate().set(EvaluationRound::getParticipants, participants)
                .eq(EvaluationRound::getId, id));
    }

    default void markOpened(long id, long adminId, Instant at) {
        update(Wrappers.<EvaluationRound>lambdaUpdate().set(EvaluationRound::getStatus, RoundStatus.SCORING)
                .set(EvaluationRound::getOpenedBy, adminId).set(EvaluationRound::getOpenedAt, at)
                .eq(EvaluationRound::getId, id).eq(EvaluationRound::getStatus, RoundStatus.DRAFT));
    }

    default void markClosed(long id, long adminId, Instant at) {
        update(Wrappers.<EvaluationRound>lambdaUpdate().set(EvaluationRound::getStatus, RoundStatus.CLOSED)
                .set(EvaluationRound::getClosedBy, adminId).set(EvaluationRound::getClosedAt, at)
                .eq(EvaluationRound::getId, id).eq(EvaluationRound::getStatus, RoundStatus.SCORING));
    }
}
